extension CueDetectors {
    /// A question that invites elaboration: what/how/why, or "tell me more".
    static let openQuestion = CueDetector(
        .openQuestion,
        summary: "A question that invites a full answer: \"what…\", \"how…\", \"why…\" (not advice in disguise), \"tell me more\", \"can you tell me about…\".",
        rules: [
            CueRule("^ (please)? (tell|show) me (more|about|what|how|why|everything)", "open-question: 'tell me more / about…'"),
            CueRule("^ (please)? (say|talk) (a bit|a little)? more", "open-question: 'say more'"),
            CueRule("^ (please)? walk me through", "open-question: 'walk me through…'"),
            CueRule("^ help me understand", "open-question: 'help me understand…'"),
            CueRule("i (would|'d) (really)? (like|love) to (hear|know|understand) (more|about|what|how|why)", "open-question: 'I'd like to hear more…'"),
            CueRule("i am (@intens)* curious (about|what|how|why|where)", "open-question: 'I'm curious about…'"),
            CueRule("i (wonder|am wondering|was wondering) (what|how|why|where)", "open-question: 'I wonder what/how…'"),
            // From set G: "Tell us how it was for you", "X how?" after any word.
            CueRule("^ (please|so|okay|ok|now)? ,? tell us (more|about|what|how|why|everything)", "open-question: 'tell us how it was' (a facilitator's invitation)"),
            CueRule("^ (and|so|but)? ~ (how|in what way|like what) \\? $", "open-question: 'Disappear how?' (their word, asked about)"),
            // Encouragers that invite more (set E's convention).
            CueRule("^ (mm|mm-hm|mhm|yeah|okay|ok|right)? ,? go on $", "open-question: 'go on' (an encourager)", .statementOnly),
            CueRule("^ (just|so|okay|ok)? ,? tell me $", "open-question: 'Tell me.' (an invitation)"),
            CueRule("^ and (then|after that|what then) \\? $", "open-question: 'and then?'"),
            CueRule("^ (@intens)* (easier|harder|better|worse|different|differently|weird|strange|odd|bad|good|hard|difficult|scary|stuck|off|tricky|complicated|mixed|fine|okay|funny|heavy|lighter|sad|angry|upset|guilty) (how|in what way|in which way|like what) \\? $", "open-question: 'Easier how?' / 'Harder in what way?'"),
        ],
        vetoes: [
            "^ tell me about it $",
            "(show|tell|teach|remind) (me|us|you|him|her|them) how \\? $",
        ],
        derive: { detection in
            for index in detection.parsed.sentences.indices {
                switch detection.questionForm(ofSentence: index) {
                case .openWh:
                    // "On a scale of 1 to 10, how…?" is answered with a number.
                    if isScaleQuestion(detection.parsed, sentence: index) { continue }
                    detection.add(.openQuestion, sentence: index, "open-question: a what/how/why question invites a full answer")
                case .invitation:
                    detection.add(.openQuestion, sentence: index, "open-question: 'can you tell me…' invites them to talk")
                default:
                    break
                }
            }
        },
        fires: [
            "What was that like for you?",
            "Can I just ask, what have you been doing with your Friday nights?",
            "[pause] can you tell me who he was?",
            "Uh-huh. And then what happened?",
            "what makes you think she's avoiding you",
            "How do you feel about the move?",
            "Why does that matter so much to you?",
            "Tell me more.",
            "Can you tell me about the last time it happened?",
            "Could you say more about that?",
            "What do you think",
            "I'm curious what you'd want instead.",
            "Walk me through what happened on Friday.",
            "How come you didn't mention it?",
            "Okay, so what would help right now?",
            "I'd love to hear more about your dad.",
            "What made you decide to leave?",
            "How was your day?",
            "What do you need from me right now?",
            "Mm. Go on.",
            "And then?",
            "Harder in what way?",
            "Disappeared how?",
            "Okay, tell us what happened when he brought it up.",
            "I'm genuinely curious where that idea came from.",
            CueExample("Can I ask how the nights have been?", after: "I'm fine, mostly."),
            CueExample("Before we stop, can I check: how are you feeling now?", after: "I should go."),
            "Would you like to tell me about your brother?",
            "hey / you're not a bother / what's keeping you up tonight?",
            "So... how did you two meet?",
        ],
        doesNotFire: [
            "Did you call her?",
            "Can I ask, are you sleeping at all?",
            "Are you okay?",
            "When is the appointment?",
            "How many times have I asked?",
            "Why don't you just talk to him?",
            "How about we take turns?",
            "What if we split it?",
            "Tell him to stop.",
            "What time do you finish?",
            "Is it the money or the time?",
            "I know what you mean.",
            "Would you like to talk about it?",
            "Could you help me move?",
            "So what you're telling me is that you don't trust me?",
            "Is there anything I can do?",
            CueExample("Tell me about it. Two hours on the phone yesterday.", after: "The council never answers."),
            "On a scale of 1 to 10, how worried are you?",
            "Go on then, hit me.",
            "Can I ask whether you slept at all?",
            "hey / you're not a bother / did you sleep?",
            "Can I check something?",
            "Want to show me how?",
        ]
    )

    /// "On a scale of 1 to 10, how…?": a what/how question answered with a number.
    static func isScaleQuestion(_ parsed: ParsedText, sentence index: Int) -> Bool {
        let tokens = parsed.sentences[index].tokens
        // Norms compared by bytes in place (no token view or String per word).
        return parsed.tokens.withUnsafeBufferPointer { buffer in
            tokens.contains { buffer.norm($0, is: "scale") }
                && tokens.contains { buffer.norm($0, is: "to") || buffer.norm($0, is: "from") }
        }
    }
}
