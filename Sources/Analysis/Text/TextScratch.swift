/// The text pass's name for this thread's scratch: since one per-thread
/// object serves the text pass and the rule pass (`ThreadScratch`), a
/// reply's threads hold one POSIX thread-specific value, not two.
typealias TextScratch = ThreadScratch

/// The text pass's part of this thread's scratch: the arrays of this
/// thread's latest `ParsedText`, kept with their capacity for the next
/// reply, so a reply allocates none of its token, byte, sentence and
/// negation arrays.
///
/// The tokenizer and `ParsedText.init` fill the arrays (`textArrays`) in
/// place, and the parsed text takes a second reference to each: nothing is
/// handed back when it is freed (no look-up, swap or capacity test in a
/// `deinit`), and when the next reply empties the arrays they are unique
/// again and keep their memory. An array still shared then (a parsed text
/// someone kept) is copied on its first write, so reuse never changes what
/// anyone sees.
extension ThreadScratch {
    /// Memory the tokenizer writes a text's tokens and norm bytes into
    /// before copying them into the list's arrays (`Tokenizer.Output`):
    /// raw pointers, so a store is a compare and a write, not an
    /// `Array.append`'s three calls. Owned by its `ThreadScratch` (freed in
    /// its `deinit`); only the tokenizer uses it, one text at a time, and
    /// no pointer to it outlives that call.
    struct Staging {
        private(set) var tokens: UnsafeMutablePointer<Token>
        private(set) var tokenCapacity: Int
        private(set) var bytes: UnsafeMutablePointer<UInt8>
        private(set) var byteCapacity: Int

        init() {
            tokenCapacity = 256
            tokens = .allocate(capacity: tokenCapacity)
            byteCapacity = 1024
            bytes = .allocate(capacity: byteCapacity)
        }

        /// Room for at least this many tokens and bytes (contents dropped).
        mutating func reserve(tokens tokenCount: Int, bytes byteCount: Int) {
            if tokenCount > tokenCapacity {
                tokens.deallocate()
                tokenCapacity = max(tokenCount, tokenCapacity * 2)
                tokens = .allocate(capacity: tokenCapacity)
            }
            if byteCount > byteCapacity {
                bytes.deallocate()
                byteCapacity = max(byteCount, byteCapacity * 2)
                bytes = .allocate(capacity: byteCapacity)
            }
        }

        /// Doubles the token memory, keeping the first `count` tokens.
        @inline(never)
        mutating func growTokens(keeping count: Int) {
            Self.double(&tokens, capacity: &tokenCapacity, keeping: count)
        }

        /// Doubles the byte memory, keeping the first `count` bytes.
        @inline(never)
        mutating func growBytes(keeping count: Int) {
            Self.double(&bytes, capacity: &byteCapacity, keeping: count)
        }

        /// Moves the first `count` elements into memory twice the size.
        private static func double<Element>(
            _ memory: inout UnsafeMutablePointer<Element>, capacity: inout Int, keeping count: Int
        ) {
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: memory, count: count)
            memory.deallocate()
            memory = grown
            capacity *= 2
        }

        func free() {
            tokens.deallocate()
            bytes.deallocate()
        }
    }

    /// The arrays a text is built in (see this extension's comment).
    struct TextArrays {
        var tokens: [Token] = []
        var bytes: [UInt8] = []
        var sentences: [Sentence] = []
        var sentenceOfToken: [Int] = []
        var contentStart: [Int] = []
        var negated: [Bool] = []
    }

    /// Nothing to do: a token list shares this scratch's arrays already
    /// (kept for callers from when lists were handed back).
    @inline(__always)
    func giveBack(_ list: TokenList) {}
}
