extension CueDetectors {
    /// A question that asks for yes/no, a choice or a single fact.
    static let closedQuestion = CueDetector(
        .closedQuestion,
        summary: "A question answered with yes/no, a choice or a fact: \"did you…\", \"are you…\", \"when…\", \"…, right?\", a statement with '?'.",
        rules: [
            CueRule("i am (@intens)* curious (whether|if)", "closed-question: 'I'm curious whether…' (a yes/no question, set E)", .statementOnly),
        ],
        derive: { detection in
            for index in detection.parsed.sentences.indices {
                let rule: String
                let form = detection.questionForm(ofSentence: index)
                // A sentence with no question form adds nothing (`default` below).
                if form == nil { continue }
                if CueDetectors.isOrderNotQuestion(detection.parsed, sentence: index) { continue }
                switch form {
                case .yesNo: rule = "closed-question: yes/no form ('do you…', 'are you…')"
                case .closedWh: rule = "closed-question: asks for a single fact ('when', 'where', 'how many')"
                case .tag: rule = "closed-question: statement with a checking tag ('…, right?')"
                case .declarative:
                    // "And then?" / "Easier how?" invite more.
                    if detection.has(.openQuestion, inSentence: index) { continue }
                    rule = "closed-question: a statement said as a question"
                case .openWh where CueDetectors.isScaleQuestion(detection.parsed, sentence: index):
                    rule = "closed-question: a scale question ('on a scale of 1 to 10, how…?')"
                default: continue
                }
                detection.add(.closedQuestion, sentence: index, rule)
            }
        },
        fires: [
            "Did you call her?",
            "May I ask, how old is he?",
            "Are you okay?",
            "Do you want tea or coffee?",
            "When is the appointment?",
            "You're moving out?",
            "That was the last straw, right?",
            "Have you tried talking to her?",
            "Is it the money or the time?",
            "Can we talk tonight?",
            "How long have you felt like this?",
            "Was it my fault",
            "Who told you that?",
            "Is there anything I can do?",
            "Would you like to talk about it?",
            "Could you help me move?",
            "On a scale of 1 to 10, how anxious are you today?",
            "I'm curious whether you've told her.",
        ],
        doesNotFire: [
            "Do that and you'll never see me again.",
            "What was that like for you?",
            "How are you, really?",
            "Tell me more about it.",
            "Why does that matter to you?",
            "Can you tell me what happened?",
            "I did call her.",
            "You are moving out.",
            "How about we take turns?",
            "Why don't you talk to him?",
            "I wonder what she meant.",
            "How was your day?",
            "What made you decide to leave?",
            "Walk me through it.",
            "I'm not sure what to say.",
            "Where there's a will, there's a way.",
        ]
    )
}
