#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The arrays of this thread's latest `ParsedText`, kept with their
/// capacity for the next reply: a reply then allocates none of its token,
/// byte, sentence and negation arrays.
///
/// Each thread has its own (a POSIX thread-specific value, freed with the
/// thread). The tokenizer and `ParsedText.init` fill the arrays here, in
/// place, and the parsed text takes a second reference to each: nothing is
/// handed back when it is freed (no look-up, swap or capacity test in a
/// `deinit`), and when the next reply empties the arrays they are unique
/// again and keep their memory. An array still shared then (a parsed text
/// someone kept) is copied on its first write, so reuse never changes what
/// anyone sees.
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

    /// The arrays a text is built in (see the type's comment).
    struct Arrays {
        var tokens: [Token] = []
        var bytes: [UInt8] = []
        var sentences: [Sentence] = []
        var sentenceOfToken: [Int] = []
        var contentStart: [Int] = []
        var negated: [Bool] = []
    }

    /// Behind a pointer rather than in `var` properties: an `inout` use of
    /// a class's stored property (`removeAll`, `append`, passing it on) is a
    /// dynamically checked exclusive access; through the pointer it is a
    /// plain one. Only this thread uses the scratch.
    let arrays: UnsafeMutablePointer<Arrays> = {
        let arrays = UnsafeMutablePointer<Arrays>.allocate(capacity: 1)
        arrays.initialize(to: Arrays())
        return arrays
    }()

    deinit {
        staging.free()
        arrays.deinitialize(count: 1)
        arrays.deallocate()
    }

    /// Nothing to do: a token list shares this scratch's arrays already
    /// (kept for callers from when lists were handed back).
    @inline(__always)
    func giveBack(_ list: TokenList) {}

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
