/// One unit of a reply: a word (a contraction becomes its parts), a
/// punctuation mark, or an emoji.
///
/// Plain data (no `String`, no reference): an array of tokens is copied and
/// freed without retains or releases. The token's `norm` — lowercased,
/// apostrophes straightened, contractions expanded ("don’t" gives "do" and
/// "not") — is the vocabulary word `id` when it has one, else bytes in its
/// list's byte store (`TokenList`, `TokenBuffer.norm(_:)`).
///
/// Offsets count Unicode scalars so they can be handed out as `Span`s; the
/// UTF-8 offsets are kept beside them so excerpts need no second walk.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, punctuation, symbol }

    /// `norm`'s id in the rule vocabulary (`TokenVocabulary`), or -1 for a
    /// word no rule names: set by the tokenizer, so the rule pass looks
    /// nothing up.
    let id: Int32
    /// For a token without an id: its norm is `normCount` bytes from
    /// `normStart` in the list's byte store.
    let normStart: Int32
    let normCount: Int32
    private let scalarStart: Int32
    private let scalarEnd: Int32
    private let byteStart: Int32
    private let byteEnd: Int32
    let kind: Kind
    /// A line break comes before this token: in chat-style text that ends a sentence.
    let afterLineBreak: Bool
    /// The original word began with a capital letter (names, new sentences).
    let capitalised: Bool

    init(
        id: Int32, normStart: Int32 = 0, normCount: Int32 = 0, kind: Kind, start: Int, end: Int,
        utf8Start: Int, utf8End: Int, afterLineBreak: Bool, capitalised: Bool
    ) {
        self.id = id
        self.normStart = normStart
        self.normCount = normCount
        self.kind = kind
        scalarStart = Int32(truncatingIfNeeded: start)
        scalarEnd = Int32(truncatingIfNeeded: end)
        byteStart = Int32(truncatingIfNeeded: utf8Start)
        byteEnd = Int32(truncatingIfNeeded: utf8End)
        self.afterLineBreak = afterLineBreak
        self.capitalised = capitalised
    }

    /// The same token with another norm (`fixAmbiguousClitics`).
    func with(id: Int32, normStart: Int32, normCount: Int32) -> Token {
        Token(
            id: id, normStart: normStart, normCount: normCount, kind: kind, start: start, end: end,
            utf8Start: utf8Start, utf8End: utf8End, afterLineBreak: afterLineBreak, capitalised: capitalised)
    }

    /// The same token opening a line or not (`TranscriptMarks`: what follows
    /// a dropped speaker label opens its line).
    func with(afterLineBreak: Bool) -> Token {
        Token(
            id: id, normStart: normStart, normCount: normCount, kind: kind, start: start, end: end,
            utf8Start: utf8Start, utf8End: utf8End, afterLineBreak: afterLineBreak, capitalised: capitalised)
    }

    /// Half-open scalar offsets into the text.
    var start: Int { Int(scalarStart) }
    var end: Int { Int(scalarEnd) }
    /// Half-open UTF-8 byte offsets into the text.
    var utf8Start: Int { Int(byteStart) }
    var utf8End: Int { Int(byteEnd) }

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
}

/// A list's tokens and their byte store read in place: what the hot loops
/// use (no array retains, no bounds-checked copies). Valid inside
/// `TokenList.withUnsafeBufferPointer` only.
struct TokenBuffer {
    let tokens: UnsafeBufferPointer<Token>
    let bytes: UnsafeBufferPointer<UInt8>
    /// The vocabulary's words and their bytes (`TokenVocabulary.store`),
    /// at hand: a norm read needs no lazy-global check.
    private let vocabulary: TokenVocabulary.Store

    init(tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.bytes = bytes
        vocabulary = TokenVocabulary.store
    }

    var count: Int { tokens.count }
    var indices: Range<Int> { 0..<tokens.count }

    @inline(__always)
    subscript(position: Int) -> Token { tokens[position] }

    /// Token `position`'s norm: the vocabulary's String for a vocabulary
    /// word, else a String made from its bytes.
    @inline(__always)
    func norm(_ position: Int) -> String {
        let id = tokens[position].id
        if id >= 0 { return vocabulary.words[Int(id)] }
        return makeNorm(position)
    }

