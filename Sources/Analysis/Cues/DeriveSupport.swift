/// Cheap reads for the detectors' `derive` closures, built only on
/// `Detection`'s and `ParsedText`'s existing API. Derives run once per
/// reply for every detector, so they read the match list once rather than
/// once per cue and sentence, and leave it untouched unless something goes.
extension Detection {
    /// The built-in cues (bit `rank`) found overlapping `tokens`: one pass
    /// over the matches instead of a `has(_:overlapping:)` per cue.
    func cueBits(overlapping tokens: Range<Int>) -> UInt32 {
        if foundBits == 0 { return 0 }
        // Fields read in place: no match (and its two strings) copied.
        return found.withUnsafeBufferPointer { matches in
            var bits: UInt32 = 0
            for index in matches.indices {
                let rank = matches[index].cue.rank
                if rank >= 0, matches[index].tokens.overlaps(tokens) { bits |= 1 << UInt32(rank) }
            }
            return bits
        }
    }

    /// `cueBits(overlapping:)` of sentence `index`.
    func cueBits(inSentence index: Int) -> UInt32 {
        cueBits(overlapping: parsed.sentences[index].tokens)
    }

    /// The built-in cues found anywhere in the reply (`foundBits`).
    var cueBits: UInt32 { foundBits }

    /// Whether any match is of `cue` (`found.contains { $0.cue == cue }`):
    /// one bit for a built-in cue.
    @inline(__always)
    func hasAny(_ cue: CueName) -> Bool {
        let rank = cue.rank
        guard rank >= 0 else { return scanAny(cue) }
        return foundBits & 1 << UInt32(rank) != 0
    }

    private func scanAny(_ cue: CueName) -> Bool {
        found.contains { $0.cue == cue }
    }

    /// Whether any match of `cue` satisfies `predicate` (asked only of
    /// matches of that cue).
    @inline(__always)
    func hasAny(_ cue: CueName, where predicate: (Found) -> Bool) -> Bool {
        let rank = cue.rank
        if rank >= 0, foundBits & 1 << UInt32(rank) == 0 { return false }
        return scanAny(cue, where: predicate)
    }

    private func scanAny(_ cue: CueName, where predicate: (Found) -> Bool) -> Bool {
        let rank = cue.rank
        guard rank >= 0 else { return found.contains { $0.cue == cue && predicate($0) } }
        return found.withUnsafeBufferPointer { matches in
            for index in matches.indices where matches[index].cue.rank == rank && predicate(matches[index]) { return true }
            return false
        }
    }

    /// Whether any match is of `cue` and by rule `rule`: the cue's bit
    /// first, inlined (most replies lack the cue), then the list.
    @inline(__always)
    func hasAny(_ cue: CueName, rule: String) -> Bool {
        let rank = cue.rank
        if rank >= 0, foundBits & 1 << UInt32(rank) == 0 { return false }
        return scanAny(cue, rule: rule)
    }

    private func scanAny(_ cue: CueName, rule: String) -> Bool {
        let rank = cue.rank
        guard rank >= 0 else { return found.contains { $0.cue == cue && $0.rule == rule } }
        return found.withUnsafeBufferPointer { matches in
            for index in matches.indices where matches[index].cue.rank == rank && matches[index].rule == rule { return true }
            return false
        }
    }

    /// `found.removeAll(where:)`, but the list is only written (and so only
    /// copied or checked for uniqueness) when something matches.
    /// `shouldRemove` must not depend on the list changing under it.
    mutating func removeFound(where shouldRemove: (Found) -> Bool) {
        guard found.contains(where: shouldRemove) else { return }
        found.removeAll(where: shouldRemove)
    }
}

extension CueName {
    /// This built-in cue's bit in `Detection.cueBits` (0 for any other name).
    var bit: UInt32 { rank >= 0 ? 1 << UInt32(rank) : 0 }
}

/// Bits of several built-in cues.
func cueBits(_ cues: CueName...) -> UInt32 {
    cues.reduce(0) { $0 | $1.bit }
}

extension ParsedText {
    /// Token `position`'s `norm`, read in place (no `Token` copied).
    @inline(__always)
    func norm(_ position: Int) -> String {
        tokens.withUnsafeBufferPointer { $0.norm(position) }
    }

    /// Whether any token in `range` has a `norm` in `table`.
    func contains(in range: Range<Int>, anyOf table: WordTable) -> Bool {
        tokens.withUnsafeBufferPointer { buffer in
            for position in range where table.contains(buffer.norm(position)) { return true }
            return false
        }
    }

    /// Whether any token in `range` has `norm == word` (by bytes, no String
    /// made: `TokenBuffer.norm(_:is:)`).
    func contains(in range: Range<Int>, word: StaticString) -> Bool {
        tokens.withUnsafeBufferPointer { buffer in
            for position in range where buffer.norm(position, is: word) { return true }
            return false
        }
    }

    /// `norm(position) == word`, by bytes (no String made).
    @inline(__always)
    func norm(_ position: Int, is word: StaticString) -> Bool {
        tokens.withUnsafeBufferPointer { $0.norm(position, is: word) }
    }

