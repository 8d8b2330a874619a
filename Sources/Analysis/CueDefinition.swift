/// What a built-in cue means, with replies that show it and near-misses
/// that do not: for help screens, `/why`, and documentation.
public struct CueDefinition: Hashable, Sendable {
    public let name: CueName
    /// One or two sentences: what counts.
    public let summary: String
    /// Replies that fire the cue.
    public let examples: [String]
    /// Replies that look alike but do not fire it.
    public let nearMisses: [String]

    public init(name: CueName, summary: String, examples: [String], nearMisses: [String]) {
        self.name = name
        self.summary = summary
        self.examples = examples
        self.nearMisses = nearMisses
    }
}
