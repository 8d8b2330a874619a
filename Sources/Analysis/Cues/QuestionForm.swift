/// The grammatical shape of a question, which decides open or closed.
///
/// Following MITI: an open question invites a wide answer ("what…", "how…",
/// "tell me about…"); a closed one asks for yes/no, a choice or a fact
/// ("did you…", "when…", "…, right?").
enum QuestionForm: UInt8, Equatable, Sendable {
    /// "what", "how", "why": invites elaboration.
    case openWh
    /// "who", "where", "when", "which", "how many", "what time": asks for a fact.
    case closedWh
    /// An inverted auxiliary: "do you…", "are you…", "can we…".
    case yesNo
    /// "can you tell me…", "would you say more…": yes/no in form, open in use.
    case invitation
    /// "how about…", "what if we…", "why don't we…": a proposal, not an inquiry.
    case suggestion
    /// "why don't you…", "why not…": advice in question form.
    case adviceQuestion
    /// A statement with a checking tag: "…, isn't it?", "…, right?".
    case tag
    /// A statement said as a question: "You're leaving?".
    case declarative

    /// The form of sentence `index`, or nil when it is not a question.
    /// A sentence without '?' counts only when it opens like a question.
    static func classify(sentence index: Int, in parsed: ParsedText) -> QuestionForm? {
        // Tokens read in place through the buffer: no Token copied per read.
        parsed.tokens.withUnsafeBufferPointer { classify(sentence: index, in: parsed, tokens: $0) }
    }

    static func classify(sentence index: Int, in parsed: ParsedText, tokens: TokenBuffer) -> QuestionForm? {
        let sentence = parsed.sentences[index]
        let end = sentence.tokens.upperBound
        func norm(_ position: Int) -> String { position < end ? tokens.norm(position) : "" }
        // `interrogative`, after its first test read from the token's id
        // where it has one (`TokenVocabulary.opensQuestion`): most clause
        // starts are ruled out without a look-up. Past the end, the first
        // word is "", which opens nothing.
        let opensQuestion = TokenVocabulary.shared.opensQuestion
        func interrogative(at start: Int, questionMark: Bool) -> QuestionForm? {
            guard start < end else { return nil }
            let id = Int(tokens[start].id)
            if id >= 0, !opensQuestion[id] { return nil }
            // Any other word by its bytes (the tables are byte tables): no String made.
            if id < 0, !Self.opensQuestion(bytes: tokens.normBytes(start)) { return nil }
            return Self.interrogative(at: start, norm: norm, questionMark: questionMark)
        }

        // A checking tag is a closed question whatever the statement before it.
        if sentence.endsWithQuestionMark, isTagged(sentence, tokens) { return .tag }

        // "And then what happened?", "Then what?": a narrative "then"
        // before the question word is not where the question starts.
        var contentStart = parsed.contentStart[index]
        if contentStart + 1 < end, tokens.norm(contentStart, is: "then") { contentStart += 1 }
        // A statement has one clause start to try: no array for it.
        guard sentence.endsWithQuestionMark else {
            return interrogative(at: contentStart, questionMark: false)
        }
        // The clause starts in order (the content start, then the first
        // non-opener after each clause break), each tried as it is found:
        // no array of them.
        if let form = interrogative(at: contentStart, questionMark: true) { return form }
        let openerTable = ParsedText.openerTable
        for position in sentence.tokens
        where !tokens[position].isWord && tokens.norm(position, isIn: clauseBreakTable, orCanonicallyIn: clauseBreaks) {
            var start = position + 1
            // `openerTable.contains(norm(start))`, by flag or bytes (no String made).
            while start < end, tokens.norm(start, has: TextFlags.opener, orIsIn: openerTable) { start += 1 }
            if start < end, let form = interrogative(at: start, questionMark: true) { return form }
        }
        return .declarative
    }

    /// `opensQuestion(_:)` for a word given by its UTF-8 bytes.
    static func opensQuestion(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        questionWordTable.contains(bytes) || WordClasses.questionAuxiliaryTable.contains(bytes)
    }

    /// Whether a clause opening with `word` may be a question (`interrogative`'s first test).
    static func opensQuestion(_ word: String) -> Bool {
        questionWordTable.contains(word) || WordClasses.questionAuxiliaryTable.contains(word)
    }

