/// A sentence of a reply, as a range of its tokens.
struct Sentence: Sendable {
    /// Token positions, including the closing punctuation.
    let tokens: Range<Int>
    /// It ends with a question mark ("?!" and "??" count).
    let endsWithQuestionMark: Bool
}

/// Splits tokens into sentences at '.', '!', '?', '…' and line breaks.
enum SentenceSplitter {
    static func split(_ tokens: TokenList) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(4)
        split(tokens, into: &sentences)
        return sentences
    }

    /// Appends the sentences to `sentences` (an emptied array whose capacity is reused).
    static func split(_ tokens: TokenList, into sentences: inout [Sentence]) {
        tokens.withUnsafeBufferPointer { split($0, into: &sentences) }
    }

    /// Tokens read in place through the buffer (no Token copied per read),
    /// marks compared by their bytes (`markCode`).
    static func split(_ tokens: TokenBuffer, into sentences: inout [Sentence]) {
        var start = 0
        var position = 0
        while position < tokens.count {
            if tokens[position].afterLineBreak, position > start {
                sentences.append(make(start..<position, tokens))
                start = position
            } else if tokens[position].capitalised, position > start, tokens[position - 1].isWord,
                !tokens[position - 1].capitalised, opensUnmarkedQuestion(at: position, tokens)
            {
                // Text without punctuation (speech recognition, quick chat):
                // a capitalised question word, or an auxiliary with its
                // subject, straight after a word opens a sentence ("…ends up
                // scrubbing it Could we agree on a rota"). Punctuated text
                // never has one there; a name does ("ask Will about it"),
                // but without the subject after it. (Next to another capital,
                // as in text in capitals, a capital tells nothing.)
                sentences.append(make(start..<position, tokens))
                start = position
            }
            if tokens[position].isPunctuation, endsSentence(at: position, tokens) {
                // Keep a run of closing marks ("?!", "!!", a closing quote) with the sentence.
                var end = position + 1
                while end < tokens.count, tokens[end].isPunctuation, !tokens[end].afterLineBreak,
                    tokens.norm(end, has: TextFlags.closingMark, orIsIn: closingMarkTable)
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
    }

    /// A mark's UTF-8 bytes (at most three) packed with its length, or 0 for
    /// anything longer: punctuation and symbol tokens compared as integers.
    /// (A mark is one scalar, or "…" for a run of dots, so comparing bytes
    /// is comparing the strings.)
    @inline(__always)
    private static func markCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard bytes.count <= 3 else { return 0 }
        var code = UInt32(bytes.count) << 24
        for (index, byte) in bytes.enumerated() { code |= UInt32(byte) << (16 - 8 * UInt32(index)) }
        return code
    }

    /// Token `position`'s `markCode`, from its norm's bytes (no String made).
    @inline(__always)
    private static func markCode(_ tokens: TokenBuffer, _ position: Int) -> UInt32 {
        markCode(tokens.normBytes(position))
    }

    // The codes of the marks, as constants (no lazy global per look):
    // length << 24, then the bytes.
    private static var questionCode: UInt32 { 0x013F_0000 }  // "?"
    private static var fullwidthQuestionCode: UInt32 { 0x03EF_BC9F }  // "？" EF BC 9F
    private static var exclamationCode: UInt32 { 0x0121_0000 }  // "!"
    private static var fullwidthExclamationCode: UInt32 { 0x03EF_BC81 }  // "！" EF BC 81
    private static var ideographicStopCode: UInt32 { 0x03E3_8082 }  // "。" E3 80 82
    private static var stopCode: UInt32 { 0x012E_0000 }  // "."
    private static var ellipsisCode: UInt32 { 0x03E2_80A6 }  // "…" E2 80 A6

    private static func make(_ range: Range<Int>, _ tokens: TokenBuffer) -> Sentence {
        var question = false
        var position = range.upperBound - 1
        while position >= range.lowerBound, tokens[position].kind != .word {
            let code = markCode(tokens, position)
            if code == questionCode || code == fullwidthQuestionCode { question = true }
            position -= 1
        }
        return Sentence(tokens: range, endsWithQuestionMark: question)
    }

    private static func endsSentence(at position: Int, _ tokens: TokenBuffer) -> Bool {
        let code = markCode(tokens, position)
        if code == questionCode || code == exclamationCode || code == fullwidthQuestionCode
            || code == fullwidthExclamationCode || code == ideographicStopCode
        {
            return true
        }
        if code == stopCode {
            // "Dr. Okafor" and "Mrs. Patel" do not end a sentence.
            if position > 0, tokens.norm(position - 1, has: TextFlags.abbreviation, orIsIn: abbreviationTable) { return false }
            return true
        }
        if code == ellipsisCode {
            // "I just… don't know" goes on; an ellipsis before a capital or the end closes.
            guard position + 1 < tokens.count else { return true }
            guard tokens[position + 1].isWord else { return true }
            return tokens[position + 1].afterLineBreak
                || (tokens[position + 1].capitalised && !tokens.norm(position + 1, is: "i"))
        }
        return false
    }

    private static func opensUnmarkedQuestion(at position: Int, _ tokens: TokenBuffer) -> Bool {
        // A word must follow, in lower case unless it is "I": "You did
        // WHAT?" and "IF I WERE YOU" are one sentence each.
        guard position + 1 < tokens.count, tokens[position + 1].isWord,
            !tokens[position + 1].capitalised || tokens.norm(position + 1, is: "i")
        else { return false }
        return tokens.norm(position, isIn: questionWordTable)
            || (tokens.norm(position, isIn: WordClasses.questionAuxiliaryTable)
                && tokens.norm(position + 1, isIn: WordClasses.questionSubjectTable))
    }

    private static let questionWordTable = WordTable(["what", "why", "how", "when", "where", "who", "which"])
    static let closingMarkTable = WordTable(closingMarks)
    static let abbreviationTable = WordTable(abbreviations)
    static let closingMarks: Set<String> = ["?", "!", ".", "…", "\"", "'", ")", "”", "？", "！"]
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "prof", "vs", "etc", "jr", "sr", "mt"]
}
