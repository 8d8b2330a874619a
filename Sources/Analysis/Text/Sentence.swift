/// A sentence of a reply, as a range of its tokens.
struct Sentence: Sendable {
    /// Token positions, including the closing punctuation.
    let tokens: Range<Int>
    /// It ends with a question mark ("?!" and "??" count).
    let endsWithQuestionMark: Bool
}

/// Splits tokens into sentences at '.', '!', '?', '…' and line breaks.
enum SentenceSplitter {
    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var position = 0
        while position < tokens.count {
            // Fields read in place: binding the token would copy it.
            if tokens[position].afterLineBreak, position > start {
                sentences.append(make(start..<position, tokens))
                start = position
            }
            if tokens[position].isPunctuation, endsSentence(at: position, tokens) {
                // Keep a run of closing marks ("?!", "!!", a closing quote) with the sentence.
                var end = position + 1
                while end < tokens.count, tokens[end].isPunctuation, !tokens[end].afterLineBreak,
                    closingMarkTable.contains(tokens[end].norm)
                {
                    end += 1
                }
                sentences.append(make(start..<end, tokens))
                start = end
                position = end
                continue
            }
            position += 1
        }
        if start < tokens.count { sentences.append(make(start..<tokens.count, tokens)) }
        return sentences
    }

    private static func make(_ range: Range<Int>, _ tokens: [Token]) -> Sentence {
        var question = false
        var position = range.upperBound - 1
        while position >= range.lowerBound, tokens[position].kind != .word {
            if tokens[position].norm == "?" || tokens[position].norm == "？" { question = true }
            position -= 1
        }
        return Sentence(tokens: range, endsWithQuestionMark: question)
    }

    private static func endsSentence(at position: Int, _ tokens: [Token]) -> Bool {
        // Every mark below starts with one of these bytes ("?", "!", ".",
        // and the lead bytes of "？", "！", "。", "…"): others are ruled out
        // without comparing strings.
        switch tokens[position].norm.utf8.first {
        case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), 0xEF, 0xE3, 0xE2: break
        default: return false
        }
        switch tokens[position].norm {
        case "?", "!", "？", "！", "。":
            return true
        case ".":
            // "Dr. Okafor" and "Mrs. Patel" do not end a sentence.
            if position > 0, abbreviationTable.contains(tokens[position - 1].norm) { return false }
            return true
        case "…":
            // "I just… don't know" goes on; an ellipsis before a capital or the end closes.
            guard position + 1 < tokens.count else { return true }
            let next = tokens[position + 1]
            guard next.isWord else { return true }
            return next.afterLineBreak || (next.capitalised && next.norm != "i")
        default:
            return false
        }
    }

    private static let closingMarkTable = WordTable(closingMarks)
    private static let abbreviationTable = WordTable(abbreviations)
    private static let closingMarks: Set<String> = ["?", "!", ".", "…", "\"", "'", ")", "”", "？", "！"]
    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "prof", "vs", "etc", "jr", "sr", "mt"]
}