    /// Whether a negation reaches any token in `range`.
    func anyNegated(in range: Range<Int>) -> Bool {
        negated.withUnsafeBufferPointer { negated in
            for position in range where negated[position] { return true }
            return false
        }
    }
}

extension Detection {
    /// `!sharedWords(inSentence: index).isEmpty`, without building the list.
    func sharesWords(inSentence index: Int) -> Bool {
        sharesWords(in: parsed.sentences[index].tokens)
    }

    /// `!(previous?.shared(in: parsed, range: range, sharedStems: sharedStems) ?? []).isEmpty`,
    /// without building the list.
    func sharesWords(in range: Range<Int>) -> Bool {
        guard previous != nil, !sharedStems.isEmpty else { return false }
        return sharedStems.withUnsafeBufferPointer { stems in
            for position in range where stems[position] != nil { return true }
            return false
        }
    }

    /// `sharedWords(inSentence: index).count >= 2`, without building the list.
    func sharesTwoWords(inSentence index: Int) -> Bool {
        guard previous != nil, !sharedStems.isEmpty else { return false }
        return sharedStems.withUnsafeBufferPointer { stems in
            var first: String?
            for position in parsed.sentences[index].tokens {
                guard let stem = stems[position] else { continue }
                if let first {
                    if stem != first { return true }
                } else {
                    first = stem
                }
            }
            return false
        }
    }
}

extension ParsedText {
    /// Whether the tokens from `start` (up to `end`) begin with `phrase`'s norms.
    func tokens(from start: Int, to end: Int, startWith phrase: [String]) -> Bool {
        guard end - start >= phrase.count else { return false }
        return tokens.withUnsafeBufferPointer { buffer in
            for (offset, word) in phrase.enumerated() where buffer.norm(start + offset) != word { return false }
            return true
        }
    }
}

extension Detection {
    /// `sentences(with: cue)`, reading the matches in place.
    func sentenceIndices(with cue: CueName) -> [Int] {
        let rank = cue.rank
        guard rank >= 0 else { return sentences(with: cue) }
        guard foundBits & 1 << UInt32(rank) != 0 else { return [] }
        return found.withUnsafeBufferPointer { matches in
            var indices: [Int] = []
            for position in matches.indices where matches[position].cue.rank == rank {
                let index = parsed.sentenceOfToken[matches[position].tokens.lowerBound]
                if indices.last != index, !indices.contains(index) { indices.append(index) }
            }
            return indices.count > 1 ? indices.sorted() : indices
        }
    }
}

extension ParsedText {
    /// The first word token in `from..<to`, or nil.
    func firstWord(from: Int, to: Int) -> Int? {
        tokens.withUnsafeBufferPointer { buffer in
            var position = from
            while position < to {
                if buffer[position].kind == .word { return position }
                position += 1
            }
            return nil
        }
    }
}

/// Word lists a derive tests, as bits per word (one bit or more per list),
/// read without hashing: a vocabulary word's bits are found once per id
/// (`TokenVocabulary.shared`, the rule program's words) and read from an
/// array by the token's id; only a word outside the vocabulary is looked up
/// by its bytes, in a table of just the listed words the vocabulary lacks
/// (a token has id -1 exactly when its bytes are no vocabulary word).
/// Membership is by bytes, as `WordTable.contains`.
struct WordKinds: @unchecked Sendable {
    // @unchecked: the buffers are written once in `init` and only read after.
    /// Per vocabulary id, the word's bits (allocated once, never freed: the
    /// tables are statics that live as long as the program).
    private let bitsOfID: UnsafePointer<UInt32>
    /// The listed words without an id, and their bits by entry.
    private let others: WordTable
    private let otherBits: UnsafePointer<UInt32>
    private let hasOthers: Bool

    init(_ groups: [(words: [String], bits: UInt32)]) {
        let vocabulary = TokenVocabulary.shared
        let count = vocabulary.words.count
        let bitsOfID = UnsafeMutablePointer<UInt32>.allocate(capacity: max(count, 1))
        bitsOfID.initialize(repeating: 0, count: max(count, 1))
        var otherBitsOf: [String: UInt32] = [:]
        for (words, bits) in groups {
            for word in words {
                let id = vocabulary.id(word)
                if id >= 0 { bitsOfID[Int(id)] |= bits } else { otherBitsOf[word, default: 0] |= bits }
            }
        }
        let otherWords = otherBitsOf.keys.sorted()
        let otherBits = UnsafeMutablePointer<UInt32>.allocate(capacity: max(otherWords.count, 1))
        otherBits.initialize(repeating: 0, count: max(otherWords.count, 1))
        for (entry, word) in otherWords.enumerated() { otherBits[entry] = otherBitsOf[word]! }
        self.bitsOfID = UnsafePointer(bitsOfID)
        others = WordTable(distinct: otherWords)
        self.otherBits = UnsafePointer(otherBits)
        hasOthers = !otherWords.isEmpty
    }

    /// The bits of token `position`'s norm (0 for a word in no list).
    @inline(__always)
    func bits(_ buffer: TokenBuffer, _ position: Int) -> UInt32 {
        let id = buffer.tokens[position].id
        if id >= 0 { return bitsOfID[Int(id)] }
        guard hasOthers, let entry = others.entry(buffer.normBytes(position)) else { return 0 }
        return otherBits[entry]
    }
}
