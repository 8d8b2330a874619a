/// A scenario author's word pattern, such as `"alternate * days"`.
///
/// Words match case-insensitively on word boundaries; `*` stands for any
/// run of words (one or more). Punctuation in the reply is ignored. No
/// regular expressions: each run of words between `*`s is found with a
/// Knuth–Morris–Pratt scan, so matching is linear in the reply's length.
public struct PhrasePattern: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as the author wrote it.
    public let source: String
    /// The runs of words between `*`s, normalised like reply words
    /// (lowercased, contractions expanded).
    let segments: [[String]]
    /// The least number of words before each segment: for the first, what
    /// leading `*`s demand; for the rest, the `*`s between it and the previous one.
    let gapsBefore: [Int]
    /// Words a trailing `*` demands after the last segment.
    let trailingGap: Int
    private let failureTables: [[Int]]

    /// Parses a pattern; throws when it has no words or is malformed.
    public init(_ source: String) throws(PhrasePatternError) {
        self.source = source
        var segments: [[String]] = []
        var gapsBefore: [Int] = []
        var pendingGap = 0
        var current: [String] = []
        var firstStarOffset: Int?

        var offset = 0
        var word = ""
        var wordStart = 0
        func flushWord() throws(PhrasePatternError) {
            defer { word = "" }
            guard !word.isEmpty else { return }
            if word == "*" {
                if !current.isEmpty {
                    segments.append(current)
                    current = []
                }
                pendingGap += 1
                return
            }
            if let star = word.unicodeScalars.firstIndex(of: "*") {
                let position = wordStart + word.unicodeScalars.distance(from: word.unicodeScalars.startIndex, to: star)
                throw PhrasePatternError(message: "'*' must stand alone as a word, with spaces around it", offset: position)
            }
            let norms = Tokenizer.tokenize(word).filter(\.isWord).map(\.norm)
            guard !norms.isEmpty else {
                throw PhrasePatternError(message: "a word needs at least one letter or digit", offset: wordStart)
            }
            if current.isEmpty {
                gapsBefore.append(pendingGap)
                pendingGap = 0
            }
            current.append(contentsOf: norms)
        }

        for scalar in source.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                try flushWord()
            } else if Self.isAllowed(scalar) {
                if word.isEmpty { wordStart = offset }
                if scalar == "*", firstStarOffset == nil { firstStarOffset = offset }
                word.unicodeScalars.append(scalar)
            } else {
                throw PhrasePatternError(
                    message: "'\(scalar.escaped(asASCII: false))' cannot be used in a phrase pattern: use letters, digits, apostrophes, hyphens, spaces and '*'",
                    offset: offset)
            }
            offset += 1
        }
        try flushWord()
        if !current.isEmpty { segments.append(current) }

        guard !segments.isEmpty else {
            throw PhrasePatternError(
                message: firstStarOffset == nil
                    ? "a phrase pattern needs at least one word"
                    : "a phrase pattern needs at least one word besides '*'",
                offset: firstStarOffset ?? 0)
        }
        self.segments = segments
        self.gapsBefore = gapsBefore
        self.trailingGap = pendingGap
        failureTables = segments.map(Self.failureTable)
    }

    public var description: String { source }

    /// Where the pattern matches in `text`, leftmost first, without overlaps.
    public func matches(in text: String) -> [Span] {
        let parsed = ParsedText(text)
        let words = parsed.tokens.indices.filter { parsed.tokens[$0].isWord }
        return wordRanges(in: parsed, words: words).map {
            Span(start: parsed.tokens[words[$0.lowerBound]].start, end: parsed.tokens[words[$0.upperBound - 1]].end)
        }
    }

    /// Matches as ranges into `words` (the positions of the reply's word tokens).
    func wordRanges(in parsed: ParsedText, words: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var from = 0
        while let range = firstMatch(in: parsed, words: words, from: from) {
            ranges.append(range)
            from = range.upperBound
        }
        return ranges
    }

    /// Greedy leftmost matching: taking each segment at its earliest place
    /// leaves the most room for the rest, so it finds a match whenever one exists.
    private func firstMatch(in parsed: ParsedText, words: [Int], from: Int) -> Range<Int>? {
        var position = from
        var start: Int?
        for (index, segment) in segments.enumerated() {
            position += gapsBefore[index]
            guard let found = find(segment: index, in: parsed, words: words, from: position) else { return nil }
            if start == nil { start = found - gapsBefore[0] }
            position = found + segment.count
        }
        guard position + trailingGap <= words.count, let start else { return nil }
        return start..<(position + trailingGap)
    }

    /// Knuth–Morris–Pratt search for one segment among the reply's words.
    private func find(segment index: Int, in parsed: ParsedText, words: [Int], from: Int) -> Int? {
        let segment = segments[index]
        let failure = failureTables[index]
        var matched = 0
        var position = from
        while position < words.count {
            let word = parsed.tokens[words[position]].norm
            while matched > 0, segment[matched] != word { matched = failure[matched - 1] }
            if segment[matched] == word { matched += 1 }
            if matched == segment.count { return position - segment.count + 1 }
            position += 1
        }
        return nil
    }

    private static func failureTable(_ segment: [String]) -> [Int] {
        var table = [Int](repeating: 0, count: segment.count)
        var length = 0
        var position = 1
        while position < segment.count {
            if segment[position] == segment[length] {
                length += 1
                table[position] = length
                position += 1
            } else if length > 0 {
                length = table[length - 1]
            } else {
                position += 1
            }
        }
        return table
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "*" || Tokenizer.isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
            return true
        }
        return Tokenizer.isWordPart(scalar)
    }
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
