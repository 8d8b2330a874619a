/// A scenario author's word pattern, such as `"alternate * days"`.
///
/// Words match case-insensitively on word boundaries; `*` stands for any
/// run of words (one or more). No regular expressions, so matching is
/// linear in the reply's length.
public struct PhrasePattern: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as the author wrote it.
    public let source: String

    /// Parses a pattern; throws when it has no words or is malformed.
    public init(_ source: String) throws(PhrasePatternError) {
        // PLACEHOLDER until the analyzer lands: accepts any non-empty pattern.
        guard !source.trimmingCharactersInWhitespace().isEmpty else {
            throw PhrasePatternError(message: "a phrase pattern needs at least one word", offset: 0)
        }
        self.source = source
    }

    public var description: String { source }
}

/// Why a phrase pattern was rejected; `offset` counts Unicode scalars into
/// the pattern, so a diagnostic can point at the column.
public struct PhrasePatternError: Error, Hashable, Sendable {
    public let message: String
    public let offset: Int
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}

/// A scenario's own cue: a name and the patterns that fire it.
public struct PhraseCue: Hashable, Sendable {
    public let name: CueName
    public let patterns: [PhrasePattern]
    public init(name: CueName, patterns: [PhrasePattern]) {
        self.name = name
        self.patterns = patterns
    }
}

extension String {
    fileprivate func trimmingCharactersInWhitespace() -> Substring {
        drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed().map { $0 }.reduce(into: Substring()) { $0.append($1) }
    }
}
