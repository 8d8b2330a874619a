/// Splits a reply into tokens with offsets in Unicode scalars.
///
/// Written for chat-style replies: curly and straight apostrophes are the
/// same, contractions split into words, emoji stand alone, and names such as
/// "Zoë" or "Nguyễn" stay whole (letters and combining marks are word parts).
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(bytes: $0) }) { return tokens }
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
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

    /// Walks the text's UTF-8 bytes, decoding scalars by hand: the same
    /// decisions as a walk over `unicodeScalars`, without index validation.
    private static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 2)
        let vocabulary = TokenVocabulary.shared
        let count = bytes.count
        var index = 0
        var offset = 0
        var afterLineBreak = false

        while index < count {
            let (scalar, length) = Self.scalar(at: index, bytes)
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                afterLineBreak = true
                index += length
                offset += 1
                continue
            }
            if scalar == " " || (!scalar.isASCII || scalar.value < 0x20) && scalar.properties.isWhitespace {
                index += length
                offset += 1
                continue
            }
            let startIndex = index
            let start = offset
            if isWordPart(scalar) || (isApostrophe(scalar) && startsLeadingClitic(bytes, at: index, length: length)) {
                // A word runs over letters, digits and marks, and over an
                // apostrophe or hyphen (or a '.'/':' between digits) joining two of them.
                index += length
                offset += 1
                while index < count {
                    // ASCII letters and digits (most of a word) without decoding.
                    let byte = bytes[index]
                    if (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                        index += 1
                        offset += 1
                        continue
                    }
                    let (current, currentLength) = Self.scalar(at: index, bytes)
                    if isWordPart(current) {
                        index += currentLength
                        offset += 1
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
                }
                appendWord(
                    in: bytes, from: startIndex, to: index, start: start, end: offset,
                    afterLineBreak: afterLineBreak, vocabulary: vocabulary, to: &tokens)
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
                let (norm, id) = vocabulary.word(UnsafeBufferPointer(rebasing: bytes[startIndex..<index]))
                tokens.append(Token(
                    norm: norm, id: id,
                    kind: .symbol, start: start, end: offset,
                    utf8Start: startIndex, utf8End: index, afterLineBreak: afterLineBreak, capitalised: false))
            } else {
                // Punctuation: a run of dots is one ellipsis, every other mark stands alone.
                index += length
                offset += 1
                var (norm, id) = isApostrophe(scalar)
                    ? ("'", vocabulary.id("'")) : vocabulary.word(UnsafeBufferPointer(rebasing: bytes[startIndex..<index]))
                if scalar == "." {
                    while index < count, bytes[index] == UInt8(ascii: ".") {
                        index += 1
                        offset += 1
                    }
                    if offset - start > 1 {
                        norm = "…"
                        id = vocabulary.id(norm)
                    }
                }
                tokens.append(Token(
                    norm: norm, id: id, kind: isEmojiJoiner(scalar) ? .symbol : .punctuation, start: start, end: offset,
                    utf8Start: startIndex, utf8End: index, afterLineBreak: afterLineBreak, capitalised: false))
            }
            afterLineBreak = false
        }
        fixAmbiguousClitics(&tokens, vocabulary)
        return tokens
    }

    /// Lowercases the word, straightens apostrophes and splits contractions.
    private static func appendWord(
        in bytes: UnsafeBufferPointer<UInt8>, from startIndex: Int, to endIndex: Int,
        start: Int, end: Int, afterLineBreak: Bool, vocabulary: TokenVocabulary, to tokens: inout [Token]
    ) {
        let raw = UnsafeBufferPointer(rebasing: bytes[startIndex..<endIndex])
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
        var word: String
        // The word's vocabulary id when `word` came from its bytes by a
        // look-up; nil when it must be looked up once `word` is final.
        var wordID: Int32?
        if !hasUpper {
            let (known, id) = vocabulary.word(raw)
            word = known
            wordID = id
        } else if isASCII {
            // ASCII lowercasing is A–Z only (a backquote stays for the straightening below).
            (word, wordID) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { buffer in
                for (position, byte) in raw.enumerated() {
                    buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return vocabulary.word(UnsafeBufferPointer(buffer))
            }
        } else {
            word = String(decoding: raw, as: UTF8.self).lowercased()
        }
        if needsStraightening, word.unicodeScalars.contains(where: { isApostrophe($0) && $0 != "'" }) {
            word = String(String.UnicodeScalarView(word.unicodeScalars.map { isApostrophe($0) ? "'" : $0 }))
            wordID = nil
        }
        let first = Self.scalar(at: startIndex, bytes).0
        // ASCII has no uppercase letters outside A–Z.
        let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        // Appends in place (a helper returning the Token made the compiler copy it).
        func add(_ norm: String, _ from: Int, _ to: Int, _ start: Int, _ end: Int, _ lineBreak: Bool, id: Int32? = nil) {
            tokens.append(Token(
                norm: norm, id: id ?? vocabulary.id(norm), kind: .word, start: start, end: end, utf8Start: from, utf8End: to,
                afterLineBreak: lineBreak, capitalised: capitalised && from == startIndex))
        }
        // Plain lowercase ASCII (most words): the word is `raw`'s bytes, and
        // a shape filter on them rules most words out without a look-up.
        if let wordID, wordID >= 0 {
            // A vocabulary word: whether it expands, and into which words,
            // was settled once (`TokenVocabulary.expansionOf`).
            let expansion = Int(vocabulary.expansionOf[Int(wordID)])
            if expansion >= 0 {
                for (position, part) in vocabulary.expansions[expansion].enumerated() {
                    add(part.norm, startIndex, endIndex, start, end, afterLineBreak && position == 0, id: part.id)
                }
                return
            }
        } else if hasUpper || Contractions.mayExpand(raw), let parts = Contractions.expand(word) {
            for (position, part) in parts.enumerated() {
                add(part, startIndex, endIndex, start, end, afterLineBreak && position == 0)
            }
            return
        }
        if hasApostrophe || needsStraightening, isASCII,
            let (stem, stemID, clitic, length) = asciiClitic(of: word, vocabulary)
        {
            // The same split as below, on the bytes of an ASCII word (a clitic
            // is as many bytes as scalars there).
            let split = endIndex - length
            add(stem, startIndex, split, start, end - length, afterLineBreak, id: stemID)
            add(clitic, split, endIndex, end - length, end, false)
        } else if hasApostrophe || needsStraightening, let (stem, clitic, length) = Contractions.clitic(of: word) {
            // Only a word with an apostrophe (straight, or straightened from
            // a curly one or a backquote) can carry a clitic.
            // Clitics are `length` scalars in the original text too (a curly
            // apostrophe is one scalar of three bytes): step back that many.
            var split = endIndex
            for _ in 0..<length { split = scalarStart(before: split, bytes) }
            add(stem, startIndex, split, start, end - length, afterLineBreak)
            add(clitic, split, endIndex, end - length, end, false)
        } else {
            add(word, startIndex, endIndex, start, end, afterLineBreak, id: wordID)
        }
    }

    private static let wouldID = TokenVocabulary.shared.id("would")
    private static let isID = TokenVocabulary.shared.id("is")

    /// `Contractions.clitic(of: word)` for an ASCII word, by its bytes, with
    /// the stem's vocabulary id.
    private static func asciiClitic(
        of word: String, _ vocabulary: TokenVocabulary
    ) -> (stem: String, stemID: Int32, norm: String, length: Int)? {
        var word = word
        return word.withUTF8 { bytes in
            guard let (stemLength, replacement, norm, length) = Contractions.asciiClitic(of: bytes) else { return nil }
            if let replacement { return (replacement, vocabulary.id(replacement), norm, length) }
            let (stem, id) = vocabulary.word(UnsafeBufferPointer(rebasing: bytes[0..<stemLength]))
            return (stem, id, norm, length)
        }
    }

    /// "'d" and "'s" are settled by the word after them: "I'd been" is
    /// "had", "she's been" is "has".
    private static func fixAmbiguousClitics(_ tokens: inout [Token], _ vocabulary: TokenVocabulary) {
        guard tokens.count > 1 else { return }
        // Decided in place through the buffer (no Token copied per read),
        // then applied: a decision reads only the clitic and the words after
        // it, never an earlier replacement.
        var replacements: [(position: Int, norm: String)] = []
        // A token's norm is "would" or "is" exactly when its id is theirs
        // (ids are looked up from the norm's bytes); -1 if either is not in
        // the vocabulary, and then every two-scalar token is compared.
        let wouldID = Self.wouldID
        let isID = Self.isID
        let byID = wouldID >= 0 && isID >= 0
        tokens.withUnsafeBufferPointer { tokens in
            for position in 0..<(tokens.count - 1) {
                // Only a two-scalar clitic ("'d", "'s") can change: test that first.
                guard tokens[position].end - tokens[position].start == 2 else { continue }
                if byID, tokens[position].id != wouldID, tokens[position].id != isID { continue }
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
        }
        for (position, replacement) in replacements {
            let token = tokens[position]
            tokens[position] = Token(
                norm: replacement, id: vocabulary.id(replacement), kind: .word, start: token.start, end: token.end,
                utf8Start: token.utf8Start, utf8End: token.utf8End, afterLineBreak: token.afterLineBreak,
                capitalised: token.capitalised)
        }
    }

    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            // The common case, without a Unicode property lookup.
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
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
