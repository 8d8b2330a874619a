/// What a transcript adds that nobody said: speaker labels ("T:", "Client:",
/// "MARIA:") and stage directions in brackets ("[laughs]", "[pause]",
/// "(inaudible)", "[00:12:31]", a leading "[drill: saying no]", chat's
/// "*sighs*").
///
/// Counselling transcripts are full of them, and a rule anchored at the
/// start of a sentence ("Can you tell me…", "Good question.") should fire on
/// "[pause] can you tell me who he was?" and "T: Good question." as well. The
/// tokens are dropped, not rewritten, like `Disfluency`'s fillers: every
/// remaining token keeps its offsets, so evidence still quotes the user's own
/// characters.
///
/// Kept, on purpose: a bracket that stands for words ("I told [name] about
/// it", "[redacted] said…") and parentheses that hold what someone wrote
/// ("(and I mean it)"): only a bracket at the start of a line, or one whose
/// every word is a stage direction, is dropped.
enum TranscriptMarks {
    /// Roles that label a speaker at the start of a line ("T:", "Client:").
    static let roles: Set<String> = [
        "t", "c", "th", "cl", "p", "pt", "co", "q", "a", "me", "them", "speaker", "therapist", "client", "counsellor",
        "counselor", "patient", "helper", "caller", "volunteer", "coach", "trainer", "trainee", "interviewer",
        "interviewee", "participant", "facilitator", "supervisor", "supervisee", "practitioner", "clinician",
        "worker", "advisor", "adviser", "mediator", "partner", "parent", "student", "user", "agent", "operator",
    ]

    /// Words a stage direction is made of ("long pause", "client laughs",
    /// "voice breaking", "crosstalk"): a bracket holding only these is dropped
    /// wherever it stands.
    static let directions: Set<String> = [
        "pause", "pauses", "paused", "pausing", "long", "short", "brief", "silence", "silent", "laughs", "laugh",
        "laughing", "laughter", "laughed", "chuckles", "chuckle", "chuckling", "giggles", "giggling", "sighs", "sigh",
        "sighing", "sighed", "crying", "cries", "cry", "sobbing", "sobs", "tearful", "tearing", "tears", "up",
        "inaudible", "unclear", "indistinct", "unintelligible", "crosstalk", "overlapping", "overlap", "talk",
        "talking", "interrupts", "interrupting", "interruption", "coughs", "cough", "coughing", "clears", "throat",
        "sniffs", "sniffles", "sniffing", "nods", "nodding", "smiles", "smiling", "shrugs", "groans", "exhales",
        "inhales", "breath", "breathes", "breathing", "deep", "sharply", "quietly", "softly", "heavily", "both",
        "client", "therapist", "counsellor", "counselor", "patient", "speaker", "helper", "caller", "voice",
        "breaking", "breaks", "cracks", "cracking", "shaky", "noise", "background", "phone", "rings", "ringing",
        "and", "a", "then", "again", "he", "she", "they", "sic", "hugs", "hug", "waves", "wave", "winks", "wink",
        "facepalm", "facepalms", "sob", "sniff", "grins", "grin", "blushes", "cringe", "cringes", "screams", "yawns",
    ]

    private static let roleTable = WordTable(roles)
    private static let directionTable = WordTable(directions)

