/// One unit of a reply: a word (a contraction becomes its parts), a
/// punctuation mark, or an emoji.
///
/// Offsets count Unicode scalars so they can be handed out as `Span`s; the
/// UTF-8 offsets are kept beside them so excerpts need no second walk.
struct Token: Sendable {
    enum Kind: Sendable { case word, punctuation, symbol }

    /// Lowercased, apostrophes straightened and contractions expanded
    /// ("don’t" gives "do" and "not"), so rules compare plain words.
    let norm: String
    /// `norm`'s id in the rule vocabulary (`TokenVocabulary`), or -1 for a
    /// word no rule names: set by the tokenizer, so the rule pass looks
    /// nothing up.
    let id: Int32
    let kind: Kind
    /// Half-open scalar offsets into the text.
    let start: Int
    let end: Int
    /// Half-open UTF-8 byte offsets into the text.
    let utf8Start: Int
    let utf8End: Int
    /// A line break comes before this token: in chat-style text that ends a sentence.
    let afterLineBreak: Bool
    /// The original word began with a capital letter (names, new sentences).
    let capitalised: Bool

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
}

extension Token {
    /// Where `norm` sits inside a token, for `UnsafeBufferPointer<Token>.norm(_:)`.
    fileprivate static let normOffset = MemoryLayout<Token>.offset(of: \Token.norm)!
}

extension UnsafeBufferPointer where Element == Token {
    /// Token `position`'s `norm`, loaded straight from its field: the hot
    /// loops read norms through a buffer, and `buffer[position].norm` passed
    /// on to a function made the compiler copy (and then destroy) the whole
    /// token, a String retain and release plus the token's other fields.
    @inline(__always)
    func norm(_ position: Int) -> String {
        UnsafeRawPointer(baseAddress! + position).load(fromByteOffset: Token.normOffset, as: String.self)
    }
}

/// The rule program's vocabulary as the tokenizer uses it: a token whose
/// bytes are a vocabulary word gets that word's id and shares its String
/// (no String made and validated per token); any other token gets id -1 and
/// a String of its own. Same bytes, same String, so `norm` is unchanged.
struct TokenVocabulary: Sendable {
    let table: WordTable
    let words: [String]
    /// Per id, computed once: whether the word is a content word
    /// (`ContentWords.isContent(word:isWord: true)`), and its stem
    /// (`Stemmer.stem`), so a known word is neither looked up nor stemmed per reply.
    let isContent: [Bool]
    let stems: [String]
    /// Per id: `ContentWords.lineFlags(of:)` and `NegationScope.flags(of:)`.
    let lineFlags: [UInt8]
    let negationFlags: [UInt8]
    /// Per id: `QuestionForm.opensQuestion`.
    let opensQuestion: [Bool]
    /// Per id: the word's `Contractions.expand` parts ("dont": "do", "not")
    /// with their ids, as an index into `expansions`, or -1 for none.
    let expansionOf: [Int32]
    let expansions: [[(norm: String, id: Int32)]]

    static let shared: TokenVocabulary = {
        let program = BuiltInCues.ruleProgram
        let words = program.vocabularyWords
        let table = program.vocabularyTable
        var expansionOf = [Int32](repeating: -1, count: words.count)
        var expansions: [[(norm: String, id: Int32)]] = []
        for (id, word) in words.enumerated() {
            guard let parts = Contractions.expand(word) else { continue }
            expansionOf[id] = Int32(expansions.count)
            expansions.append(parts.map { ($0, table.entry($0).map { Int32($0) } ?? -1) })
        }
        return TokenVocabulary(
            table: table, words: words,
            isContent: words.map { ContentWords.isContent(word: $0, isWord: true) },
            stems: words.map { Stemmer.stem($0) },
            lineFlags: words.map { ContentWords.lineFlags(of: $0) },
            negationFlags: words.map { NegationScope.flags(of: $0) },
            opensQuestion: words.map { QuestionForm.opensQuestion($0) },
            expansionOf: expansionOf, expansions: expansions)
    }()

    /// The word with these bytes and its id (-1: not in the vocabulary).
    @inline(__always)
    func word(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Int32) {
        if let entry = table.entry(bytes) { return (words[entry], Int32(entry)) }
        return (String(decoding: bytes, as: UTF8.self), -1)
    }

    /// `word`'s id, or -1.
    @inline(__always)
    func id(_ word: String) -> Int32 {
        table.entry(word).map { Int32($0) } ?? -1
    }
}
