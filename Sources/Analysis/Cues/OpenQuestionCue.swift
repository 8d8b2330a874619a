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
            CueRule("i am (really)? curious (about|what|how|why)", "open-question: 'I'm curious about…'"),
            CueRule("i (wonder|am wondering|was wondering) (what|how|why)", "open-question: 'I wonder what/how…'"),
        ],
        derive: { detection in
            for index in detection.parsed.sentences.indices {
                switch detection.questionForm(ofSentence: index) {
                case .openWh:
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
        ],
        doesNotFire: [
            "Did you call her?",
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
        ]
    )
}