    /// `tokens` without speaker labels and stage directions (the same list
    /// when it has none). Called only when the tokenizer saw a '[', '(',
    /// ':' or '*' (`TokenList.mayHaveTranscriptMarks`).
    static func removed(from tokens: TokenList) -> TokenList {
        tokens.withUnsafeBufferPointer { buffer in
            var dropped = [Bool](repeating: false, count: buffer.count)
            var any = false
            var index = 0
            while index < buffer.count {
                let lineStart = index == 0 || buffer[index].afterLineBreak
                if lineStart, let end = labelEnd(buffer, from: index) {
                    for position in index..<end { dropped[position] = true }
                    any = true
                    index = end
                    // A bracket may follow the label ("T: [laughs] yes").
                    if let close = bracketEnd(buffer, from: index, atLineStart: true) {
                        for position in index..<close { dropped[position] = true }
                        index = close
                    }
                    continue
                }
                if !buffer[index].isWord, let close = bracketEnd(buffer, from: index, atLineStart: lineStart) {
                    for position in index..<close { dropped[position] = true }
                    any = true
                    index = close
                    continue
                }
                // Emphasis: "I am *so* tired" is "I am so tired" (the marks go, the words stay).
                if !buffer[index].isWord, buffer.norm(index, is: "*"), let close = emphasisEnd(buffer, from: index) {
                    dropped[index] = true
                    dropped[close] = true
                    any = true
                    index = close + 1
                    continue
                }
                index += 1
            }
            guard any else { return tokens }
            var kept: [Token] = []
            kept.reserveCapacity(buffer.count)
            for position in 0..<buffer.count where !dropped[position] {
                // What followed a dropped run that opened a line now opens it
                // (sentences break at line starts).
                if position > 0, dropped[position - 1], opensLine(dropped, buffer, before: position) {
                    kept.append(buffer[position].with(afterLineBreak: true))
                } else {
                    kept.append(buffer[position])
                }
            }
            return tokens.replacing(tokens: kept)
        }
    }

    /// A speaker label starting at `start`: a role and up to two more words
    /// ("Speaker 2", "Client A"), or one capitalised word no rule names
    /// ("MARIA"), then ':' and a word after it. The position after the ':'.
    private static func labelEnd(_ buffer: TokenBuffer, from start: Int) -> Int? {
        guard start < buffer.count, buffer[start].isWord else { return nil }
        let first = buffer[start]
        // A name ("MARIA:", "Okafor:") is capitalised and a word no rule
        // names: "Sorry: I can't" and "No: not again" are not labels.
        let role = buffer.norm(start, isIn: roleTable)
        guard role || (first.capitalised && first.id < 0) else { return nil }
        var position = start + 1
        while position < buffer.count, position - start < 3, buffer[position].isWord, !buffer[position].afterLineBreak {
            position += 1
        }
        guard position < buffer.count, !buffer[position].isWord, buffer.norm(position, is: ":"),
            position + 1 < buffer.count, !buffer[position + 1].afterLineBreak
        else { return nil }
        // Only a role may be followed by more words ("Speaker 1:", "Client A:");
        // a name stands alone ("MARIA:"), so "Here is the thing:" is not a label.
        if position - start > 1, !role { return nil }
        return position + 1
    }

    /// A bracket opening at `start` that is a stage direction (or, at a
    /// line's start, any short square bracket: a speaker or drill tag). The
    /// position after its closing mark.
    private static func bracketEnd(_ buffer: TokenBuffer, from start: Int, atLineStart: Bool) -> Int? {
        guard start < buffer.count, !buffer[start].isWord else { return nil }
        let square: Bool
        let closing: StaticString
        if buffer.norm(start, is: "[") {
            square = true
            closing = "]"
        } else if buffer.norm(start, is: "(") {
            square = false
            closing = ")"
        } else if buffer.norm(start, is: "*") {
            // Chat's "*sighs*", "*hugs*" (but "*so* tired" stays: no direction).
            square = false
            closing = "*"
        } else {
            return nil
        }
        var position = start + 1
        var words = 0
        var allDirections = true
        while position < buffer.count, position - start <= 12 {
            if buffer[position].isWord {
                words += 1
                if !buffer.norm(position, isIn: directionTable), !isTimestamp(buffer.normBytes(position)) {
                    allDirections = false
                }
            } else if buffer.norm(position, is: closing) {
                guard words > 0 else { return nil }
                // A leading tag ("[trainer]") only with words after it.
                if allDirections || (square && atLineStart && position + 1 < buffer.count) {
                    return position + 1
                }
                return nil
            } else if buffer.norm(position, is: "[") || buffer.norm(position, is: "(") || buffer.norm(position, is: "*")
                || buffer[position].afterLineBreak
            {
                return nil
            } else if !(buffer.norm(position, is: ",") || buffer.norm(position, is: ":") || buffer.norm(position, is: "-")) {
                allDirections = false
            }
            position += 1
        }
        return nil
    }

