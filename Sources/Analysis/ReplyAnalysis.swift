/// A half-open range of a reply, counted in Unicode scalars (code points),
/// so that programs reading the JSON output (Python's `str`, for one) can
/// slice the original text with the same numbers.
public struct Span: Hashable, Codable, Sendable {
    public let start: Int
    public let end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// Why a cue was recognised: where in the reply, and which rule fired.
public struct Evidence: Hashable, Codable, Sendable {
    /// Where in the reply the cue was found.
    public let span: Span
    /// The reply's own words inside `span`, quoted in reports.
    public let excerpt: String
    /// The rule or lexicon entry that fired, readable by a trainee
    /// (e.g. `"i-statement: I feel + emotion word"`).
    public let rule: String
    /// For reflections: content words the reply shares with the other
    /// person's previous line. Empty for other cues.
    public let sharedWords: [String]

    public init(span: Span, excerpt: String, rule: String, sharedWords: [String] = []) {
        self.span = span
        self.excerpt = excerpt
        self.rule = rule
        self.sharedWords = sharedWords
    }
}

/// One cue found in a reply, with its evidence.
public struct CueMatch: Hashable, Codable, Sendable {
    public let cue: CueName
    public let evidence: Evidence
    public init(cue: CueName, evidence: Evidence) {
        self.cue = cue
        self.evidence = evidence
    }
}

/// Everything the analyzer found in one reply.
public struct ReplyAnalysis: Hashable, Codable, Sendable {
    /// The reply as analysed.
    public let text: String
    /// Every match, ordered by span start (then by cue name).
    public let matches: [CueMatch]

    public init(text: String, matches: [CueMatch]) {
        self.text = text
        self.matches = matches.sorted {
            ($0.evidence.span.start, $0.cue) < ($1.evidence.span.start, $1.cue)
        }
    }

    /// Distinct cue names, in order of first appearance.
    public var cues: [CueName] {
        // A reply has a handful of matches: a linear scan beats hashing names.
        var names: [CueName] = []
        names.reserveCapacity(matches.count)
        for match in matches where !names.contains(match.cue) { names.append(match.cue) }
        return names
    }

    public func contains(_ cue: CueName) -> Bool { matches.contains { $0.cue == cue } }

    public func matches(for cue: CueName) -> [CueMatch] { matches.filter { $0.cue == cue } }
}
