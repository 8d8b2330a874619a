/// Splits a reply into tokens with offsets in Unicode scalars.
///
/// Written for chat-style replies: curly and straight apostrophes are the
/// same, contractions split into words, emoji stand alone, and names such as
/// "Zoë" or "Nguyễn" stay whole (letters and combining marks are word parts).
enum Tokenizer {
    static func tokenize(_ text: String) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4 + 2)
        var index = scalars.startIndex
        var offset = 0
        var afterLineBreak = false

        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                afterLineBreak = true
                scalars.formIndex(after: &index)
                offset += 1
                continue
            }
            if scalar == " " || (!scalar.isASCII || scalar.value < 0x20) && scalar.properties.isWhitespace {
                scalars.formIndex(after: &index)
                offset += 1
                continue
            }
            let startIndex = index
            let start = offset
            if isWordPart(scalar) || (isApostrophe(scalar) && startsLeadingClitic(scalars, after: index)) {
                // A word runs over letters, digits and marks, and over an
                // apostrophe or hyphen (or a '.'/':' between digits) joining two of them.
                scalars.formIndex(after: &index)
                offset += 1
                while index < scalars.endIndex {
                    let current = scalars[index]
                    if isWordPart(current) {
                        scalars.formIndex(after: &index)
                        offset += 1
                        continue
                    }
                    let next = scalars.index(after: index)
                    guard next < scalars.endIndex, isWordPart(scalars[next]) else { break }
                    let previous = scalars[scalars.index(before: index)]
                    let joins = isApostrophe(current) || isHyphen(current)
                        || ((current == "." || current == ":" || current == ",")
                            && isDigit(previous) && isDigit(scalars[next]))
                    guard joins else { break }
                    scalars.formIndex(after: &index)
                    offset += 1
                }
                appendWord(
                    in: scalars, from: startIndex, to: index, start: start, end: offset,
                    afterLineBreak: afterLineBreak, to: &tokens)
            } else if isEmojiPart(scalar) {
                // An emoji sequence (skin tones, joiners, flags) is one symbol.
                scalars.formIndex(after: &index)
                offset += 1
                while index < scalars.endIndex, isEmojiPart(scalars[index]) || isEmojiJoiner(scalars[index]) {
                    scalars.formIndex(after: &index)
                    offset += 1
                }
                tokens.append(Token(
                    norm: String(scalars[startIndex..<index]), kind: .symbol, start: start, end: offset,
                    startIndex: startIndex, endIndex: index, afterLineBreak: afterLineBreak, capitalised: false))
            } else {
                // Punctuation: a run of dots is one ellipsis, every other mark stands alone.
                scalars.formIndex(after: &index)
                offset += 1
                var norm = String(isApostrophe(scalar) ? "'" : Character(scalar))
                if scalar == "." {
                    while index < scalars.endIndex, scalars[index] == "." {
                        scalars.formIndex(after: &index)
                        offset += 1
                    }
                    if offset - start > 1 { norm = "…" }
                }
                tokens.append(Token(
                    norm: norm, kind: isEmojiJoiner(scalar) ? .symbol : .punctuation, start: start, end: offset,
                    startIndex: startIndex, endIndex: index, afterLineBreak: afterLineBreak, capitalised: false))
            }
            afterLineBreak = false
        }
        fixAmbiguousClitics(&tokens)
        return tokens
    }

    /// Lowercases the word, straightens apostrophes and splits contractions.
    private static func appendWord(
        in scalars: String.UnicodeScalarView, from startIndex: String.Index, to endIndex: String.Index,
        start: Int, end: Int, afterLineBreak: Bool, to tokens: inout [Token]
    ) {
        var word = String(scalars[startIndex..<endIndex])
        // One pass over the bytes: plain lowercase ASCII (most words) needs
        // neither lowercasing nor apostrophe straightening.
        var hasUpper = false
        var needsStraightening = false
        for byte in word.utf8 {
            if byte >= 0x41 && byte <= 0x5A {
                hasUpper = true
            } else if byte >= 0x80 || byte == 0x60 {
                hasUpper = true
                needsStraightening = true
            }
        }
        if hasUpper { word = word.lowercased() }
        if needsStraightening, word.unicodeScalars.contains(where: { isApostrophe($0) && $0 != "'" }) {
            word = String(String.UnicodeScalarView(word.unicodeScalars.map { isApostrophe($0) ? "'" : $0 }))
        }
        let first = scalars[startIndex]
        // ASCII has no uppercase letters outside A–Z.
        let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        func token(_ norm: String, _ from: String.Index, _ to: String.Index, _ start: Int, _ end: Int, _ lineBreak: Bool) -> Token {
            Token(
                norm: norm, kind: .word, start: start, end: end, startIndex: from, endIndex: to,
                afterLineBreak: lineBreak, capitalised: capitalised && from == startIndex)
        }
        if let parts = Contractions.expand(word) {
            for (position, part) in parts.enumerated() {
                tokens.append(token(part, startIndex, endIndex, start, end, afterLineBreak && position == 0))
            }
        } else if let (stem, clitic, length) = Contractions.clitic(of: word) {
            // Clitics are ASCII, so their scalar length is the same in the original text.
            let split = scalars.index(endIndex, offsetBy: -length)
            tokens.append(token(stem, startIndex, split, start, end - length, afterLineBreak))
            tokens.append(token(clitic, split, endIndex, end - length, end, false))
        } else {
            tokens.append(token(word, startIndex, endIndex, start, end, afterLineBreak))
        }
    }

    /// "'d" and "'s" are settled by the word after them: "I'd been" is
    /// "had", "she's been" is "has".
    private static func fixAmbiguousClitics(_ tokens: inout [Token]) {
        guard tokens.count > 1 else { return }
        for position in 0..<(tokens.count - 1) {
            // Only a two-scalar clitic ("'d", "'s") can change: test that first.
            guard tokens[position].end - tokens[position].start == 2 else { continue }
            let token = tokens[position]
            let next = tokens[position + 1].norm
            var replacement: String?
            if token.norm == "would", Contractions.pastParticiplesAfterHad.contains(next) {
                replacement = "had"
            } else if token.norm == "would", Contractions.adverbsBeforeParticiple.contains(next),
                position + 2 < tokens.count, Contractions.looksLikeParticiple(tokens[position + 2].norm) {
                // "I'd never seen" is "had"; "I'd never do that" stays "would".
                replacement = "had"
            } else if token.norm == "is", next == "been" || next == "got" || next == "gotten" {
                replacement = "has"
            }
            if let replacement {
                tokens[position] = Token(
                    norm: replacement, kind: .word, start: token.start, end: token.end,
                    startIndex: token.startIndex, endIndex: token.endIndex, afterLineBreak: token.afterLineBreak,
                    capitalised: token.capitalised)
            }
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
        scalar.properties.generalCategory == .decimalNumber
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
    private static func startsLeadingClitic(_ scalars: String.UnicodeScalarView, after index: String.Index) -> Bool {
        if index > scalars.startIndex, isWordPart(scalars[scalars.index(before: index)]) { return false }
        var cursor = scalars.index(after: index)
        var word = ""
        while cursor < scalars.endIndex, isWordPart(scalars[cursor]), word.unicodeScalars.count < 6 {
            word.unicodeScalars.append(scalars[cursor])
            scalars.formIndex(after: &cursor)
        }
        if cursor < scalars.endIndex, isWordPart(scalars[cursor]) || isApostrophe(scalars[cursor]) { return false }
        return leadingClitics.contains(word.lowercased())
    }

    private static let leadingClitics: Set<String> = ["cause", "em", "til", "bout", "cos"]
}
