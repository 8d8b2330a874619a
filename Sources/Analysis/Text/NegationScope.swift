/// Marks the tokens a negation reaches, so "I don't blame you" or "I'm not
/// saying you're lazy" are not read as blame or insult.
///
/// A scope opens after a negator ("not", "n't", "never", "no" before a word,
/// "nobody", "nothing") and closes at punctuation, at a conjunction that
/// starts a new clause ("but", "and", "because"…), or after a few words.
enum NegationScope {
    /// How far a negation reaches at most; beyond that a new clause has
    /// almost always begun even without a comma.
    static let maximumReach = 8

    static func negatedTokens(_ tokens: TokenList, sentences: [Sentence]) -> [Bool] {
        var negated: [Bool] = []
        negatedTokens(tokens, sentences: sentences, into: &negated)
        return negated
    }

    /// Fills `negated` (an emptied array whose capacity is reused), one flag per token.
    static func negatedTokens(_ tokens: TokenList, sentences: [Sentence], into negated: inout [Bool]) {
        ParsedText.appendZeros(tokens.count, to: &negated)
        // Tokens read in place through the buffer: no Token copied per read.
        tokens.withUnsafeBufferPointer { negatedTokens($0, sentences: sentences, into: &negated) }
    }

    /// Sets `negated`'s flags (one per token, all false on entry).
    static func negatedTokens(_ tokens: TokenBuffer, sentences: [Sentence], into negated: inout [Bool]) {
        negated.withUnsafeMutableBufferPointer { negatedTokens(tokens, sentences: sentences, into: $0) }
    }

    /// Sets `negated`'s flags (one per token, all false on entry), written in
    /// place: no array uniqueness or bounds check per flag.
    static func negatedTokens(
        _ tokens: TokenBuffer, sentences: [Sentence], into negated: UnsafeMutableBufferPointer<Bool>
    ) {
        // The tables once, not through a lazy-global check per token.
        let listedShapes = self.listedShapes
        let negationFlags = TokenVocabulary.shared.negationFlags
        for sentence in sentences {
            var remaining = 0
            for position in sentence.tokens {
                // Fields read in place: binding the token would copy it.
                if !tokens[position].isWord {
                    remaining = 0
                    continue
                }
                // Most words are neither closers nor negators: a vocabulary
                // word's flags were computed once (`flags(of:)`); for any
                // other word a table by first byte and length rules most out
                // without hashing.
                let id = Int(tokens[position].id)
                let flags: UInt8
                if id >= 0 {
                    flags = negationFlags[id]
                } else {
                    // By the norm's bytes; a String only for a word that may be listed.
                    let bytes = tokens.normBytes(position)
                    if let first = bytes.first, !listedShapes[Int(first) &* 32 &+ min(bytes.count, 31)] {
                        flags = 0
                    } else {
                        flags = Self.flags(of: tokens.norm(position))
                    }
                }
                if flags & closerFlag != 0 {
                    remaining = 0
                    continue
                }
                // All false on entry: only a reached token is written.
                if remaining > 0 { negated[position] = true }
                if flags & mayNegateFlag != 0, isNegator(at: position, tokens, sentence: sentence) {
                    remaining = maximumReach
                } else if remaining > 0 {
                    remaining -= 1
                }
            }
        }
    }

    static func isNegator(at position: Int, _ tokens: TokenList, sentence: Sentence) -> Bool {
        tokens.withUnsafeBufferPointer { isNegator(at: position, $0, sentence: sentence) }
    }

    @inline(__always)
    private static func isNegator(at position: Int, _ tokens: TokenBuffer, sentence: Sentence) -> Bool {
        // Norms compared by their bytes (`TokenBuffer.norm(_:is:)`).
        if tokens.norm(position, isIn: negatorTable) {
            // "not only" adds rather than denies.
            if tokens.norm(position, is: "not"), position + 1 < sentence.tokens.upperBound,
                tokens.norm(position + 1, is: "only")
            {
                return false
            }
            return true
        }
        if tokens.norm(position, is: "no") {
            // "No, …" is an answer, not a negation of what follows.
            // "No wonder you're tired" and "no doubt" do not deny anything.
            let next = position + 1
            return next < sentence.tokens.upperBound && tokens[next].isWord
                && !notDenying.contains(tokens.norm(next))
        }
        return false
    }

    private static let closerFlag: UInt8 = 1
    /// A negator or "no" (`isNegator` decides, from the words around it).
    private static let mayNegateFlag: UInt8 = 2

    /// Whether `word` closes a scope, and whether it may negate.
    static func flags(of word: String) -> UInt8 {
        if closerTable.contains(word) { return closerFlag }
        return negatorTable.contains(word) || word == "no" ? mayNegateFlag : 0
    }

    /// Indexed by first byte * 32 + min(length in bytes, 31).
    private static let listedShapes: [Bool] = {
        var table = [Bool](repeating: false, count: 256 * 32)
        for word in scopeClosers.union(negators).union(["no"]) {
            table[Int(word.utf8.first!) * 32 + min(word.utf8.count, 31)] = true
        }
        return table
    }()

    private static let closerTable = WordTable(scopeClosers)

    private static let notDenying: Set<String> = ["wonder", "doubt", "matter", "problem", "worries"]

    static let negatorTable = WordTable(negators)

    static let negators: Set<String> = [
        "not", "never", "nobody", "nothing", "neither", "nor", "none", "noone", "no-one",
        "hardly", "barely", "nowhere",
    ]

    /// Words that start a new clause and so end a negation's reach.
    static let scopeClosers: Set<String> = [
        "but", "and", "because", "though", "although", "however", "yet", "whereas",
        "while", "unless", "since", "then", "instead",
    ]
}
