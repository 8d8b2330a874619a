extension CueDetectors {
    /// Telling the other person what to do about their problem (a
    /// listening roadblock when unasked).
    static let advice = CueDetector(
        .advice,
        summary: "Fixing their problem for them: \"you should…\", \"why don't you…\", \"have you tried…\", \"if I were you…\".",
        rules: [
            CueRule("you (@intens)* (really|just|probably|definitely|seriously|honestly)? (should|ought to|need to|have to|have got to|must|had better|would better|better|might want to|may want to|might wanna|could try|could always|could just|could maybe)", "advice: 'you should…'"),
            CueRule("(maybe|perhaps) you (could|can|might|should)", "advice: 'maybe you could…'"),
            CueRule("why (do not|not) you", "advice: 'why don't you…'"),
            CueRule("^ why not (just)? (@action|try|ask|go|talk|tell|take|get|see|call|quit|leave|look)", "advice: 'why not…'"),
            CueRule("(have|did) you (ever)? (tried|try|thought about|thought of|considered|looked into)", "advice: 'have you tried…'"),
            CueRule("what about (trying|asking|talking|getting|going|calling|telling|taking|seeing|looking)", "advice: 'what about trying…'"),
            CueRule("if i (were|was) you", "advice: 'if I were you…'"),
            CueRule("^ (maybe|perhaps) (just)? (@action|say|be|wait|write|see|find|join|give|let|leave|try|ask|tell|go) ", "advice: 'maybe just be honest…' (an imperative softened)", .statementOnly),
            CueRule("^ (maybe|perhaps) (just)? (@action|say|be|wait|write|see|find|join|give|let|leave|try|ask|tell|go) ", "advice: 'maybe just tell them?' (an imperative softened)", .questionOnly),
            CueRule("^ (then|so) (just)? (talk to|speak to|tell|ask|call|text) (her|him|them|your)", "advice: 'then talk to her about it'", .statementOnly),
            CueRule("give it (a few|some|a little|a bit of|a couple of|more|two|three|four|five|six|another|a good)? (time|months|weeks|days|while|month|week|year)", "advice: 'give it a few months'"),
            CueRule("^ (just)? stop -ing yourself", "advice: 'stop defining yourself by work'", .statementOnly),
            CueRule("i (would not|wouldn't) (@intens)* (read (too much|anything)? into|worry about|take it personally|bother (with|about))", "advice: 'I wouldn't read into it' (like 'if I were you')", .evenIfNegated),
            CueRule(", (so)? (just)? try to (hold on to|remember|focus on|think of|keep) (that|the|what)", "advice: '…, so try to hold on to that'", .statementOnly),
            CueRule("^ (just)? be (grateful|thankful|glad) (you|that|for)", "advice: 'be grateful you have a job'", .statementOnly),
            CueRule("(have|did) you (ever)? (looked at|asked|told|spoken to|talked to|checked|rung|called|emailed|written to) (the|your|a|an|her|him|them|anyone|someone|hr|about)", "advice: 'have you told your manager…?' (advice as a question)", .questionOnly),
            CueRule("^ you could (@intens)* (tell|try|ask|say|call|text|talk|write|go|join|look|get|suggest|send|offer|bring)", "advice: 'you could tell her…'", .statementOnly),
            CueRule("you will (have|need) to (call|contact|ring|speak to|talk to|go to|ask|email|write to|take it up with)", "advice: 'you'll have to call the courier' (redirecting)", .statementOnly),
            CueRule("(my|the best|some) advice (is|would be|for you)", "advice: 'my advice is…'"),
            CueRule("i (would|'d) (@intens)* (suggest|recommend|advise)", "advice: 'I'd suggest…'"),
            CueRule("i (@intens)* (suggest|recommend|advise) (you|that you|trying|getting|talking|going|taking)", "advice: 'I suggest you…'"),
            CueRule("the (best|only|first) thing (to do|you can do|you could do|would be)", "advice: 'the best thing to do is…'"),
            CueRule("what you (need|should do|ought to do|have to do|need to do) is", "advice: 'what you need to do is…'"),
            CueRule("it (might|would|could|may) (help|be good|be worth|be a good idea) (to|if you)", "advice: 'it might help to…'"),
            CueRule("^ (just)? try (to|not|and|-ing|talking|asking|telling|going|getting|taking|some|a)", "advice: 'try…'", .statementOnly),
            CueRule("^ (just)? (ignore (him|her|them|it)|tell (him|her|them)|talk to (him|her|them|your|someone)|ask (him|her|them|your)|go (see|to the|and see)|take (a break|some time|time off)|get (some|a|more) (help|rest|sleep|therapy|exercise|fresh air))", "advice: an imperative about their problem", .statementOnly),
            CueRule("would it help to (write|talk|call|try|ask|tell|speak|go|get|take|see|make|join|book|put)", "advice: 'would it help to write him a letter?'"),
            CueRule("(be|is) worth (looking at|trying|considering|a try|a shot|looking into|asking|checking)", "advice: 'would an appeal be worth looking at?'"),
            CueRule("^ next time ,? (just)? (@action|ask|try|say|tell|bring|go|take|leave|text|call)", "advice: 'next time just ask…'"),
            CueRule("have you (sat (her|him|them) down|told (her|him|them) how you feel|actually told (her|him|them))", "advice: 'have you sat her down…?'"),
            CueRule("you (two|both|guys|all) (@intens)* need (a|to|some)", "advice: 'you two need a budget'"),
            CueRule("you (will|'ll) (@intens)* need to (be honest|talk|tell|sit down|decide|speak|have it out|get)", "advice: 'you\'ll need to be honest with him'"),
            CueRule("you (might|may) as well", "advice: 'you might as well…'"),
            CueRule("(do not|don't) take it (personally|to heart|so personally)", "advice: 'don\'t take it personally'", .evenIfNegated),
            CueRule("(can not|could not) you (just)? (@action|hang|go|tell|ask|say|try|leave|talk|drink|get|see|put|come)", "advice: 'can\'t you just…?' (advice as a question)", .evenIfNegated),
            CueRule("just (turn|switch) (it|your phone|your notifications|them|the phone|notifications) off", "advice: 'just turn your phone off'"),
            CueRule("you (can|could) (always)? get (another|a new) (one|dog|cat|job|puppy|kitten|place)", "advice: 'you can get another one'"),
            CueRule("give (it|things) (a chance|time|some time|a few (weeks|months|days))", "advice: 'give it a chance'"),
            CueRule("(have|did) you (had|got|get|have) (a|the) chance to (talk|speak|ask|tell|raise|bring|mention)", "advice: 'did you get a chance to talk to him about…?' (advice as a question)", .questionOnly),
            CueRule("(have|did) you (ever)? (brought|bring|raised|raise|mentioned|mention) ~ (up)? (with|to) (her|him|them|your)", "advice: 'have you brought it up with her?' (advice as a question)", .questionOnly),
            // From set G.
            CueRule("(it|that) (might|may|could|would|can) be (@intens)* (worth|healthier|wise|a good idea|helpful|better) (-ing|to|mentioning|asking|talking|trying|thinking|getting|looking|speaking|letting)", "advice: 'it might be worth mentioning to your GP'"),
            CueRule("(it|that) (can|often|usually) (@intens)* (help|helps) (to|if you)", "advice: 'it can help to answer the feeling'"),
            CueRule("i (would|'d) (@intens)* (just)? (let it go|let it slide|leave it|ignore it|walk away|not worry about it|not bother)", "advice: 'I'd let it go' (like 'if I were you')", .statementOnly),
            CueRule("be (@intens)* (gentle|kind|easy|patient) (with|on|to) yourself", "advice: 'be gentle with yourself'", .statementOnly),
            CueRule("(maybe|perhaps)? it is (about|high)? time (to|you) (start|started|move|moved|let|get|got|stop|stopped|think|go|went|try|tried)", "advice: 'maybe it's time to start moving on'", .statementOnly),
            CueRule("(have|did) you (ever)? (looked at|thought about|considered|tried) (-ing|volunteering|counselling|therapy|a|an|some|joining|going|talking|getting)", "advice: 'have you looked at volunteering?'"),
            CueRule("^ look after yourself (this|over|tonight|today|for|$)", "advice: 'look after yourself this week'", .statementOnly),
            CueRule("(do not|don't) let (it|that|this|them|him|her) (get to you|bother you|upset you|get you down|ruin)", "advice: 'don't let it get to you'", .evenIfNegated, .statementOnly),
            CueRule("would it help to (come up with|have|plan|prepare|practise|practice|script|think)", "advice: 'would it help to come up with a line?'"),
            // From set G (second pass).
            CueRule("(do not|don't) give up (too soon|too early|too quickly|yet|now|on (yourself|it|them|him|her|the idea))", "advice: 'don't give up too soon'", .evenIfNegated, .statementOnly),
        ],
        vetoes: [
            "what (have|did) you (told|tell|said|say|tried|try|done|do)",
            "why (can not|could not) you",
            "you (should|ought to|must|could|need to|might) (not)? (have|'ve)",
            "you (must|might|may|could) (be|have been|feel|have felt|really be|miss|have|know|think|hate|wonder|wish|love|really|still|also|get|find|remember)",
            "you (should|ought to|must) (be proud|know that i|see yourself|have seen)",
            "you (need|have) to (know|understand) (that|how) (i|much i)",
            "you had better (believe|be joking)",
            "why (do not|not) you (tell me|say more|come (over|round|along|with))",
            "what you need is (someone|somebody|a friend|a hug|time)",
            "you (@intens)* (should|ought to|must) (not)? (have|'ve) (gone|done|said|told|called|been|come|known)",
            "(what|which) (options|ideas|things|ways|steps|else) (have|did) you",
            "(have|did) you (ever)? considered that (maybe|perhaps)? (he|she|they|it)",
            "(where|who|what|how) you (feel)? (should|ought to) (be|feel|look|have)",
            "would it help to ~ (together|with me)",
            "(feel|felt|feeling) (like)? you have to",
            "you should be (@intens)* ashamed",
            "(says|said|thinks|told you|tells you) (that)? you should",
            "(they|people|others|everyone|everybody|you|he|she|we) (think|thought) (that)? you should",
            "maybe you could (help|give|lend|bring|pass|get|send|tell|show|call|ring|text) (me|us)",
            "(try|go on|come on) (and)? make me",
            "next time (just)? (say|tell|text|ring|call|ask|let) ~~ (me|us)",
        ],
        derive: { detection in
            // After a line about their own trouble ("I've started uni and
            // everyone already has friends"), a bare imperative tells them
            // how to fix it: "Join a society.", "Dump him.", "Don't quit!".
            // Said to someone asking something of the listener, the same
            // form is a request.
            guard detection.previous?.speaksOfThemselves == true, detection.previous?.addressesListener == false,
                detection.cueBits & adviceOrCrisisBits == 0
            else { return }
            let parsed = detection.parsed
            // Scorn or threats aimed at them ("Could you be any more
            // boring? Talk about something else.") make it an order.
            for match in detection.found.indices where detection.found[match].cue.bit & adviceScornBits != 0 {
                let range = parsed.sentences[parsed.sentenceOfToken[detection.found[match].tokens.lowerBound]].tokens
                if range.contains(where: { parsed.tokens[$0].norm == "you" || parsed.tokens[$0].norm == "your" }) { return }
            }
            for index in parsed.sentences.indices where detection.questionForm(ofSentence: index) == nil {
                let sentence = parsed.sentences[index]
                if sentence.endsWithQuestionMark { continue }
                // The first word must be an imperative verb, or "just" /
                // "do" before one: most sentences fail here, before any list.
                var first = parsed.contentStart[index]
                while first < sentence.tokens.upperBound, !parsed.tokens[first].isWord { first += 1 }
                guard first < sentence.tokens.upperBound, imperativeOrLeadWords.contains(parsed.norm(first)) else { continue }
                var words = sentence.tokens[parsed.contentStart[index]...].filter { parsed.tokens[$0].isWord }.map { parsed.tokens[$0].norm }
                if words.first == "just" { words.removeFirst() }
                if words.count > 2, words[0] == "do", words[1] == "not" { words.removeFirst(2) }
                guard words.count > 1, imperativeVerbs.contains(words[0]),
                    !notAfterImperative.contains(words[1]),
                    !words.contains(where: { notAdviceWords.contains($0) }),
                    detection.cueBits(inSentence: index) & notAdviceBits == 0
                else { continue }
                detection.add(.advice, sentence: index, "advice: an imperative about the trouble they described ('Join a society.')")
            }
        },
        fires: [
            "You should talk to your manager.",
            "Why don't you just quit?",
            "Have you tried meditation?",
            "If I were you, I'd leave.",
            "You need to stand up for yourself.",
            "Maybe you could ask your sister to help.",
            "I'd suggest writing it all down first.",
            "Try talking to her when she's calmer.",
            "My advice is to wait a week.",
            "You might want to see a doctor.",
            "Just ignore him.",
            "It might help to get some sleep.",
            "You need to stop blaming everyone else.",
            "Why not just ask her?",
            "What about talking to HR?",
            "The best thing you can do is rest.",
            CueExample("Sign up for a club. That's how you meet people.", after: "I moved here in May and I still don't know anyone."),
            CueExample("Leave him. Honestly, he's not worth it.", after: "My partner reads all my messages."),
            CueExample("Don't give up now!", after: "I'm thinking of dropping out of my course."),
            CueExample("Have you raised it with your landlord?", after: "The flat's been damp since October."),
            "Give it two weeks before you decide.",
            "Stop comparing yourself to your brother.",
            "I wouldn't read too much into it.",
            "It's hard, so try to focus on what you can change.",
            CueExample("Use simple words, like 'died'.", after: "How do I tell my son about his grandad?"),
            "It might be worth mentioning it to your GP.",
            "It can help to write the questions down first.",
            "Honestly, I'd let it slide.",
            "Be kind to yourself this week.",
            "Maybe it's time to stop checking his page.",
            "Have you looked at a carers' group?",
            "Look after yourself over the weekend.",
            "Don't let him get to you.",
            "Would it help to plan what you'll say?",
            "It took me a year, so don't give up too soon.",
            "When she asks, it can help to name the feeling: 'you miss him, don't you?'",
        ],
        doesNotFire: [
            "You should have called.",
            "You must be exhausted.",
            "I should talk to my manager.",
            "I'm not saying you should quit.",
            "Why don't you tell me more about it?",
            "You should be proud of yourself.",
            "Have you eaten?",
            "I tried talking to her.",
            "What would help you right now?",
            "Could you try to be home by six?",
            "You must miss her terribly.",
            "You have every right to be upset.",
            "I need to talk to my manager.",
            "You ought to have told me.",
            "What do you think you'll do?",
            CueExample("Give me a minute to think.", after: "I've got a question about my contract."),
            CueExample("Take the bins out, please.", after: "Can you tell me what needs doing?"),
            CueExample("What options have you thought about?", after: "I don't know what to do about my job."),
            CueExample("You really should have gone.", after: "I skipped the funeral."),
            "Would it help to go through it together, one step at a time?",
            CueExample("Grab some bread while you're out.", after: "I'm popping to the shops."),
            CueExample("Let me finish my tea first.", after: "I need to ring my sister."),
            "It makes you feel like you have to hide it.",
            "You should be ashamed of yourself.",
            "Your sister says you should try harder.",
            "Maybe you could help me with the boxes?",
            "Go on, make me.",
            "Next time just say you're thinking of me.",
            "I won't give up on you.",
        ]
    )

    /// Verbs an imperative of advice opens with ("Join a society", "Dump
    /// him", "Put yourself out there"); not dares or permissions ("Go
    /// ahead", "Come up then", "Take your time", "Be a jerk about it").
    private static let adviceOrCrisisBits = cueBits(.advice, .crisis)
    private static let adviceScornBits = cueBits(.insult, .blame, .threat)
    private static let notAdviceBits = cueBits(.dismissal, .insult, .threat, .validation, .reflection)
    private static let notAfterImperative: Set<String> = ["you", "i", "we", "it", "not", "ahead", "then"]
    /// `imperativeVerbs` and the words that may come before one ("just", "do not").
    private static let imperativeOrLeadWords = WordTable(imperativeVerbs.union(["just", "do"]))
    private static let imperativeVerbs: Set<String> = [
        "join", "dump", "leave", "quit", "ask", "tell", "talk", "speak", "try", "give", "find",
        "put", "ignore", "block", "delete", "call", "ring", "text", "write", "see", "book", "sign",
        "apply", "think", "focus", "forget", "accept", "rip", "invite", "treat", "move", "report",
        // From set G: "Use the word 'died'", "Let them ask".
        "use", "let", "send",
        // From set H: "Just cut out sugar", "Update your LinkedIn tonight",
        // "Turn off notifications", "Get another puppy", "Just support her".
        "cut", "get", "buy", "update", "message", "turn", "switch", "complain", "smile", "support",
        "visit", "contact", "email", "check", "change", "start", "stick", "download", "look",
    ]
    /// An imperative with these asks something for the speaker ("Give me a
    /// minute", "… please") or dares them ("then"): a request or no advice.
    private static let notAdviceWords: Set<String> = ["me", "us", "my", "our", "i", "mine", "please", "then"]
}