    @inline(never)
    private func makeNorm(_ position: Int) -> String {
        let start = Int(tokens[position].normStart)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + Int(tokens[position].normCount)]), as: UTF8.self)
    }

    /// The norm of `token`, one of this list's tokens (or a copy of one).
    func norm(of token: Token) -> String {
        if token.id >= 0 { return vocabulary.words[Int(token.id)] }
        let start = Int(token.normStart)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + Int(token.normCount)]), as: UTF8.self)
    }

    /// Token `position`'s norm as UTF-8 bytes (the vocabulary's for a
    /// vocabulary word): for byte look-ups with no String made.
    @inline(__always)
    func normBytes(_ position: Int) -> UnsafeBufferPointer<UInt8> {
        let id = tokens[position].id
        if id >= 0 { return vocabulary.bytes(of: Int(id)) }
        let start = Int(tokens[position].normStart)
        return UnsafeBufferPointer(rebasing: bytes[start..<start + Int(tokens[position].normCount)])
    }

    /// Whether token `position`'s norm equals `word` (ASCII), as String
    /// equality: by bytes, and as Strings only when the norm has non-ASCII
    /// bytes (which may be canonically equal to ASCII ones).
    @inline(__always)
    func norm(_ position: Int, is word: StaticString) -> Bool {
        let bytes = normBytes(position)
        let count = word.utf8CodeUnitCount
        if bytes.count == count {
            let literal = word.utf8Start
            var index = 0
            while index < count, bytes[index] == literal[index] { index += 1 }
            if index == count { return true }
        }
        // Different bytes: equal Strings only for a non-ASCII norm (an ASCII
        // vocabulary word is known to be one without a scan).
        let id = tokens[position].id
        if id >= 0, vocabulary.textFlags[Int(id)] & TextFlags.nonASCII == 0 { return false }
        return Self.hasNonASCII(bytes) && norm(position) == word.description
    }

    /// Whether tokens `first` and `second` have equal norms (String equality).
    @inline(__always)
    func sameNorm(_ first: Int, _ second: Int) -> Bool {
        let firstID = tokens[first].id
        let secondID = tokens[second].id
        if firstID >= 0, secondID >= 0 {
            // Two vocabulary words: the same id, or different ASCII bytes.
            if firstID == secondID { return true }
            if (vocabulary.textFlags[Int(firstID)] | vocabulary.textFlags[Int(secondID)]) & TextFlags.nonASCII == 0 {
                return false
            }
        }
        let a = normBytes(first)
        let b = normBytes(second)
        if a.count == b.count {
            var index = 0
            while index < a.count, a[index] == b[index] { index += 1 }
            if index == a.count { return true }
        }
        return (Self.hasNonASCII(a) || Self.hasNonASCII(b)) && norm(first) == norm(second)
    }

    @inline(__always)
    static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return true }
        return false
    }

    /// Whether token `position`'s norm is in `table`, where `table` is the
    /// one `flag` of `TextFlags` stands for: a vocabulary word's answer was
    /// found once, any other word is looked up by its bytes.
    @inline(__always)
    func norm(_ position: Int, has flag: UInt8, orIsIn table: WordTable) -> Bool {
        let id = tokens[position].id
        if id >= 0 { return vocabulary.textFlags[Int(id)] & flag != 0 }
        return table.contains(normBytes(position))
    }

    /// `set.contains(norm(position))`, where `table` holds `set`'s words: by
    /// the bytes, and as a String only for a non-ASCII norm the table lacks
    /// (which may be canonically equal to one of the set's words).
    @inline(__always)
    func norm(_ position: Int, isIn table: WordTable, orCanonicallyIn set: Set<String>) -> Bool {
        let bytes = normBytes(position)
        return table.contains(bytes) || (Self.hasNonASCII(bytes) && set.contains(norm(position)))
    }

    /// Token `position`'s `TextFlags`, for a vocabulary word (id >= 0).
    @inline(__always)
    func vocabularyFlags(_ position: Int) -> UInt8 {
        vocabulary.textFlags[Int(tokens[position].id)]
    }

    /// Whether token `position`'s norm is in `table`, by its bytes.
    @inline(__always)
    func norm(_ position: Int, isIn table: WordTable) -> Bool {
        table.entry(normBytes(position)) != nil
    }
}

/// One token of a `TokenList` with its norm at hand: what
/// `parsed.tokens[i]` gives, so `parsed.tokens[i].norm` reads as before.
struct TokenView {
    let token: Token
    let bytes: [UInt8]