    private static func interrogative(at start: Int, norm: (Int) -> String, questionMark: Bool) -> QuestionForm? {
        let first = norm(start)
        // Every form below opens with a question word or an auxiliary: most
        // sentences are ruled out here, before any string comparison.
        guard opensQuestion(first) else { return nil }
        let second = norm(start + 1)
        let third = norm(start + 2)
        // Every case opens with a question word: an auxiliary ("do", "are")
        // skips the cases' string comparisons with one table look-up.
        if questionWordTable.contains(first) {
        switch first {
        case "how" where second == "about":
            return .suggestion
        case "what" where second == "if" && (third == "we" || third == "i"):
            return .suggestion
        case "why" where second == "not":
            return .adviceQuestion
        case "why" where second == "do" && third == "not":
            let subject = norm(start + 3)
            return subject == "we" ? .suggestion : .adviceQuestion
        case "how" where second == "come":
            return .openWh
        case "how" where has(factualHowTable, factualHow, second), "what" where has(factualWhatTable, factualWhat, second):
            guard questionMark || WordClasses.questionAuxiliaryTable.contains(third)
                || WordClasses.questionAuxiliaryTable.contains(norm(start + 3))
            else { return nil }
            return .closedWh
        case "what", "how", "why":
            // "What you said was…" is a relative clause, not a question word.
            guard !has(relativeSubjectsTable, relativeSubjects, second) else { return nil }
            // Transcribed speech drops the '?': "so what happened after that"
            // asks, with "what" as the subject of a verb.
            guard questionMark || WordClasses.questionAuxiliaryTable.contains(second)
                || (first == "what" && has(subjectQuestionVerbsTable, subjectQuestionVerbs, second))
            else { return nil }
            // "What would help most is a nap." (no question mark): a
            // pseudo-cleft statement, its "is" comes after a clause.
            // ("What makes you think she's avoiding you": that "is" has a
            // subject of its own, so the question stands.)
            if !questionMark, first == "what",
                (start + 2..<start + 12).contains(where: {
                    (norm($0) == "is" || norm($0) == "was") && !has(pronounSubjectsTable, pronounSubjects, norm($0 - 1))
                })
            {
                return nil
            }
            return .openWh
        case "who", "whom", "whose", "where", "when", "which":
            guard !has(relativeSubjectsTable, relativeSubjects, second) || first == "who" else { return nil }
            guard questionMark || WordClasses.questionAuxiliaryTable.contains(second)
                || (first == "who" && has(subjectQuestionVerbsTable, subjectQuestionVerbs, second))
            else { return nil }
            return .closedWh
        default:
            break
        }
        }
        guard WordClasses.questionAuxiliaryTable.contains(first) else { return nil }
        let subjectPosition = second == "not" ? start + 2 : start + 1
        // Without a '?', only a pronoun subject makes it a question: "Do the
        // dishes" is an order, "Do you…" asks.
        let subject = norm(subjectPosition)
        guard questionMark ? WordClasses.questionSubjectTable.contains(subject) : has(pronounSubjectsTable, pronounSubjects, subject)
        else { return nil }
        // "Do it.", "Then do that now.": without a '?', an order ("Do you…" asks).
        if !questionMark, first == "do", subject == "it" || subject == "this" || subject == "that" { return nil }
        if invitationModals.contains(first), norm(subjectPosition) == "you" {
            var verb = subjectPosition + 1
            while invitationFillers.contains(norm(verb)) { verb += 1 }
            if invitingVerbs.contains(norm(verb)) || (norm(verb) == "help" && norm(verb + 2) == "understand") {
                return .invitation
            }
            // "Would you like to tell me about that night?", "would you be
            // willing to tell us more?": an invitation to tell, not to
            // decide ("Would you like to talk about it?" stays yes/no).
            var frame = subjectPosition + 1
            for words in willingnessFrames where (0..<words.count).allSatisfy({ norm(frame + $0) == words[$0] }) {
                frame += words.count
                break
            }
            if frame > subjectPosition + 1, tellingVerbs.contains(norm(frame)) { return .invitation }
        }
        // "Can I ask how you're sleeping?", "can I check what…": asking
        // leave to ask a what/how/why question is that open question. Before
        // a colon ("Can I check: how are you feeling…?") the question that
        // follows decides.
        // "Can I just ask, what's one meal…?", "May I ask, how old is he?":
        // after a comma too, the question that follows decides.
        if invitationModals.contains(first) || first == "may", norm(subjectPosition) == "i" {
            var verb = subjectPosition + 1
            while invitationFillers.contains(norm(verb)) { verb += 1 }
            if leaveVerbs.contains(norm(verb)) {
                let next = norm(verb + 1)
                if next == "how" || next == "what" || next == "why" { return .invitation }
                if next == ":" || next == "—" || next == "–" || next == "," { return nil }
            }
        }
        return .yesNo
    }

