/// Turns a reply (and the other person's previous line) into cues with
/// evidence. Pure and fast: no I/O, no shared mutable state.
public struct Analyzer: Sendable {
    public let phraseCues: [PhraseCue]

    /// - Parameter phraseCues: a scenario's own cues, matched like built-in ones.
    public init(phraseCues: [PhraseCue] = []) {
        self.phraseCues = phraseCues
    }

    /// Analyses one reply.
    /// - Parameters:
    ///   - reply: what the user wrote.
    ///   - previous: the other person's line just before, if any (reflections need it).
    public func analyze(_ reply: String, previous: String? = nil) -> ReplyAnalysis {
        // PLACEHOLDER until the analyzer lands.
        ReplyAnalysis(text: reply, matches: [])
    }
}