    var norm: String {
        let id = token.id
        if id >= 0 { return TokenVocabulary.words[Int(id)] }
        let start = Int(token.normStart)
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + Int(token.normCount)]), as: UTF8.self)
        }
    }
    var id: Int32 { token.id }
    var kind: Token.Kind { token.kind }
    var start: Int { token.start }
    var end: Int { token.end }
    var utf8Start: Int { token.utf8Start }
    var utf8End: Int { token.utf8End }
    var afterLineBreak: Bool { token.afterLineBreak }
    var capitalised: Bool { token.capitalised }
    var isWord: Bool { token.isWord }
    var isPunctuation: Bool { token.isPunctuation }
}

/// A reply's tokens: plain `Token`s, plus the bytes of the norms of the
/// tokens outside the vocabulary (two arrays, no String per token).
struct TokenList: RandomAccessCollection, Sendable {
    let tokens: [Token]
    let bytes: [UInt8]
    /// False only when the tokenizer saw no word that may start noise and
    /// no restart mark (`Tokenizer.Output.mayHaveDisfluency`): then
    /// `Disfluency.removed` has nothing to drop and skips its pass.
    let mayHaveDisfluency: Bool
    /// False only when the tokenizer saw no '[', '(', ':' or '*': then
    /// `TranscriptMarks.removed` has nothing to drop and is not called.
    let mayHaveTranscriptMarks: Bool

    init(tokens: [Token], bytes: [UInt8], mayHaveDisfluency: Bool = true, mayHaveTranscriptMarks: Bool = true) {
        self.tokens = tokens
        self.bytes = bytes
        self.mayHaveDisfluency = mayHaveDisfluency
        self.mayHaveTranscriptMarks = mayHaveTranscriptMarks
    }

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    var count: Int { tokens.count }

    subscript(position: Int) -> TokenView { TokenView(token: tokens[position], bytes: bytes) }

    /// The same tokens, kept ones only (the byte store is shared).
    func replacing(tokens: [Token]) -> TokenList { TokenList(tokens: tokens, bytes: bytes) }

    func withUnsafeBufferPointer<Result>(_ body: (TokenBuffer) throws -> Result) rethrows -> Result {
        try tokens.withUnsafeBufferPointer { tokens in
            try bytes.withUnsafeBufferPointer { bytes in try body(TokenBuffer(tokens: tokens, bytes: bytes)) }
        }
    }

    /// Token `position`'s norm.
    func norm(_ position: Int) -> String {
        withUnsafeBufferPointer { $0.norm(position) }
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
    /// Per id: `StemSet.hash` of its stem, for a content word (0 for others).
    let stemHashes: [UInt32]
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
        let stems = words.map { Stemmer.stem($0) }
        let isContent = words.map { ContentWords.isContent(word: $0, isWord: true) }
        return TokenVocabulary(
            table: table, words: words, isContent: isContent,
            // Only content words' stems are looked for.
            stems: stems, stemHashes: stems.indices.map { isContent[$0] ? StemSet.hash(stems[$0]) : 0 },
            lineFlags: ContentWords.lineFlags(ofEntriesOf: table),
            negationFlags: words.map { NegationScope.flags(of: $0) },
            opensQuestion: words.map { QuestionForm.opensQuestion($0) },
            expansionOf: expansionOf, expansions: expansions)
    }()

    /// `shared.words`: the norm of a token with an id.
    static let words: [String] = shared.words

    /// The vocabulary's words and their bytes as raw pointers, allocated
    /// once and never freed (the vocabulary lives as long as the program):
    /// what `TokenBuffer` reads norms from.
    struct Store: @unchecked Sendable {
        // @unchecked: written once when made, only read after.
        let words: UnsafePointer<String>
        let offsets: UnsafePointer<Int32>
        let bytes: UnsafePointer<UInt8>
        /// Per id: `TextFlags.of(_:)`.
        let textFlags: UnsafePointer<UInt8>

        @inline(__always)
        func bytes(of id: Int) -> UnsafeBufferPointer<UInt8> {
            let start = Int(offsets[id])
            return UnsafeBufferPointer(start: bytes + start, count: Int(offsets[id + 1]) - start)
        }
    }