    private static func isTagged(_ sentence: Sentence, _ tokens: TokenBuffer) -> Bool {
        // Walk back over the closing marks to the last words before them.
        var position = sentence.tokens.upperBound - 1
        while position > sentence.tokens.lowerBound, !tokens[position].isWord { position -= 1 }
        // Norms compared by their bytes where that gives the same answer
        // (`TokenBuffer.norm(_:is:)`, byte tables); the comma first, so
        // most sentences make no String.
        if position > sentence.tokens.lowerBound, tokens.norm(position - 1, is: ","),
            tagWords.contains(tokens.norm(position))
        {
            return true
        }
        // ", isn't it", ", haven't you", ", did you"
        guard tokens.norm(position, isIn: WordClasses.questionSubjectTable) else { return false }
        var probe = position - 1
        if probe > sentence.tokens.lowerBound, tokens.norm(probe, is: "not") { probe -= 1 }
        guard probe > sentence.tokens.lowerBound, tokens.norm(probe, isIn: WordClasses.questionAuxiliaryTable)
        else { return false }
        return tokens.norm(probe - 1, is: ",")
    }

    /// `set.contains(word)` where `table` holds `set`'s words: by the bytes,
    /// and as a String only for a non-ASCII word (which may be canonically
    /// equal to one of them): no String hashing for most words.
    @inline(__always)
    private static func has(_ table: WordTable, _ set: Set<String>, _ word: String) -> Bool {
        table.contains(word) || (!isASCII(word) && set.contains(word))
    }

    /// Whether `word` is all ASCII, read from its bytes in place (a native
    /// or small String has them contiguous).
    private static func isASCII(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { !TokenBuffer.hasNonASCII($0) } ?? word.utf8.allSatisfy { $0 < 0x80 }
    }
    private static let factualHowTable = WordTable(factualHow)
    private static let factualWhatTable = WordTable(factualWhat)
    private static let relativeSubjectsTable = WordTable(relativeSubjects)
    private static let subjectQuestionVerbsTable = WordTable(subjectQuestionVerbs)
    private static let pronounSubjectsTable = WordTable(pronounSubjects)

    /// The question words the `switch` in `interrogative` opens with.
    private static let questionWordTable = WordTable(["how", "what", "why", "who", "whom", "whose", "where", "when", "which"])
    /// Verbs after a subject "what"/"who" that make an unpunctuated
    /// question ("what happened next", "who told you that"); "who cares" is
    /// left out, it is rhetorical.
    private static let subjectQuestionVerbs: Set<String> = [
        "happened", "happens", "made", "makes", "brought", "brings", "helped", "helps", "changed", "changes",
        "went", "got", "gets", "keeps", "kept", "matters", "mattered", "worries", "worried", "scares", "scared",
        "bothers", "bothered", "hurts", "hurt", "comes", "came", "works", "worked", "stops", "stopped", "told",
        "said", "says", "gives", "gave", "stands", "stood", "sits", "goes", "led", "leads", "triggered",
        "triggers", "started", "starts", "set", "sets", "feels", "felt", "knows", "knew", "decided", "decides",
    ]

    private static let relativeSubjects: Set<String> = ["you", "i", "we", "he", "she", "they"]
    private static let pronounSubjects: Set<String> = [
        "i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "anyone", "anybody",
        "someone", "somebody", "everyone", "y'all", "ya",
    ]
    /// Marks that start a new clause a question may open. "/" separates the
    /// short messages of one chat turn ("hey / you're not unlikeable / what's
    /// making you feel that way?"); an ellipsis trails off before the
    /// question ("So... how do you know the host?").
    private static let clauseBreaks: Set<String> = [",", ";", ":", "—", "–", "-", "/", "...", "…"]
    private static let clauseBreakTable = WordTable(clauseBreaks)
    /// Modals of "can you tell me…"-style invitations, and the words that may
    /// stand before the verb ("could you just say…").
    private static let invitationModals = ["can", "could", "would", "will"]
    private static let invitationFillers = ["please", "just", "maybe", "perhaps"]
    private static let factualHow: Set<String> = ["many", "much", "long", "often", "old", "far", "soon", "big"]
    private static let factualWhat: Set<String> = ["time", "day", "date", "year", "age", "number"]
    private static let tagWords: Set<String> = ["right", "yeah", "ok", "okay", "eh", "no", "correct", "yes", "innit"]
    /// Frames of willingness between "would you" and a verb of telling.
    private static let willingnessFrames: [[String]] = [
        ["like", "to"], ["want", "to"], ["be", "willing", "to"], ["be", "up", "for"], ["mind"],
    ]
    /// Verbs of telling after a willingness frame ("talk" is left out: "would
    /// you like to talk about it?" asks whether, not what).
    private static let tellingVerbs: Set<String> = [
        "tell", "describe", "explain", "share", "walk", "telling", "describing", "explaining", "sharing",
        "walking",
    ]
    /// "can I ask / check…": asking leave to ask.
    private static let leaveVerbs: Set<String> = ["ask", "check"]
    private static let invitingVerbs: Set<String> = [
        "tell", "say", "describe", "explain", "share", "talk", "walk",
    ]
}
