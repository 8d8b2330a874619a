/// Spoken-language noise that transcripts keep and rules should not see:
/// fillers ("um", "uh"), discourse "like", "you know" and "I mean" set off by
/// commas, and restarts ("it's, it's really hard", "I, I don't").
///
/// Transcribed counselling talk is full of them, and a rule written for "I
/// was wondering if you could…" should fire on "I was wondering, um, if you
/// could…" too. The tokens are dropped, not rewritten, so every remaining
/// token keeps its offsets into the reply and evidence still quotes the
/// user's own words.
enum Disfluency {
    /// Fillers that are never content.
    static let fillers: Set<String> = [
        "um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "ehm", "hmm", "hmmm", "mm", "mmm",
    ]

    static func removed(from tokens: [Token]) -> [Token] {
        // Most replies have none of these: one cheap pass decides (a byte
        // test per word, a string compare only for the few that pass it).
        guard tokens.contains(where: mayStartNoise) else { return tokens }

        // Built only from the first drop on: a reply with commas but no noise
        // (most of them) is handed back untouched, with no copy.
        var kept: [Token] = []
        var copying = false
        var position = 0
        func norm(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].norm : "" }
        func atClauseStart(_ index: Int) -> Bool {
            // Start of the reply, after a sentence mark or a comma, or after an opener ("so, like,").
            guard index > 0 else { return true }
            let before = tokens[index - 1]
            return !before.isWord || ParsedText.openerTable.contains(before.norm)
        }
        func startCopying() {
            guard !copying else { return }
            copying = true
            kept.reserveCapacity(tokens.count)
            kept.append(contentsOf: tokens[0..<position])
        }
        func dropAdjacentCommas(skipping count: Int) {
            // "X, um, Y" → "X Y"; "um, Y" → "Y"; "X, you know." → "X."
            startCopying()
            let next = position + count
            if let last = kept.last, last.norm == ",", next < tokens.count, tokens[next].norm == "," || !tokens[next].isWord {
                kept.removeLast()
            }
            position = next
            if position < tokens.count, tokens[position].norm == "," { position += 1 }
        }
        while position < tokens.count {
            let token = tokens[position]
            guard token.isWord else {
                if copying { kept.append(token) }
                position += 1
                continue
            }
            let word = token.norm
            if fillers.contains(word) {
                dropAdjacentCommas(skipping: 1)
                continue
            }
            let next = norm(position + 1)
            // Discourse "like", set off by commas: "it was, like, so awkward".
            if word == "like", next == ",", position > 0, norm(position - 1) == "," || atClauseStart(position) {
                dropAdjacentCommas(skipping: 1)
                continue
            }
            // "you know," / "I mean," opening a clause or set off by commas.
            if (word == "you" && next == "know") || (word == "i" && next == "mean") {
                let after = position + 2 < tokens.count ? tokens[position + 2] : nil
                let closes = after.map { !$0.isWord } ?? true
                if closes, atClauseStart(position) {
                    dropAdjacentCommas(skipping: 2)
                    continue
                }
            }
            // A restart: the same one to three words again after a comma or dash.
            if let length = restartLength(tokens, at: position) {
                startCopying()
                position += length + 1
                continue
            }
            if copying { kept.append(token) }
            position += 1
        }
        return copying ? kept : tokens
    }

    /// "it is , it is", "i , i", "we — we": the first copy and its mark.
    private static func restartLength(_ tokens: [Token], at position: Int) -> Int? {
        for length in 1...3 {
            let mark = position + length
            let copy = mark + 1
            guard copy + length <= tokens.count else { return nil }
            guard !tokens[mark].isWord, restartMarks.contains(tokens[mark].norm) else { continue }
            var same = true
            for offset in 0..<length where !(tokens[position + offset].isWord && tokens[position + offset].norm == tokens[copy + offset].norm) {
                same = false
                break
            }
            if same { return length }
        }
        return nil
    }

    /// Could this token begin a filler, "like", "you know", "I mean", or
    /// sit between the two copies of a restart?
    private static func mayStartNoise(_ token: Token) -> Bool {
        guard token.isWord else {
            // A comma or dash may separate a restart ("it's, it's").
            return token.kind == .punctuation && restartMarks.contains(token.norm)
        }
        var norm = token.norm
        return norm.withUTF8 { bytes in
            guard bytes.count <= 5, let first = bytes.first else { return false }
            switch first {
            case UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "l"),
                UInt8(ascii: "k"):
                return true
            default:
                return false
            }
        } && (fillers.contains(token.norm) || token.norm == "like" || token.norm == "know" || token.norm == "mean")
    }

    private static let restartMarks: Set<String> = [",", "-", "—", "–", "..."]
}
