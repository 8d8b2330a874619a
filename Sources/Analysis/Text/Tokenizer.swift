/// Splits a reply into tokens with offsets in Unicode scalars.
///
/// Written for chat-style replies: curly and straight apostrophes are the
/// same, contractions split into words, emoji stand alone, and names such as
/// "Zoë" or "Nguyễn" stay whole (letters and combining marks are word parts).
enum Tokenizer {
    static func tokenize(_ text: String) -> TokenList {
        tokenize(text, scratch: ThreadScratch.current)
    }

    /// `tokenize(_:)` with this thread's scratch at hand (the caller's, so
    /// it is looked up once per reply).
    static func tokenize(_ text: String, scratch: ThreadScratch) -> TokenList {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0, scratch: scratch) }) {
            return tokens
        }
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0, scratch: scratch) }
    }

    /// The list being built: tokens, and the norm bytes of those without an
    /// id, written through pointers into this thread's staging memory
    /// (`ThreadScratch.Staging`) and copied into arrays once at the end. An
    /// `Array.append` per token was three calls (uniqueness, capacity, the
    /// store), about 60 instructions; a store here is a compare and a write.
    private struct Output {
        var staging: ThreadScratch.Staging
        var tokenCount = 0
        var byteCount = 0
        /// A token with the id of "would" or "is" was added: only then can
        /// `fixAmbiguousClitics` change anything.
        var hasAmbiguousClitic = false
        /// The position of the first such token (when `hasAmbiguousClitic`):
        /// `fixAmbiguousClitics` starts there, not at the first token.
        var firstAmbiguousClitic = 0
        let wouldID: Int32
        let isID: Int32
        /// A token was added that `Disfluency.removed`'s first pass would
        /// stop at (a conservative answer): a word that may be noise (by its
        /// `TextFlags.noise`, or for a word outside the vocabulary, five
        /// bytes at most starting with one of "uehmlk"), or a mark that may
        /// be a restart mark (by its `TextFlags.restartMark`, or outside the
        /// vocabulary, a first byte ',', '-' or E2, as in "—" and "–").
        var mayHaveDisfluency = false
        /// A mark was added that may open a stage direction or close a
        /// speaker label (`TranscriptMarks`): '[', '(', ':' or '*'.
        var mayHaveTranscriptMarks = false
        let textFlags: UnsafePointer<UInt8>
        let singleByteIDs: UnsafePointer<Int32>

        init(staging: ThreadScratch.Staging, tables: Tables) {
            self.staging = staging
            wouldID = tables.wouldID
            isID = tables.isID
            textFlags = tables.textFlags
            singleByteIDs = tables.singleByteIDs
        }

        /// Appends `token` (growing the staging memory when full).
        @inline(__always)
        mutating func push(_ token: Token) {
            if tokenCount == staging.tokenCapacity { staging.growTokens(keeping: tokenCount) }
            (staging.tokens + tokenCount).initialize(to: token)
            tokenCount &+= 1
        }

        /// Appends one norm byte.
        @inline(__always)
        mutating func pushByte(_ byte: UInt8) {
            if byteCount == staging.byteCapacity { staging.growBytes(keeping: byteCount) }
            staging.bytes[byteCount] = byte
            byteCount &+= 1
        }

        /// Appends norm bytes.
        @inline(__always)
        mutating func pushBytes<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            for byte in bytes { pushByte(byte) }
        }

        /// The tokens so far, in place (valid until the next push).
        var tokenBuffer: UnsafeMutableBufferPointer<Token> {
            UnsafeMutableBufferPointer(start: staging.tokens, count: tokenCount)
        }

        /// The norm bytes so far, in place (valid until the next push).
        var byteBuffer: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: staging.bytes, count: byteCount)
        }

        /// Updates `mayHaveDisfluency` for a token with id `id`, kind
        /// `kind` and norm bytes `first` (its first, if any) and `count`.
        @inline(__always)
        mutating func noteDisfluency(id: Int32, kind: Token.Kind, first: UInt8, count: Int) {
            if id >= 0 {
                let flags = textFlags[Int(id)]
                if kind == .word ? flags & TextFlags.noise != 0 : flags & TextFlags.restartMark != 0 {
                    mayHaveDisfluency = true
                }
            } else if kind == .word {
                if count <= 5 {
                    switch first {
                    case UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "l"),
                        UInt8(ascii: "k"):
                        mayHaveDisfluency = true
                    default:
                        break
                    }
                }
            } else if first == UInt8(ascii: ",") || first == UInt8(ascii: "-") || first == 0xE2 {
                mayHaveDisfluency = true
            }
        }

        /// Appends a token whose norm is `norm` (its id looked up).
        @inline(__always)
        mutating func append(
            norm: String, kind: Token.Kind, start: Int, end: Int, utf8Start: Int, utf8End: Int,
            afterLineBreak: Bool, capitalised: Bool, vocabulary: TokenVocabulary
        ) {
            var norm = norm
            norm.withUTF8 { normBytes in
                append(
                    norm: normBytes, kind: kind, start: start, end: end, utf8Start: utf8Start, utf8End: utf8End,
                    afterLineBreak: afterLineBreak, capitalised: capitalised, vocabulary: vocabulary)
            }
        }

        /// Appends a token whose norm is these bytes (their id looked up).
        @inline(__always)
        mutating func append(
            norm: UnsafeBufferPointer<UInt8>, kind: Token.Kind, start: Int, end: Int, utf8Start: Int, utf8End: Int,
            afterLineBreak: Bool, capitalised: Bool, vocabulary: TokenVocabulary
        ) {
            // A one-byte norm (most marks) by a table, not a hash look-up.
            let id = norm.count == 1 ? singleByteIDs[Int(norm[0])] : vocabulary.id(norm)
            append(
                norm: norm, id: id, kind: kind, start: start, end: end, utf8Start: utf8Start,
                utf8End: utf8End, afterLineBreak: afterLineBreak, capitalised: capitalised)
        }

        /// Appends a norm of `count` (< 8) bytes packed little-endian in
        /// `head`: one 8-byte store when there is room for it (the bytes
        /// past `count` are zeros, beyond the count, and written over by
        /// the next norm), else byte by byte.
        @inline(__always)
        mutating func pushHead(_ head: UInt64, count: Int) {
            if byteCount &+ 8 <= staging.byteCapacity {
                UnsafeMutableRawPointer(staging.bytes + byteCount).storeBytes(of: head.littleEndian, as: UInt64.self)
                byteCount &+= count
            } else {
                var shift: UInt64 = 0
                for _ in 0..<count {
                    pushByte(UInt8(truncatingIfNeeded: head &>> shift))
                    shift &+= 8
                }
            }
        }

        /// Appends a token with id `id` (-1: its norm is `norm`'s bytes, stored).
        @inline(__always)
        mutating func append(
            norm: UnsafeBufferPointer<UInt8>, id: Int32, kind: Token.Kind, start: Int, end: Int, utf8Start: Int,
            utf8End: Int, afterLineBreak: Bool, capitalised: Bool
        ) {
            var normStart: Int32 = 0
            var normCount: Int32 = 0
            if id == wouldID || id == isID, end - start == 2, !hasAmbiguousClitic {
                hasAmbiguousClitic = true
                firstAmbiguousClitic = tokenCount
            }
            if kind != .word, let first = norm.first,
                first == UInt8(ascii: "[") || first == UInt8(ascii: "(") || first == UInt8(ascii: ":") || first == UInt8(ascii: "*")
            {
                mayHaveTranscriptMarks = true
            }
            if !mayHaveDisfluency {
                // A norm is never empty; 0 stands for none all the same.
                noteDisfluency(id: id, kind: kind, first: norm.first ?? 0, count: norm.count)
                // A hyphenated backchannel ("mm-hmm", "uh-huh") is longer than
                // five bytes: only such words get here (not the simple-word path).
                if id < 0, kind == .word, Disfluency.mayBeHyphenatedBackchannel(norm) { mayHaveDisfluency = true }
            }
            if id < 0 {
                normStart = Int32(truncatingIfNeeded: byteCount)
                normCount = Int32(truncatingIfNeeded: norm.count)
                pushBytes(norm)
            }
            push(Token(
                id: id, normStart: normStart, normCount: normCount, kind: kind, start: start, end: end,
                utf8Start: utf8Start, utf8End: utf8End, afterLineBreak: afterLineBreak, capitalised: capitalised))
        }
    }

    /// The scalar starting at byte `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value)!, length)
    }

    /// Where the scalar before byte `index` starts.
    @inline(__always)
    private static func scalarStart(before index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var position = index - 1
        while bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }

    /// The pointers and ids `tokenize` reads, gathered in one static: each
    /// static is a lazy-initialisation check (`swift_once`) per access,
    /// and a reply read ten of them here (some 12 instructions each).
    struct Tables: @unchecked Sendable {
        // @unchecked: read-only pointers to memory written once when made.
        let probe: WordTable.HeadProbe
        let expansionOf: UnsafePointer<Int32>
        let alphanumeric: UnsafePointer<UInt8>
        let mayContinue: UnsafePointer<UInt8>
        let textFlags: UnsafePointer<UInt8>
        let singleByteIDs: UnsafePointer<Int32>
        let wouldID: Int32
        let isID: Int32
    }

    private static let tables = Tables(
        probe: TokenVocabulary.headProbe, expansionOf: TokenVocabulary.expansionOfPointer,
        alphanumeric: asciiAlphanumeric, mayContinue: mayContinueWord, textFlags: TokenVocabulary.store.textFlags,
        singleByteIDs: TokenVocabulary.singleByteIDs, wouldID: wouldID, isID: isID)

    /// Per byte value, 1 for an ASCII letter or digit, else 0: the test of
    /// the word loop's inner run (some 316,000 bytes per 5,000 replies).
    /// Written as two range tests, the compiler tested for a digit first,
    /// so a letter, the usual byte, paid both (nine instructions); a table
    /// is one load and one compare. Allocated once and never freed.
    // nonisolated(unsafe): written once when made, only read after.
    nonisolated(unsafe) private static let asciiAlphanumeric: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let isLetter = (UInt8(byte) | 0x20) &- 0x61 < 26
            let isDigit = UInt8(byte) &- 0x30 < 10
            table[byte] = isLetter || isDigit ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// Per byte value, 0 for ASCII that ends a word after a run of letters
    /// and digits (all but an apostrophe, a backquote, a hyphen, '.', ':'
    /// and ','), else 1: one load where the six compares were some eight
    /// instructions a word. Allocated once and never freed.
    // nonisolated(unsafe): written once when made, only read after.
    nonisolated(unsafe) private static let mayContinueWord: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        let joiners: [UInt8] = [UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ","),
                                UInt8(ascii: "`")]
        for byte in 0..<256 {
            table[byte] = byte >= 0x80 || joiners.contains(UInt8(byte)) ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// Walks the text's UTF-8 bytes, decoding scalars by hand: the same
    /// decisions as a walk over `unicodeScalars`, without index validation.
    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>, scratch: ThreadScratch) -> TokenList {
        // Written into this thread's staging memory (`ThreadScratch`), with
        // room for a usual text (a token has at least one byte; most norms
        // are their word's bytes).
        // The statics this call reads, behind one lazy-initialisation check.
        let tables = Self.tables
        var output = Output(staging: scratch.staging, tables: tables)
        output.staging.reserve(tokens: bytes.count + 8, bytes: bytes.count + 8)
        let vocabulary = TokenVocabulary.shared
        let probe = tables.probe
        let expansionOf = tables.expansionOf
        let alphanumeric = tables.alphanumeric
        let mayContinue = tables.mayContinue
        let count = bytes.count
        var index = 0
        var offset = 0
        var afterLineBreak = false

        while index < count {
            let lead = bytes[index]
            // A space, the usual byte between tokens: skipped before any
            // scalar test (it was four line-break compares and more).
            if lead == UInt8(ascii: " ") {
                index &+= 1
                offset &+= 1
                continue
            }
            let (scalar, length) = Self.scalar(at: index, bytes)
            // An ASCII letter or digit (most token starts) is neither a line
            // break nor a space, and starts a word: the tests below are
            // skipped for it.
            let asciiWordStart = alphanumeric[Int(lead)] != 0
            if !asciiWordStart {
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    afterLineBreak = true
                    index += length
                    offset += 1
                    continue
                }
                if (!scalar.isASCII || scalar.value < 0x20) && scalar.properties.isWhitespace {
                    index += length
                    offset += 1
                    continue
                }
            }
            let startIndex = index
            let start = offset
            if asciiWordStart || isWordPart(scalar)
                || (isApostrophe(scalar) && startsLeadingClitic(bytes, at: index, length: length))
            {
                // A word runs over letters, digits and marks, and over an
                // apostrophe or hyphen (or a '.'/':' between digits) joining two of them.
                // Whether it is ASCII letters and digits only (`simple`):
                // then it may be appended at once (below).
                var simple = asciiWordStart
                index += length
                offset += 1
                while index < count {
                    // A run of ASCII letters and digits (most of a word)
                    // without decoding: a byte is a scalar, so the scalar
                    // offset moves once, by the run's length.
                    let runStart = index
                    while index < count, alphanumeric[Int(bytes[index])] != 0 {
                        index &+= 1
                    }
                    offset &+= index &- runStart
                    guard index < count else { break }
                    let byte = bytes[index]
                    // Other ASCII ends the word unless it may join two parts
                    // (an apostrophe, a backquote, a hyphen, '.', ':' or ','): the
                    // same answer as the test below, without decoding.
                    if mayContinue[Int(byte)] == 0 { break }
                    let (current, currentLength) = Self.scalar(at: index, bytes)
                    if isWordPart(current) {
                        index += currentLength
                        offset += 1
                        simple = false
                        continue
                    }
                    let next = index + currentLength
                    guard next < count else { break }
                    let nextScalar = Self.scalar(at: next, bytes).0
                    guard isWordPart(nextScalar) else { break }
                    let joins = isApostrophe(current) || isHyphen(current)
                        || ((current == "." || current == ":" || current == ",")
                            && isDigit(Self.scalar(at: scalarStart(before: index, bytes), bytes).0) && isDigit(nextScalar))
                    guard joins else { break }
                    index += currentLength
                    offset += 1
                    simple = false
                }
                if simple, index &- startIndex < 8 {
                    // A word of ASCII letters and digits under eight bytes
                    // (most words): its norm is its bytes lowercased, looked
                    // up by `head` (those bytes packed) in one step, and
                    // appended here when it neither expands nor splits (it
                    // has no apostrophe, so no clitic): the same token as
                    // `appendWord` gives. (Written out here: as a function
                    // the compiler kept it a call.)
                    let wordCount = index &- startIndex
                    let head = lowercasedHead(bytes, from: startIndex, to: index)
                    let id = probe.entry(head: head, count: wordCount)
                    if id >= 0
                        ? expansionOf[Int(id)] < 0
                        : !Contractions.mayExpand(
                            first: UInt8(truncatingIfNeeded: head),
                            last: UInt8(truncatingIfNeeded: head &>> UInt64((wordCount &- 1) &* 8)), count: wordCount)
                    {
                        // Appended here, written out: as an `Output` method
                        // (even `@inline(__always)`) the compiler kept it a
                        // call, about 65 instructions a word for 14 words a
                        // reply. For id -1 the norm is the `wordCount` bytes
                        // packed in `head`.
                        if id == output.wouldID || id == output.isID, wordCount == 2, !output.hasAmbiguousClitic {
                            output.hasAmbiguousClitic = true
                            output.firstAmbiguousClitic = output.tokenCount
                        }
                        if !output.mayHaveDisfluency {
                            output.noteDisfluency(
                                id: id, kind: .word, first: UInt8(truncatingIfNeeded: head), count: wordCount)
                        }
                        var normStart: Int32 = 0
                        var normCount: Int32 = 0
                        if id < 0 {
                            normStart = Int32(truncatingIfNeeded: output.byteCount)
                            normCount = Int32(truncatingIfNeeded: wordCount)
                            output.pushHead(head, count: wordCount)
                        }
                        output.push(Token(
                            id: id, normStart: normStart, normCount: normCount, kind: .word, start: start, end: offset,
                            utf8Start: startIndex, utf8End: index, afterLineBreak: afterLineBreak,
                            capitalised: bytes[startIndex] &- 0x41 < 26))
                        afterLineBreak = false
                        continue
                    }
                }
                // Plain lowercase ASCII letters and digits: then `appendWord`
                // needs no second look at its bytes. (Found here, for the few
                // words that get here, not per byte in the loop above.)
                let plainLowercase = simple && !hasASCIIUppercase(bytes, from: startIndex, to: index)
                appendWord(
                    in: bytes, from: startIndex, to: index, start: start, end: offset,
                    afterLineBreak: afterLineBreak, plainLowercase: plainLowercase, vocabulary: vocabulary, to: &output)
            } else if isEmojiPart(scalar) {
                // An emoji sequence (skin tones, joiners, flags) is one symbol.
                index += length
                offset += 1
                while index < count {
                    let (current, currentLength) = Self.scalar(at: index, bytes)
                    guard isEmojiPart(current) || isEmojiJoiner(current) else { break }
                    index += currentLength
                    offset += 1
                }
                output.append(
                    norm: UnsafeBufferPointer(rebasing: bytes[startIndex..<index]), kind: .symbol, start: start, end: offset,
                    utf8Start: startIndex, utf8End: index, afterLineBreak: afterLineBreak, capitalised: false,
                    vocabulary: vocabulary)
            } else {
                // Punctuation: a run of dots is one ellipsis, every other mark stands alone.
                index += length
                offset += 1
                let markEnd = index
                if scalar == "." {
                    while index < count, bytes[index] == UInt8(ascii: ".") {
                        index += 1
                        offset += 1
                    }
                }
                let kind: Token.Kind = isEmojiJoiner(scalar) ? .symbol : .punctuation
                if isApostrophe(scalar) {
                    output.append(
                        norm: "'", kind: kind, start: start, end: offset, utf8Start: startIndex, utf8End: index,
                        afterLineBreak: afterLineBreak, capitalised: false, vocabulary: vocabulary)
                } else if offset - start > 1 {
                    output.append(
                        norm: "…", kind: kind, start: start, end: offset, utf8Start: startIndex, utf8End: index,
                        afterLineBreak: afterLineBreak, capitalised: false, vocabulary: vocabulary)
                } else {
                    output.append(
                        norm: UnsafeBufferPointer(rebasing: bytes[startIndex..<markEnd]), kind: kind, start: start,
                        end: offset, utf8Start: startIndex, utf8End: index, afterLineBreak: afterLineBreak,
                        capitalised: false, vocabulary: vocabulary)
                }
            }
            afterLineBreak = false
        }
        fixAmbiguousClitics(&output, vocabulary)
        // Into this thread's arrays, emptied with their capacity kept, and
        // shared with the list (`ThreadScratch`).
        let arrays = scratch.textArrays
        arrays.pointee.tokens.removeAll(keepingCapacity: true)
        arrays.pointee.tokens.append(contentsOf: UnsafeBufferPointer(output.tokenBuffer))
        arrays.pointee.bytes.removeAll(keepingCapacity: true)
        arrays.pointee.bytes.append(contentsOf: output.byteBuffer)
        // The staging memory may have grown (moved).
        scratch.staging = output.staging
        return TokenList(
            tokens: arrays.pointee.tokens, bytes: arrays.pointee.bytes, mayHaveDisfluency: output.mayHaveDisfluency,
            mayHaveTranscriptMarks: output.mayHaveTranscriptMarks)
    }

    /// Whether any byte from `start` to `end` is an ASCII capital (A–Z).
    @inline(__always)
    private static func hasASCIIUppercase(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] &- 0x41 < 26 { return true }
            index &+= 1
        }
        return false
    }

    /// The bytes from `start` to `end` (fewer than eight, ASCII letters and
    /// digits only) lowercased and packed little-endian, zero-padded: one
    /// load and a few bit operations for the whole word. (In ASCII a letter
    /// has bit 6 set and a digit does not; bit 5 set is lowercase.)
    @inline(__always)
    private static func lowercasedHead(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let length = end &- start
        var word: UInt64
        if start &+ 8 <= bytes.count, let base = bytes.baseAddress {
            // Eight bytes are there to load (the word and what follows it).
            word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
            word = UInt64(littleEndian: word) & ((1 &<< UInt64(length &* 8)) &- 1)
        } else {
            word = 0
            var index = 0
            while index < length {
                word |= UInt64(bytes[start &+ index]) &<< UInt64(index &* 8)
                index &+= 1
            }
        }
        return word | ((word & 0x4040_4040_4040_4040) &>> 1)
    }

    /// Lowercases the word, straightens apostrophes and splits contractions.
    private static func appendWord(
        in bytes: UnsafeBufferPointer<UInt8>, from startIndex: Int, to endIndex: Int,
        start: Int, end: Int, afterLineBreak: Bool, plainLowercase: Bool, vocabulary: TokenVocabulary,
        to output: inout Output
    ) {
        let raw = UnsafeBufferPointer(rebasing: bytes[startIndex..<endIndex])
        if plainLowercase {
            // Lowercase ASCII letters and digits only: the norm is `raw`, with
            // no apostrophe and no capital. Most words neither expand nor
            // split: appended at once.
            let id = vocabulary.id(raw)
            if id >= 0 ? vocabulary.expansionOf[Int(id)] < 0 : !Contractions.mayExpand(raw) {
                output.append(
                    norm: raw, id: id, kind: .word, start: start, end: end, utf8Start: startIndex, utf8End: endIndex,
                    afterLineBreak: afterLineBreak, capitalised: false)
                return
            }
            appendWord(
                raw, bytes: bytes, from: startIndex, to: endIndex, start: start, end: end,
                afterLineBreak: afterLineBreak, capitalised: false, hasUpper: false,
                hasApostrophe: false, needsStraightening: false, isASCII: true, vocabulary: vocabulary,
                to: &output)
            return
        }
        // One pass over the bytes: plain lowercase ASCII (most words) needs
        // neither lowercasing nor apostrophe straightening.
        var hasUpper = false
        var needsStraightening = false
        var isASCII = true
        var hasApostrophe = false
        for byte in raw {
            if byte == UInt8(ascii: "'") {
                hasApostrophe = true
            } else if byte >= 0x41 && byte <= 0x5A {
                hasUpper = true
            } else if byte >= 0x80 || byte == 0x60 {
                hasUpper = true
                needsStraightening = true
                if byte >= 0x80 { isASCII = false }
            }
        }
        let first = Self.scalar(at: startIndex, bytes).0
        // ASCII has no uppercase letters outside A–Z.
        let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        if !hasUpper {
            // Plain lowercase ASCII (most words): the norm is `raw`'s bytes.
            appendWord(
                raw, bytes: bytes, from: startIndex, to: endIndex, start: start, end: end,
                afterLineBreak: afterLineBreak, capitalised: capitalised, hasUpper: false,
                hasApostrophe: hasApostrophe, needsStraightening: false, isASCII: true, vocabulary: vocabulary,
                to: &output)
        } else if isASCII {
            // ASCII lowercasing is A–Z only (a backquote stays for the straightening below).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
                for (position, byte) in raw.enumerated() {
                    buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                if needsStraightening, buffer.contains(0x60) {
                    // A backquote is an apostrophe.
                    for position in 0..<raw.count where buffer[position] == 0x60 { buffer[position] = UInt8(ascii: "'") }
                }
                appendWord(
                    UnsafeBufferPointer(buffer), bytes: bytes, from: startIndex, to: endIndex, start: start, end: end,
                    afterLineBreak: afterLineBreak, capitalised: capitalised, hasUpper: true,
                    hasApostrophe: hasApostrophe, needsStraightening: needsStraightening, isASCII: true,
                    vocabulary: vocabulary, to: &output)
            }
        } else {
            var word = String(decoding: raw, as: UTF8.self).lowercased()
            if needsStraightening, word.unicodeScalars.contains(where: { isApostrophe($0) && $0 != "'" }) {
                word = String(String.UnicodeScalarView(word.unicodeScalars.map { isApostrophe($0) ? "'" : $0 }))
            }
            word.withUTF8 { word in
                appendWord(
                    word, bytes: bytes, from: startIndex, to: endIndex, start: start, end: end,
                    afterLineBreak: afterLineBreak, capitalised: capitalised, hasUpper: true,
                    hasApostrophe: hasApostrophe, needsStraightening: needsStraightening, isASCII: false,
                    vocabulary: vocabulary, to: &output)
            }
        }
    }

    /// Appends the word whose norm (lowercased, apostrophes straightened) is
    /// `word`, split into its contraction's or clitic's parts.
    @inline(__always)
    private static func appendWord(
        _ word: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>, from startIndex: Int, to endIndex: Int,
        start: Int, end: Int, afterLineBreak: Bool, capitalised: Bool, hasUpper: Bool, hasApostrophe: Bool,
        needsStraightening: Bool, isASCII: Bool, vocabulary: TokenVocabulary, to output: inout Output
    ) {
        // Appends in place.
        func add(_ norm: String, _ from: Int, _ to: Int, _ start: Int, _ end: Int, _ lineBreak: Bool) {
            output.append(
                norm: norm, kind: .word, start: start, end: end, utf8Start: from, utf8End: to, afterLineBreak: lineBreak,
                capitalised: capitalised && from == startIndex, vocabulary: vocabulary)
        }
        func add(
            _ norm: UnsafeBufferPointer<UInt8>, id: Int32, _ from: Int, _ to: Int, _ start: Int, _ end: Int,
            _ lineBreak: Bool
        ) {
            output.append(
                norm: norm, id: id, kind: .word, start: start, end: end, utf8Start: from, utf8End: to,
                afterLineBreak: lineBreak, capitalised: capitalised && from == startIndex)
        }
        let wordID = vocabulary.id(word)
        if wordID >= 0 {
            // A vocabulary word: whether it expands, and into which words,
            // was settled once (`TokenVocabulary.expansionOf`).
            let expansion = Int(vocabulary.expansionOf[Int(wordID)])
            if expansion >= 0 {
                for (position, part) in vocabulary.expansions[expansion].enumerated() {
                    if part.id >= 0 {
                        add(
                            TokenVocabulary.wordBytes(Int(part.id)), id: part.id, startIndex, endIndex, start, end,
                            afterLineBreak && position == 0)
                    } else {
                        add(part.norm, startIndex, endIndex, start, end, afterLineBreak && position == 0)
                    }
                }
                return
            }
        } else if hasUpper || Contractions.mayExpand(word), let parts = Contractions.expand(String(decoding: word, as: UTF8.self)) {
            for (position, part) in parts.enumerated() {
                add(part, startIndex, endIndex, start, end, afterLineBreak && position == 0)
            }
            return
        }
        if hasApostrophe || needsStraightening, isASCII,
            let (stemLength, replacement, clitic, length) = Contractions.asciiClitic(of: word)
        {
            // The same split as below, on the bytes of an ASCII word (a clitic
            // is as many bytes as scalars there).
            let split = endIndex - length
            if let replacement {
                add(replacement, startIndex, split, start, end - length, afterLineBreak)
            } else {
                let stem = UnsafeBufferPointer(rebasing: word[0..<stemLength])
                add(stem, id: vocabulary.id(stem), startIndex, split, start, end - length, afterLineBreak)
            }
            add(clitic, split, endIndex, end - length, end, false)
        } else if hasApostrophe || needsStraightening,
            let (stem, clitic, length) = Contractions.clitic(of: String(decoding: word, as: UTF8.self))
        {
            // Only a word with an apostrophe (straight, or straightened from
            // a curly one or a backquote) can carry a clitic.
            // Clitics are `length` scalars in the original text too (a curly
            // apostrophe is one scalar of three bytes): step back that many.
            var split = endIndex
            for _ in 0..<length { split = scalarStart(before: split, bytes) }
            add(stem, startIndex, split, start, end - length, afterLineBreak)
            add(clitic, split, endIndex, end - length, end, false)
        } else {
            add(word, id: wordID, startIndex, endIndex, start, end, afterLineBreak)
        }
    }

    private static let wouldID = TokenVocabulary.shared.id("would")
    private static let isID = TokenVocabulary.shared.id("is")

    /// "'d" and "'s" are settled by the word after them: "I'd been" is
    /// "had", "she's been" is "has".
    private static func fixAmbiguousClitics(_ output: inout Output, _ vocabulary: TokenVocabulary) {
        // Ids are looked up from the norm's bytes, so no two-scalar token is
        // "would" or "is" unless one was added with their id (both in the
        // vocabulary; if either is not, every token is checked).
        guard output.tokenCount > 1, output.hasAmbiguousClitic || wouldID < 0 || isID < 0 else { return }
        // Decided in place through the buffer (no Token copied per read),
        // then applied: a decision reads only the clitic and the words after
        // it, never an earlier replacement.
        var replacements: [(position: Int, norm: String)] = []
        // A token's norm is "would" or "is" exactly when its id is theirs
        // (ids are looked up from the norm's bytes); -1 if either is not in
        // the vocabulary, and then every two-scalar token is compared.
        let wouldID = output.wouldID
        let isID = output.isID
        let byID = wouldID >= 0 && isID >= 0
        // Read in place from the staging memory.
        let tokens = TokenBuffer(tokens: UnsafeBufferPointer(output.tokenBuffer), bytes: output.byteBuffer)
        // By id, no token before the first one added with the id of "would"
        // or "is" can change: the scan starts there.
        let first = byID ? output.firstAmbiguousClitic : 0
        guard first < tokens.count - 1 else { return }
        for position in first..<(tokens.count - 1) {
            // Only a two-scalar clitic ("'d", "'s") can change: test that first.
            guard tokens[position].end - tokens[position].start == 2 else { continue }
            if byID, tokens[position].id != wouldID, tokens[position].id != isID { continue }
            if byID, tokens[position].id == isID {
                // "is" (a clitic, or the word itself: two scalars too): the
                // next word compared by its bytes, as String equality
                // (`TokenBuffer.norm(_:is:)`), with no String made.
                if tokens.norm(position + 1, is: "been") || tokens.norm(position + 1, is: "got")
                    || tokens.norm(position + 1, is: "gotten")
                {
                    replacements.append((position, "has"))
                }
                continue
            }
            let norm = tokens.norm(position)
            let next = tokens.norm(position + 1)
            if norm == "would", Contractions.pastParticiplesAfterHad.contains(next) {
                replacements.append((position, "had"))
            } else if norm == "would", Contractions.adverbsBeforeParticiple.contains(next),
                position + 2 < tokens.count, Contractions.looksLikeParticiple(tokens.norm(position + 2)) {
                // "I'd never seen" is "had"; "I'd never do that" stays "would".
                replacements.append((position, "had"))
            } else if norm == "is", next == "been" || next == "got" || next == "gotten" {
                replacements.append((position, "has"))
            }
        }
        for (position, replacement) in replacements {
            var id = vocabulary.id(replacement)
            var normStart: Int32 = 0
            var normCount: Int32 = 0
            if id < 0 {
                id = -1
                normStart = Int32(truncatingIfNeeded: output.byteCount)
                normCount = Int32(truncatingIfNeeded: replacement.utf8.count)
                output.pushBytes(replacement.utf8)
            }
            let tokens = output.tokenBuffer
            tokens[position] = tokens[position].with(id: id, normStart: normStart, normCount: normCount)
        }
    }

    @inline(__always)
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // The common case, without a Unicode property lookup.
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return isNonASCIIWordPart(scalar)
    }

    private static func isNonASCIIWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            // Keycap emoji (1️⃣) are digits followed by an enclosing mark; both stay in the word.
            return true
        default:
            return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}" || scalar == "`"
    }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.generalCategory == .decimalNumber
    }

    private static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        let properties = scalar.properties
        return properties.isEmojiPresentation
            || (properties.isEmoji && scalar.value > 0xFF)
            || (0x1F1E6...0x1F1FF).contains(scalar.value)  // regional indicators (flags)
    }

    private static func isEmojiJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0F || scalar.value == 0xFE0E
            || (0x1F3FB...0x1F3FF).contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value)
    }

    /// An apostrophe opens a word only in clipped forms like "'cause" or
    /// "'em"; elsewhere it is a quotation mark.
    private static func startsLeadingClitic(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Bool {
        if index > 0, isWordPart(scalar(at: scalarStart(before: index, bytes), bytes).0) { return false }
        var cursor = index + length
        var word = ""
        var letters = 0
        while cursor < bytes.count, letters < 6 {
            let (current, currentLength) = scalar(at: cursor, bytes)
            guard isWordPart(current) else { break }
            word.unicodeScalars.append(current)
            letters += 1
            cursor += currentLength
        }
        if cursor < bytes.count {
            let current = scalar(at: cursor, bytes).0
            if isWordPart(current) || isApostrophe(current) { return false }
        }
        return leadingClitics.contains(word.lowercased())
    }

    private static let leadingClitics: Set<String> = ["cause", "em", "til", "bout", "cos"]
}