    static let store: Store = {
        let words = shared.words
        let strings = UnsafeMutablePointer<String>.allocate(capacity: max(words.count, 1))
        strings.initialize(from: words, count: words.count)
        // The vocabulary table's own bytes: its entry numbers are the ids
        // (`TokenVocabulary.shared` keeps the table, so they live as long).
        let (offsets, bytes) = table.rawEntries
        // An ASCII word has flags only when it is one of the few words of the
        // flags' tables (equal Strings are equal bytes there): those are
        // looked up, and only non-ASCII words are tested one by one.
        let textFlags = UnsafeMutablePointer<UInt8>.allocate(capacity: max(words.count, 1))
        textFlags.initialize(repeating: 0, count: max(words.count, 1))
        for id in 0..<words.count where offsets[id + 1] - offsets[id] > 0 {
            for index in Int(offsets[id])..<Int(offsets[id + 1]) where bytes[index] >= 0x80 {
                textFlags[id] = TextFlags.of(words[id]) | TextFlags.nonASCII
                break
            }
        }
        for word in TextFlags.candidates {
            guard let id = shared.table.entry(word) else { continue }
            textFlags[id] |= TextFlags.of(word)
        }
        return Store(words: strings, offsets: offsets, bytes: bytes, textFlags: textFlags)
    }()
    /// `shared.table`, whose entry numbers are the ids.
    static let table: WordTable = shared.table

    /// `table`'s look-up of short words by their packed bytes (the
    /// tokenizer's, `WordTable.HeadProbe`): gives ids.
    static let headProbe: WordTable.HeadProbe = table.headProbe

    /// The id of each one-byte word (a mark such as "," or "?", a letter),
    /// by its byte, or -1: what `id(_:)` gives for one byte, without hashing.
    /// Allocated once and never freed (as `store`).
    // nonisolated(unsafe): written once when made, only read after.
    nonisolated(unsafe) static let singleByteIDs: UnsafePointer<Int32> = {
        let ids = UnsafeMutablePointer<Int32>.allocate(capacity: 256)
        for byte in 0..<256 {
            ids[byte] = withUnsafePointer(to: UInt8(byte)) { shared.id(UnsafeBufferPointer(start: $0, count: 1)) }
        }
        return UnsafePointer(ids)
    }()

    /// `shared.expansionOf` as a pointer, allocated once and never freed (as
    /// `store`): read per word by the tokenizer without array checks.
    // nonisolated(unsafe): written once when made, only read after.
    nonisolated(unsafe) static let expansionOfPointer: UnsafePointer<Int32> = {
        let expansionOf = shared.expansionOf
        let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(expansionOf.count, 1))
        pointer.initialize(from: expansionOf, count: expansionOf.count)
        return UnsafePointer(pointer)
    }()

    /// Vocabulary word `id`'s bytes (the table lives as long as the program).
    @inline(__always)
    static func wordBytes(_ id: Int) -> UnsafeBufferPointer<UInt8> {
        table.bytes(ofEntry: id)
    }

    /// The id of the word with these bytes, or -1.
    @inline(__always)
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        table.entry(bytes).map { Int32($0) } ?? -1
    }

    /// `word`'s id, or -1.
    @inline(__always)
    func id(_ word: String) -> Int32 {
        table.entry(word).map { Int32($0) } ?? -1
    }
}

/// Word-table memberships of a vocabulary word, found once per id
/// (`TokenVocabulary.store`, `TokenBuffer.norm(_:has:orIsIn:)`).
enum TextFlags {
    /// `Disfluency.mayStartNoise`'s answer.
    static let noise: UInt8 = 1
    /// `Disfluency.restartMarkTable`.
    static let restartMark: UInt8 = 2
    /// `ParsedText.openerTable`.
    static let opener: UInt8 = 4
    /// `SentenceSplitter.closingMarkTable`.
    static let closingMark: UInt8 = 8
    /// `SentenceSplitter.abbreviationTable`.
    static let abbreviation: UInt8 = 16
    /// The word has a non-ASCII byte (set by `TokenVocabulary.store`, not `of(_:)`).
    static let nonASCII: UInt8 = 32
    /// `Disfluency.fillerTable` (every filler is also `noise`).
    static let filler: UInt8 = 64

    /// Every word `of(_:)` may give flags to, and more.
    static var candidates: [String] {
        Array(Disfluency.fillers) + ["like", "know", "mean"] + Array(Disfluency.restartMarks) + Array(ParsedText.openers)
            + Array(SentenceSplitter.closingMarks) + Array(SentenceSplitter.abbreviations)
    }

    static func of(_ word: String) -> UInt8 {
        var flags = Disfluency.flags(of: word)
        if ParsedText.openerTable.contains(word) { flags |= opener }
        if SentenceSplitter.closingMarkTable.contains(word) { flags |= closingMark }
        if SentenceSplitter.abbreviationTable.contains(word) { flags |= abbreviation }
        return flags
    }
}
