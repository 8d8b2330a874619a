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
        // Backchannels: a listener's "I'm following", not a reply's content
        // ("Mm-hmm. I never said useless!" still denies the charge).
        "mhm", "hm", "mmhmm", "mmhm", "mm-hmm", "mm-hm", "mmm-hmm", "m-hm", "uh-huh", "um-hum", "uh-hum", "uh-hm",
    ]

    /// A word of six or seven bytes opening with "m" or "u" and with a
    /// hyphen among its first four: the only fillers longer than five bytes
    /// ("mm-hmm", "uh-huh", "mmm-hmm").
    @inline(__always)
    static func mayBeHyphenatedBackchannel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 6 || bytes.count == 7, bytes[0] == UInt8(ascii: "m") || bytes[0] == UInt8(ascii: "u") else {
            return false
        }
        return bytes[1] == UInt8(ascii: "-") || bytes[2] == UInt8(ascii: "-") || bytes[3] == UInt8(ascii: "-")
    }

    /// `fillers` and the restart marks as byte tables: these words and marks
    /// are ASCII or have no other canonically equal spelling, so a byte
    /// look-up gives the same answers as the `Set<String>`s, without hashing
    /// a String per token.
    private static let fillerTable = WordTable(fillers)
    private static let restartMarkTable = WordTable(restartMarks)

    static func removed(from tokens: TokenList) -> TokenList {
        // The tokenizer saw nothing this pass could act on (most replies).
        // Speaker labels and stage directions first: "[pause] um, so…" then
        // opens with its filler.
        let tokens = tokens.mayHaveTranscriptMarks ? TranscriptMarks.removed(from: tokens) : tokens
        guard tokens.mayHaveDisfluency else { return tokens }
        return tokens.withUnsafeBufferPointer { removed(from: tokens, buffer: $0) }
    }

    /// Reads tokens through `buffer` (`tokens`' storage): fields and norms
    /// are loaded in place, with no copy of a whole token per look.
    private static func removed(from tokens: TokenList, buffer: TokenBuffer) -> TokenList {
        // Most replies have none of these: one cheap pass decides (a byte
        // test per word, a table look-up only for the few that pass it).
        // Noise is possible only with a filler, "like", "know" or "mean", or
        // with a restart, which needs a mark (one a comma or dash) whose
        // next word is also one of the one to three words before it.
        var mayHaveNoise = false
        var sawMark = false
        var restartCandidate = false
        // (The pass goes on to the end: `restartCandidate` also tells the
        // main loop whether any restart is possible at all.)
        // A vocabulary word's answers were found once (`TextFlags`); a mark
        // outside the vocabulary is tested by its bytes.
        let fillerTable = self.fillerTable
        let restartMarkTable = self.restartMarkTable
        for index in 0..<buffer.count {
            if buffer[index].isWord {
                if !mayHaveNoise, buffer[index].id >= 0 ? buffer.norm(index, has: TextFlags.noise, orIsIn: fillerTable) : mayStartNoise(buffer, index) {
                    mayHaveNoise = true
                }
                continue
            }
            guard buffer[index].id >= 0
                ? buffer.norm(index, has: TextFlags.restartMark, orIsIn: restartMarkTable)
                : isRestartMark(buffer.normBytes(index))
            else { continue }
            if buffer[index].kind == .punctuation { sawMark = true }
            guard !restartCandidate, index + 1 < buffer.count else { continue }
            for length in 1...3 where index - length >= 0 {
                if buffer[index - length].isWord, buffer.sameNorm(index - length, index + 1) {
                    restartCandidate = true
                    break
                }
            }
        }
        guard mayHaveNoise || (sawMark && restartCandidate) else { return tokens }

        // Built only from the first drop on: a reply with commas but no noise
        // (most of them) is handed back untouched, with no copy.
        var kept: [Token] = []
        var copying = false
        var position = 0
        // Norms compared by their bytes (`TokenBuffer.norm(_:is:)`); past either end, "".
        func norm(_ index: Int, is word: StaticString) -> Bool {
            index >= 0 && index < buffer.count && buffer.norm(index, is: word)
        }
        func atClauseStart(_ index: Int) -> Bool {
            // Start of the reply, after a sentence mark or a comma, or after an opener ("so, like,").
            guard index > 0 else { return true }
            // A vocabulary word's answer was found once (`TextFlags`).
            return !buffer[index - 1].isWord || buffer.norm(index - 1, has: TextFlags.opener, orIsIn: ParsedText.openerTable)
        }
        func startCopying() {
            guard !copying else { return }
            copying = true
            kept.reserveCapacity(tokens.count)
            kept.append(contentsOf: tokens.tokens[0..<position])
        }
        func dropAdjacentCommas(skipping count: Int) {
            // "X, um, Y" → "X Y"; "um, Y" → "Y"; "X, you know." → "X."
            startCopying()
            let next = position + count
            if let last = kept.last, buffer.norm(of: last) == ",", next < buffer.count, buffer.norm(next, is: ",") || !buffer[next].isWord {
                kept.removeLast()
            }
            position = next
            if position < buffer.count, buffer.norm(position, is: ",") { position += 1 }
        }
        // The words the checks below name, by id (-1 when not in the
        // vocabulary: then no vocabulary word is that word).
        let (likeID, youID, iID) = Self.namedIDs
        while position < buffer.count {
            guard buffer[position].isWord else {
                if copying { kept.append(buffer[position]) }
                position += 1
                continue
            }
            // Most words: a vocabulary word that is not a filler, "like",
            // "you" or "i" (its norm is its vocabulary word, and an ASCII one
            // equals those words only by its bytes, i.e. by its id), with no
            // restart possible, is kept with no norm compared. (Some 50
            // instructions a word, for 70 % of replies.)
            let id = buffer[position].id
            if id >= 0, !restartCandidate, id != likeID, id != youID, id != iID,
                buffer.vocabularyFlags(position) & (TextFlags.filler | TextFlags.nonASCII) == 0
            {
                if copying { kept.append(buffer[position]) }
                position += 1
                continue
            }
            // A vocabulary word's answer was found once (`TextFlags`): no
            // look-up per word.
            if buffer.norm(position, has: TextFlags.filler, orIsIn: fillerTable) {
                // A sentence of a filler alone ("Mm-hmm.", "Um.") goes with
                // its stop: what follows opens the reply, as it would
                // without it. ("Hmm?" asks: kept.)
                if position + 1 < buffer.count, norm(position + 1, is: ".") || norm(position + 1, is: "!") || norm(position + 1, is: "…"),
                    position == 0 || buffer[position].afterLineBreak || norm(position - 1, is: ".") || norm(position - 1, is: "!")
                        || norm(position - 1, is: "?") || norm(position - 1, is: "…")
                {
                    startCopying()
                    position += 2
                    continue
                }
                dropAdjacentCommas(skipping: 1)
                continue
            }
            // Discourse "like", set off by commas: "it was, like, so awkward".
            if buffer.norm(position, is: "like"), norm(position + 1, is: ","), position > 0,
                norm(position - 1, is: ",") || atClauseStart(position)
            {
                dropAdjacentCommas(skipping: 1)
                continue
            }
            // "you know," / "I mean," opening a clause or set off by commas.
            if (buffer.norm(position, is: "you") && norm(position + 1, is: "know"))
                || (buffer.norm(position, is: "i") && norm(position + 1, is: "mean"))
            {
                let closes = position + 2 < buffer.count ? !buffer[position + 2].isWord : true
                if closes, atClauseStart(position) {
                    dropAdjacentCommas(skipping: 2)
                    continue
                }
            }
            // A restart: the same one to three words again after a comma or dash.
            if restartCandidate, let length = restartLength(buffer, at: position) {
                startCopying()
                position += length + 1
                continue
            }
            if copying { kept.append(buffer[position]) }
            position += 1
        }
        return copying ? tokens.replacing(tokens: kept) : tokens
    }

    /// The ids of "like", "you" and "i" (-1 for one not in the vocabulary),
    /// in one static: one lazy-initialisation check a reply.
    private static let namedIDs: (like: Int32, you: Int32, i: Int32) = {
        let vocabulary = TokenVocabulary.shared
        return (vocabulary.id("like"), vocabulary.id("you"), vocabulary.id("i"))
    }()

    /// "it is , it is", "i , i", "we — we": the first copy and its mark.
    private static func restartLength(_ tokens: TokenBuffer, at position: Int) -> Int? {
        for length in 1...3 {
            let mark = position + length
            let copy = mark + 1
            guard copy + length <= tokens.count else { return nil }
            guard !tokens[mark].isWord, tokens.norm(mark, isIn: restartMarkTable) else { continue }
            var same = true
            for offset in 0..<length
            where !(tokens[position + offset].isWord && tokens.sameNorm(position + offset, copy + offset)) {
                same = false
                break
            }
            if same { return length }
        }
        return nil
    }

    /// `restartMarkTable.contains(bytes)` without hashing: ",", "-", "—",
    /// "–" or "...".
    @inline(__always)
    private static func isRestartMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 1:
            return bytes[0] == UInt8(ascii: ",") || bytes[0] == UInt8(ascii: "-")
        case 3:
            // "—" is E2 80 94, "–" is E2 80 93.
            if bytes[0] == 0xE2, bytes[1] == 0x80 { return bytes[2] == 0x94 || bytes[2] == 0x93 }
            return bytes[0] == UInt8(ascii: ".") && bytes[1] == UInt8(ascii: ".") && bytes[2] == UInt8(ascii: ".")
        default:
            return false
        }
    }

    private static let noiseFlag = TextFlags.noise
    private static let restartMarkFlag = TextFlags.restartMark

    /// `TextFlags.noise` when `word` passes `mayStartNoise` (and
    /// `TextFlags.filler` too for a filler), `TextFlags.restartMark` when it
    /// is a restart mark: kept for every vocabulary word.
    static func flags(of word: String) -> UInt8 {
        var flags: UInt8 = 0
        let utf8 = word.utf8
        if utf8.count > 5, fillerTable.contains(word) {
            flags |= noiseFlag | TextFlags.filler
        } else if utf8.count <= 5, let first = utf8.first {
            switch first {
            case UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "l"),
                UInt8(ascii: "k"):
                if fillerTable.contains(word) {
                    flags |= noiseFlag | TextFlags.filler
                } else if word == "like" || word == "know" || word == "mean" {
                    flags |= noiseFlag
                }
            default:
                break
            }
        }
        if restartMarkTable.contains(word) { flags |= restartMarkFlag }
        return flags
    }

    /// Could word `index` be a filler, "like", or end "you know" / "I mean"?
    private static func mayStartNoise(_ tokens: TokenBuffer, _ index: Int) -> Bool {
        // By the norm's bytes: no String made. (Every word tested here is
        // ASCII, and a non-ASCII norm never starts with these bytes.)
        let bytes = tokens.normBytes(index)
        if mayBeHyphenatedBackchannel(bytes) { return fillerTable.contains(bytes) }
        guard bytes.count <= 5, let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "l"),
            UInt8(ascii: "k"):
            return fillerTable.contains(bytes) || tokens.norm(index, is: "like") || tokens.norm(index, is: "know")
                || tokens.norm(index, is: "mean")
        default:
            return false
        }
    }

    static let restartMarks: Set<String> = [",", "-", "—", "–", "..."]
}