    /// At a '*': the position of the '*' closing one to four words after it, or nil.
    private static func emphasisEnd(_ buffer: TokenBuffer, from start: Int) -> Int? {
        var position = start + 1
        while position < buffer.count, position - start <= 5, buffer[position].isWord, !buffer[position].afterLineBreak {
            position += 1
        }
        guard position > start + 1, position < buffer.count, buffer.norm(position, is: "*") else { return nil }
        return position
    }

    /// Digits with ':' or '.' ("00:12:31", "12.03"): a transcript's time stamp.
    private static func isTimestamp(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        return bytes.allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".")
        }
    }

    // The word model reads bytes, not tokens (`CueModel.scan`): the same
    // marks found in the bytes. (Kept simple and the same as
    // `Evaluation/train-cue-model.py`'s `strip_marks`: keep the two in step.)

    /// At `start` (a letter opening a line): the bytes of a speaker label
    /// through its ':' — a role ("T: ", "Client: ", "Speaker 2: ") or one
    /// word in capitals ("MARIA: "), followed by a space — or 0.
    static func labelLength(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let total = bytes.count
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        @inline(__always) func labelEnds(at colon: Int) -> Bool {
            colon + 1 < total && bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1] == 0x20
        }
        var end = start
        var capitals = true
        while end < total, isLetter(bytes[end]) {
            if bytes[end] & 0x20 != 0 { capitals = false }
            end += 1
        }
        guard end < total, end - start <= 12 else { return 0 }
        // The shape first (most lines have no ':' after their first word or two).
        var colon = end
        if bytes[end] == 0x20, end + 1 < total, isLetter(bytes[end + 1]) || isDigit(bytes[end + 1]) {
            colon = end + 1
            while colon < total, isLetter(bytes[colon]) || isDigit(bytes[colon]) { colon += 1 }
        }
        guard labelEnds(at: colon) else { return 0 }
        var lowered = [UInt8](repeating: 0, count: end - start)
        for offset in 0..<(end - start) { lowered[offset] = bytes[start + offset] | 0x20 }
        let role = lowered.withUnsafeBufferPointer { roleTable.contains($0) }
        // Only a role takes a second word ("Speaker 2:"); a name stands alone.
        if colon > end { return role ? colon + 1 - start : 0 }
        return role || (capitals && end - start >= 2) ? colon + 1 - start : 0
    }

    /// At `start` (a '[', '(' or '*'): the position after a square bracket
    /// of up to 40 bytes, or after a parenthesis or pair of asterisks of
    /// letters and spaces whose every word is a stage direction ("(long
    /// pause)", "*sighs*"), or 0.
    static func bracketEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let total = bytes.count
        if bytes[start] == UInt8(ascii: "[") {
            var position = start + 1
            while position < total, position - start <= 40 {
                switch bytes[position] {
                case UInt8(ascii: "]"): return position > start + 1 ? position + 1 : 0
                case UInt8(ascii: "["), 0x0A: return 0
                default: position += 1
                }
            }
            return 0
        }
        let closing = bytes[start] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "*")
        var position = start + 1
        var wordStart = position
        var any = false
        while position < total, position - start <= 30 {
            let byte = bytes[position]
            if (byte | 0x20) &- 0x61 < 26 {
                position += 1
                continue
            }
            guard byte == 0x20 || byte == closing else { return 0 }
            if position > wordStart {
                var lowered = [UInt8](repeating: 0, count: position - wordStart)
                for offset in 0..<(position - wordStart) { lowered[offset] = bytes[wordStart + offset] | 0x20 }
                guard lowered.withUnsafeBufferPointer({ directionTable.contains($0) }) else { return 0 }
                any = true
            }
            if byte == closing { return any ? position + 1 : 0 }
            position += 1
            wordStart = position
        }
        return 0
    }

    /// Whether the dropped run just before `position` began a line after
    /// other text (at the reply's start there is no line to break).
    private static func opensLine(_ dropped: [Bool], _ buffer: TokenBuffer, before position: Int) -> Bool {
        var start = position - 1
        while start > 0, dropped[start - 1] { start -= 1 }
        return start > 0 && buffer[start].afterLineBreak
    }
}
