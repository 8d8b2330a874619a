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
