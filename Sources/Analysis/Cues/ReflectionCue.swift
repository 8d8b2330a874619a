extension CueDetectors {
    /// Restating the other person's meaning in one's own words.
    ///
    /// Two routes: a reflective frame ("sounds like…", "what I'm hearing…",
    /// "you feel like…"), or a statement about them that reuses the content
    /// words of their last line (a paraphrase).
    static let reflection = CueDetector(
        .reflection,
        summary: "Restating the other person's meaning: \"sounds like…\", \"so you…\", \"you're saying…\", \"it seems you…\", or a paraphrase that reuses their words.",
        rules: [
            CueRule("^ (it|that|this)? (sounds|sound|sounded) (like|as if|as though) (you|your|things|work|home|he|she|they|there has|there is|there was|it has|it is been|it was|a lot|this|that|everything|nothing|nobody|no one|today|tonight|school|the day|the week|yesterday)", "reflection: 'sounds like…' restates their experience", .statementOnly),
            CueRule("(what i am|what i have been|i am) hearing (is|that)?", "reflection: 'what I'm hearing…'", .statementOnly),
            CueRule("i hear (that)? (you|your) ~ (are|were|have|had|feel|felt|want|wanted|need|needed|did|do|can|could|would|think|thought|saying|say|said|'s|wish|miss|still|really|just|never)", "reflection: 'I hear that you…'", .statementOnly),
            CueRule("(you are|you were|you have been|you're) (really)? (saying|telling me)", "reflection: 'you're saying…'", .statementOnly),
            CueRule("what you (are|were|have been) (saying|telling me|describing)", "reflection: 'what you're saying…'", .statementOnly),
            CueRule("^ you mean", "reflection: 'you mean…'", .statementOnly),
            CueRule("^ in other words", "reflection: 'in other words…'", .statementOnly),
            CueRule("if i (understand|have understood|have got|have this|get) (you|this|that|it)? (right|correctly)?", "reflection: 'if I understand you…'", .statementOnly),
            CueRule("(it|that) (seems|seemed|sounds|looks|looked|feels) (like|as if|as though|that) (you|your)", "reflection: 'it seems you…'", .statementOnly),
            CueRule("^ (you|it) (seem|seems|seemed) (to|like|as if|really|quite|pretty|so)", "reflection: 'you seem…'", .statementOnly),
            CueRule("^ (it)? (seems|sounds|seemed|sounded) (like|as if|as though|that)? ~~ (you|your|you are)", "reflection: 'it seems… for you'", .statementOnly),
            CueRule("you (@intens)* (feel|felt|are feeling|were feeling|have been feeling|have felt) (like|that|as if|as though)", "reflection: 'you feel like…' reflects their view", .statementOnly),
            CueRule("^ (so)? for you ,? (it|this|that|the)", "reflection: 'for you, it's…'", .statementOnly),
            CueRule("part of you", "reflection: 'part of you…' (a double-sided reflection)", .statementOnly),
            CueRule("you (are|were|'re) (not sure|unsure|torn|wondering|worried that|afraid that|scared that)", "reflection: names what they are unsure of", .statementOnly),
            // From set E.
            CueRule("^ it (@intens)* (feels|felt|has felt) (like|as if|as though) ~~ (you|your)", "reflection: 'it feels like the groups formed without you'", .statementOnly),
            CueRule("^ (so)? when you (say|said|talk about|describe|mention|call)", "reflection: 'when you say pointless…' (takes up their words)"),
            // From set G.
            CueRule("what you (are|were) (@intens)* (asking|wondering|hoping|afraid of|scared of)", "reflection: 'what you're really asking is…'", .statementOnly),
            CueRule("from where you (are)? (sitting|standing)", "reflection: '…from where you're sitting'", .evenIfNegated, .statementOnly),
            CueRule("(is|was) what (has|is|had)? (stayed|stuck|stays|sticks|stayed) with you", "reflection: 'that's what's stayed with you'", .statementOnly),
            CueRule("(part|parts|much|a lot|so much|all) of who you (are|were|have been)", "reflection: 'a big part of who you are'", .statementOnly),
            // From set G (second pass).
            CueRule("^ (and)? ((it|this|that) (still)? (does not|did not) (@intens)* (feel|seem) real|none of (it|this) (@intens)* (feels|seems) real)", feelsRealRule, .evenIfNegated, .statementOnly),
        ],
        vetoes: [
            "you (@intens)* (feel|felt) (that|this) way",
            "(sounds|sound) like (a plan|fun|a good|a great|a nice|an idea|a deal|good|great)",
            "you (seem|seems) to (forget|think you|have forgotten)",
            "when you (say|said|talk about) (it|that|things|stuff|this) (like that|to me|in front of)?",
        ],
        derive: { detection in
            let parsed = detection.parsed
            // "It doesn't feel real yet" says their disbelief back only after
            // they spoke of themselves to no one in particular: "Thank you.
            // It still doesn't feel real." after condolences is the speaker's own.
            if detection.hasAny(.reflection, rule: feelsRealRule),
                !(detection.previous.map { $0.speaksOfThemselves && !$0.addressesListener } ?? false)
            {
                detection.removeFound(where: { $0.cue == .reflection && $0.rule == feelsRealRule })
            }
            // The tables read once per reply, not once per sentence (each
            // static is a lazy global: a `swift_once` per read).
            let reflectionBit = Self.reflectionBit, feelingReflectionBit = Self.feelingReflectionBit
            let insultBit = Self.insultBit, summaryBit = Self.summaryBit, reflectionOtherActBits = Self.reflectionOtherActBits
            // With none of the cues read below anywhere in the reply, no
            // sentence's matches need reading (the adds below go to the
            // sentence at hand, which the loop then leaves).
            let readsMatches = detection.cueBits
                & (reflectionBit | feelingReflectionBit | insultBit | summaryBit | reflectionOtherActBits) != 0
            for index in parsed.sentences.indices {
                // The cues already found in this sentence, read once (each
                // add below is to this sentence, then the loop moves on).
                let bits = readsMatches ? detection.cueBits(inSentence: index) : 0
                if bits & reflectionBit != 0 { continue }
                let sentence = parsed.sentences[index]
                if bits & feelingReflectionBit != 0, bits & insultBit == 0 {
                    detection.add(.reflection, sentence: index, namesTheirFeelingRule)
                    continue
                }
                // The sentence's words, read in place (no array of copies per sentence).
                let words = sentence.tokens.lazy.map { parsed.norm($0) }
                if bits & summaryBit != 0, words.contains(where: { $0 == "you" || $0 == "your" }),
                    !words.contains(where: { $0 == "agreed" || $0 == "agree" || $0 == "decided" })
                {
                    detection.add(.reflection, sentence: index, "reflection: a summary restates their points")
                    continue
                }
                if bits & reflectionOtherActBits != 0 { continue }
                let form = detection.questionForm(ofSentence: index)
                // A question other than a checking tag restates nothing: every
                // route below needs a statement or a tag.
                if let form, form != .tag { continue }
                if index == 0, form == nil, let echo = Self.echoedFragment(detection) {
                    // "Nervous, yeah." / "Every payday." / "Mixed.": their own
                    // words handed back as a short fragment.
                    detection.add(.reflection, echo, "reflection: echoes their words back ('Every payday.')")
                    if echo.contains(where: { feelingWords.contains(parsed.tokens[$0].norm) }) {
                        detection.add(.feelingReflection, echo, "feeling-reflection: echoes the feeling they named ('Nervous, yeah.')")
                    }
                    continue
                }
                let start = parsed.contentStart[index]
                if form == nil, detection.previous != nil, Self.continuesTheirSentence(parsed, sentence: index) {
                    // "…and that's when you started holding it all in": their
                    // story carried on in the listener's words.
                    detection.add(.reflection, sentence: index, "reflection: carries their sentence on ('and that's when you…')")
                    continue
                }
                // By bytes: the first word's String is made only past the skip below.
                let aboutThem = start < sentence.tokens.upperBound && (parsed.norm(start, is: "you") || parsed.norm(start, is: "your"))
                let opensWithSo = start > sentence.tokens.lowerBound
                    && parsed.contains(in: sentence.tokens.lowerBound..<start, word: "so")
                // A statement that is not about them, does not open with
                // "so" and shares fewer than two of their words can take no
                // route below: skip the rest of the reading.
                if form == nil, !aboutThem, !opensWithSo,
                    detection.previous == nil || !detection.sharesTwoWords(inSentence: index)
                {
                    continue
                }
                let first = start < sentence.tokens.upperBound ? parsed.norm(start) : ""
                // Whether the sentence shares any of their content words
                // (`sharedWords` without building the list).
                let sharesWords = detection.sharesWords(inSentence: index)
                // A reassuring denial ("You're not a failure", "you don't
                // have to…") answers their words rather than restating them.
                let deniesTheirWords = detection.previous.map { !$0.hasNegation } ?? true
                    && parsed.anyNegated(in: sentence.tokens)
                // An imperative ("Take all the time you need") is not a restatement.
                let imperative = start < sentence.tokens.upperBound && actionVerbTable.contains(first) && first != "be"

                if form == .tag, parsed.contains(in: sentence.tokens, word: "you"),
                    sharesWords || detection.previous == nil
                {
                    detection.add(.reflection, sentence: index, "reflection: a statement about them with a checking tag")
                    continue
                }
                // "You're right" concedes their point; it does not restate it.
                let concedes = parsed.tokens(from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound, startWith: youAreRight)
                    || parsed.tokens(from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound, startWith: youWereRight)
                guard form == nil, !imperative, !concedes else { continue }
                if aboutThem, sharesWords, !deniesTheirWords {
                    let rule = opensWithSo
                        ? "reflection: 'so you…' restates their words"
                        : "reflection: a statement about them that reuses their words"
                    detection.add(.reflection, sentence: index, rule)
                } else if aboutThem, opensWithSo, detection.previous == nil {
                    detection.add(.reflection, sentence: index, "reflection: 'so you…' restates their meaning")
                } else if aboutThem, !deniesTheirWords, detection.previous != nil, start + 1 < sentence.tokens.upperBound,
                    Self.describesTheirExperience(parsed, from: start + 1, to: sentence.tokens.upperBound)
                {
                    // "You're carrying all of it on your own", "You've been
                    // holding this together for everyone": their inner
                    // experience in the listener's own words.
                    detection.add(.reflection, sentence: index, "reflection: puts their experience in other words ('you're carrying…')")
                } else if aboutThem, !deniesTheirWords, let previous = detection.previous, previous.speaksOfThemselves,
                    !previous.chargesListener, !previous.isQuestion, start + 1 < sentence.tokens.upperBound,
                    !parsed.contains(in: sentence.tokens, anyOf: firstPersonOrChargeTable),
                    Self.statesTheirSituation(parsed, from: start + 1, to: sentence.tokens.upperBound)
                {
                    // They spoke of themselves; "you gave up a lot to look
                    // after her", "you're being really hard on yourself"
                    // says it back about them.
                    detection.add(.reflection, sentence: index, "reflection: says back what happened to them ('you gave up a lot…')")
                } else if opensWithSo, detection.previous != nil,
                    !parsed.contains(in: sentence.tokens, anyOf: firstPersonOrWeTable)
                {
                    detection.add(.reflection, sentence: index, "reflection: 'so…' restates what they said")
                } else if detection.previous != nil, detection.sharesTwoWords(inSentence: index),
                    detection.sharedWords(inSentence: index).count * 2 >= ContentWords.count(in: parsed, range: sentence.tokens),
                    !parsed.contains(in: sentence.tokens, anyOf: firstPersonTable),
                    detection.previous?.hasNegation == true || !parsed.anyNegated(in: sentence.tokens)
                {
                    detection.add(.reflection, sentence: index, "reflection: paraphrases their line (mostly their own words)")
                }
            }
        },
        fires: [
            CueExample("Sounds like you're stretched really thin.", after: "My boss keeps piling work on me."),
            CueExample("So you're the one doing all the cooking.", after: "I cook every single night and nobody helps."),
            CueExample("You're saying the rota isn't working for you.", after: "This rota is a joke."),
            CueExample("What I'm hearing is that you want more say in it."),
            CueExample("It seems like you've been carrying this alone.", after: "Nobody else even visits Dad."),
            CueExample("You've been working late every night.", after: "I've worked late every night this week."),
            CueExample("Your mum died last spring.", after: "My mum died last spring."),
            CueExample("You've had a rough week, haven't you?", after: "This week has been rough."),
            CueExample("You feel like nobody notices what you do.", after: "I do everything around here."),
            CueExample("You sound exhausted.", after: "I haven't slept in days."),
            CueExample("Part of you wants to go, and part of you is scared to leave your friends."),
            CueExample("Up all night with a deadline looming.", after: "The baby was up all night and I have a deadline."),
            CueExample("So for you, it's about being trusted.", after: "They check every email I send."),
            CueExample("If I understand you right, the money isn't the main thing."),
            CueExample("and that's when you stopped answering her calls.", after: "After the funeral my sister kept ringing."),
            CueExample("When you say useless, what do you mean?", after: "I feel useless since the job went."),
            CueExample("It feels like the whole team has moved on without you.", after: "Nobody asks me to lunch any more."),
            CueExample("It sounds like the new job is taking a lot out of you.", after: "The new job is exhausting, I'm out the door at six every day."),
            CueExample("It seems the schedule isn't working for you.", after: "This schedule is ridiculous."),
            CueExample("I hear that you're frustrated with the schedule.", after: "This schedule is ridiculous."),
            CueExample("I think what you're really asking is whether it was your fault.", after: "Could I have done something?"),
            CueExample("Maybe it doesn't look that way from where you're standing.", after: "Everyone says the move is good for us."),
            CueExample("And her silence is what's stuck with you.", after: "I told her and she just said nothing."),
            CueExample("Teaching was such a big part of who you are.", after: "I retired from teaching in June."),
            CueExample("None of it feels real yet.", after: "I keep expecting him to walk in."),
        ],
        doesNotFire: [
            CueExample("When you say it like that, I feel hurt.", after: "You always make me the bad guy."),
            CueExample("And since then I haven't slept.", after: "How long has it been like this?"),
            CueExample("My mum died too.", after: "My mum died last spring."),
            CueExample("You should talk to your boss.", after: "My boss keeps piling work on me."),
            CueExample("You always leave the dishes.", after: "I left the dishes."),
            CueExample("Sounds like a plan.", after: "Let's meet at six."),
            CueExample("The sink is not full.", after: "The sink is full again."),
            CueExample("Did you work late?", after: "I worked late."),
            CueExample("I'm tired too.", after: "I'm so tired."),
            CueExample("You're lazy.", after: "I'm not lazy."),
            CueExample("Okay.", after: "I've had enough of this job."),
            CueExample("That's a great idea.", after: "We could take turns."),
            CueExample("You never listen to me.", after: "I'm listening!"),
            CueExample("I think we should see a counsellor.", after: "Things at home are bad."),
            CueExample("I'm sorry for your loss.", after: "My dad passed away last month."),
            CueExample("Why didn't you tell me?", after: "I lost my job last week."),
            CueExample("I'm here if you want to talk.", after: "I'm not doing great."),
            CueExample("What are you asking me for?", after: "Can you lend me a tenner?"),
            CueExample("Does it feel real yet?", after: "The house sold today."),
            CueExample("Thank you. It still doesn't feel real.", after: "I'm so sorry about your dad."),
        ]
    )

    private static let firstPerson = WordClasses.firstPersonSingular
    /// Acts after which a sentence is not read as a paraphrase (made once, not per reply).
    /// The label of a reflection that rests on a feeling-reflection alone,
    /// written once: feeling-reflection's derive drops it with its reason.
    static let namesTheirFeelingRule = "reflection: names their feeling"

    /// The label of the "it doesn't feel real yet" rule, written once: the
    /// derive keeps it only when their line spoke of themselves.
    static let feelsRealRule = "reflection: 'it doesn't feel real yet' (their disbelief said back)"

    /// "and that's when you…", "and since then it's felt safer…": a
    /// statement opening with "and" + a time link, with nothing of the speaker's.
    static func continuesTheirSentence(_ parsed: ParsedText, sentence index: Int) -> Bool {
        let tokens = parsed.sentences[index].tokens
        guard tokens.count >= 4, parsed.tokens[tokens.lowerBound].norm == "and" else { return false }
        let second = parsed.tokens[tokens.lowerBound + 1].norm
        let third = parsed.tokens[tokens.lowerBound + 2].norm
        let links = (second == "that" && (third == "is" || third == "was") && parsed.tokens[tokens.lowerBound + 3].norm == "when")
            || (second == "since" && third == "then") || (second == "ever" && third == "since")
            || (second == "from" && third == "then") || second == "when" || second == "now" || second == "then"
        guard links else { return false }
        return !parsed.contains(in: tokens, anyOf: firstPersonTable)
    }

    /// Acts after which a sentence is not read as a paraphrase, as cue bits.
    private static let reflectionOtherActBits = cueBits(
        .advice, .blame, .insult, .threat, .dismissal, .defensiveness, .request, .refusal, .appreciation)
    private static let firstPersonTable = WordTable(firstPerson)
    private static let reflectionBit = CueName.reflection.bit
    private static let feelingReflectionBit = CueName.feelingReflection.bit
    private static let insultBit = CueName.insult.bit
    private static let summaryBit = CueName.summary.bit
    private static let firstPersonOrWeTable = WordTable(firstPerson.union(["we"]))
    private static let firstPersonOrChargeTable = WordTable(firstPerson.union(chargeWords))
    private static let youAreRight = ["you", "are", "right"]
    private static let youWereRight = ["you", "were", "right"]

    /// Verbs an imperative starts with ("Take all the time you need").
    private static let actionVerbTable = WordTable(ActionVerbs.base.firstWords)

    /// The reply's opening clause when it is a short fragment made only of
    /// the other person's content words ("Nervous, yeah." after "I'm
    /// nervous about Monday"): at most four words, at least one of them
    /// theirs, no first person, followed by a comma or full stop.
    static func echoedFragment(_ detection: Detection) -> Range<Int>? {
        let parsed = detection.parsed
        guard !detection.sharedStems.isEmpty, let sentence = parsed.sentences.first else { return nil }
        let start = parsed.contentStart[0]
        var end = start
        var words = 0
        var content = 0
        while end < sentence.tokens.upperBound, parsed.tokens[end].isWord {
            // At most three words make an echo: a fourth ends it, whatever it is.
            if words == 3 { return nil }
            let norm = parsed.norm(end)
            if notAnEchoTable.contains(norm) || parsed.negated[end] { return nil }
            if ContentWords.isContent(word: norm, isWord: true) {
                guard detection.sharedStems[end] != nil else { return nil }
                content += 1
            }
            words += 1
            end += 1
        }
        guard content > 0, words <= 3, end < sentence.tokens.upperBound else { return nil }
        let mark = parsed.norm(end)
        guard mark == "," || mark == "." || mark == "…" else { return nil }
        return start..<end
    }

    /// Words that make an opening fragment something other than an echo: a
    /// subject, an imperative, a greeting, an answer ("Fine.", "Let them talk").
    private static let notAnEchoTable = WordTable(firstPerson.union(notAnEcho))
    private static let notAnEcho: Set<String> = [
        "we", "you", "your", "are", "is", "was", "were", "have", "has", "let", "take", "what", "nobody", "no",
        "hi", "hello", "hey", "fine", "thanks", "thank", "yes", "yeah", "sure", "okay", "ok", "good", "great",
        "he", "she", "they", "it", "not", "never", "then", "deal", "done", "agreed", "perfect",
        // A time handed back accepts a proposal ("Okay, September then.").
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight",
        "today", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "weekend", "morning", "afternoon", "evening",
    ]

    private static let feelingWords = Set(EmotionLexicon.feelings.phrases.filter { $0.count == 1 }.map { $0[0] })
        // From set G: "Terrifying. Yeah." echoes how it feels to them.
        .union(["terrifying", "scary", "frightening", "exhausting", "heartbreaking", "overwhelming", "infuriating",
            "humiliating", "embarrassing", "gutting", "isolating", "draining"])

    /// After "you": what happened to them or what they are doing, not advice,
    /// a prediction or a filler ("you should…", "you'll…", "you know").
    static func statesTheirSituation(_ parsed: ParsedText, from: Int, to: Int) -> Bool {
        var position = from
        while position < to, experienceAuxiliaries.contains(parsed.tokens[position].norm) { position += 1 }
        guard position < to, parsed.tokens[position].isWord else { return false }
        let word = parsed.tokens[position].norm
        if notASituation.contains(word) { return false }
        // "you are right/welcome/not alone" and the like concede or reassure.
        if position > from, parsed.tokens[position - 1].norm == "are" || parsed.tokens[position - 1].norm == "were",
            !word.hasSuffix("ing"), !word.hasSuffix("ed")
        {
            return false
        }
        return true
    }

    private static let chargeWords: Set<String> = ["barely", "hardly", "never", "always", "!", "everything", "nothing"]

    private static let notASituation: Set<String> = [
        "should", "could", "can", "will", "would", "might", "may", "must", "need", "needs", "ought", "better",
        "know", "see", "guys", "lot", "all", "two", "both", "not", "never", "always", "too", "did", "do", "does",
        "right", "wrong", "welcome", "lucky", "fine", "okay", "ok", "alright", "safe", "here", "allowed",
        "entitled", "mean", "said", "say", "told", "promised", "owe", "make", "made", "want",
        "think", "clearly", "obviously", "only", "just",
    ]

    /// After "you": a verb of inner experience ("you're wondering…", "you
    /// feel…", "you've been carrying…"), not a judgement or an instruction.
    static func describesTheirExperience(_ parsed: ParsedText, from: Int, to: Int) -> Bool {
        var position = from
        // Skip auxiliaries and degree words: "you have really been…".
        while position < to, experienceAuxiliaries.contains(parsed.tokens[position].norm) { position += 1 }
        guard position < to else { return false }
        return experienceVerbs.contains(parsed.tokens[position].norm)
    }

    private static let experienceAuxiliaries: Set<String> = [
        "are", "were", "have", "had", "been", "still", "really", "just", "also", "kind", "of", "sort", "so", "'re", "'ve",
    ]

    private static let experienceVerbs: Set<String> = [
        "feeling", "finding", "wondering", "thinking", "worried", "worrying", "scared", "carrying", "struggling",
        "trying", "torn", "caught", "stuck", "missing", "holding", "dealing", "juggling", "going", "left",
        "feel", "felt", "want", "wanted", "need", "needed", "wish", "wished", "wonder", "worry", "miss", "missed",
        "hoping", "hoped", "grieving", "questioning", "blaming", "doubting", "replaying", "bracing", "dreading",
        "exhausted", "tired", "unsure", "afraid", "frightened", "angry", "hurt", "lonely", "alone", "overwhelmed",
        "keen", "ready", "desperate", "longing", "looking", "waiting", "expecting", "losing", "lost", "managing",
        "coping", "running", "keeping", "putting", "taking", "giving", "doing", "care", "cared", "love", "loved",
    ]
}
