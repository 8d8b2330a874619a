#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The arrays of the last `ParsedText` this thread let go, kept with their
/// capacity for the next reply: a reply then allocates none of its token,
/// byte, sentence and negation arrays.
///
/// Each thread has its own (a POSIX thread-specific value, freed with the
/// thread). A `ParsedText` gives its arrays back in `deinit` and the
/// tokenizer and `ParsedText.init` take them; an array still shared with
/// someone else when taken is simply copied on its first write, so reuse
/// never changes what anyone sees.
final class TextScratch {
    /// Memory the tokenizer writes a text's tokens and norm bytes into
    /// before copying them into the list's arrays (`Tokenizer.Output`):
    /// raw pointers, so a store is a compare and a write, not an
    /// `Array.append`'s three calls. Owned by its `TextScratch` (freed in
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

    /// This thread's staging memory (the tokenizer stores it back when it grew).
    var staging = Staging()

    deinit {
        staging.free()
    }

    private var tokens: [Token] = []
    private var bytes: [UInt8] = []
    private var sentences: [Sentence] = []
    private var sentenceOfToken: [Int] = []
    private var contentStart: [Int] = []
    private var negated: [Bool] = []

    /// This thread's token and byte arrays, emptied (capacity kept).
    func takeTokenArrays() -> (tokens: [Token], bytes: [UInt8]) {
        var tokens: [Token] = []
        var bytes: [UInt8] = []
        swap(&tokens, &self.tokens)
        swap(&bytes, &self.bytes)
        tokens.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        return (tokens, bytes)
    }

    /// This thread's sentence-level arrays, capacity kept: `sentences` and
    /// `contentStart` emptied, the per-token ones as they were.
    func takeSentenceArrays() -> (sentences: [Sentence], sentenceOfToken: [Int], contentStart: [Int], negated: [Bool]) {
        var sentences: [Sentence] = []
        var sentenceOfToken: [Int] = []
        var contentStart: [Int] = []
        var negated: [Bool] = []
        swap(&sentences, &self.sentences)
        swap(&sentenceOfToken, &self.sentenceOfToken)
        swap(&contentStart, &self.contentStart)
        swap(&negated, &self.negated)
        sentences.removeAll(keepingCapacity: true)
        contentStart.removeAll(keepingCapacity: true)
        // Not emptied: `ParsedText.init` replaces their contents whole
        // (`ParsedText.setZeros`), one call instead of two.
        return (sentences, sentenceOfToken, contentStart, negated)
    }

    /// Keeps a token list's arrays for the next text (when larger than those kept).
    func giveBack(_ list: TokenList) {
        if list.tokens.capacity > tokens.capacity { tokens = list.tokens }
        if list.bytes.capacity > bytes.capacity { bytes = list.bytes }
    }

    /// Keeps a finished text's arrays for the next one (the larger ones, when
    /// some are already kept).
    func giveBack(_ parsed: ParsedText) {
        giveBack(parsed.tokens)
        if parsed.sentences.capacity > sentences.capacity { sentences = parsed.sentences }
        if parsed.sentenceOfToken.capacity > sentenceOfToken.capacity { sentenceOfToken = parsed.sentenceOfToken }
        if parsed.contentStart.capacity > contentStart.capacity { contentStart = parsed.contentStart }
        if parsed.negated.capacity > negated.capacity { negated = parsed.negated }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<TextScratch>.fromOpaque(pointer).release()
            #else
            if let pointer { Unmanaged<TextScratch>.fromOpaque(pointer).release() }
            #endif
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()

    /// This thread's scratch, made on first use.
    static var current: TextScratch {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<TextScratch>.fromOpaque(pointer).takeUnretainedValue()
        }
        let scratch = TextScratch()
        pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }
}
