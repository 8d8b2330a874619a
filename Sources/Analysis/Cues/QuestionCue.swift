extension CueDetectors {
    /// Any question: a sentence ending in '?', one that opens like a
    /// question ("do you…", "what do…"), or an invitation to say more.
    static let question = CueDetector(
        .question,
        summary: "Any question: a sentence ending with '?', one shaped like a question, or an invitation such as \"tell me more\".",
        derive: { detection in
            // Open and closed questions found by rules (this derive adds
            // neither): with none, no sentence needs its matches read.
            let asks = detection.cueBits & questionAskBits != 0
            for index in detection.parsed.sentences.indices {
                let form = detection.questionForm(ofSentence: index)
                // Nothing to add to a statement when no open or closed question was found.
                if form == nil, !asks { continue }
                if isOrderNotQuestion(detection.parsed, sentence: index) { continue }
                if let form {
                    let shaped = form != .declarative && form != .tag
                    let rule = detection.parsed.sentences[index].endsWithQuestionMark
                        ? "question: ends with a question mark"
                        : (shaped ? "question: shaped like a question (\"do you…\", \"what…\")" : "question")
                    detection.add(.question, sentence: index, rule)
                } else if !asks {
                    continue
                } else if case let bits = detection.cueBits(inSentence: index), bits & CueName.openQuestion.bit != 0 {
                    detection.add(.question, sentence: index, "question: invites them to say more (\"tell me more\")")
                } else if detection.has(.closedQuestion, inSentence: index) {
                    detection.add(.question, sentence: index, "question: 'I'm curious whether…'")
                }
            }
        },
        fires: [
            "What happened?",
            "Did you get my message?",
            "How are you feeling about it",
            "Do you want to talk about it",
            "You're leaving?",
            "Tell me more about what happened.",
            "It's been a hard week, hasn't it?",
            "Why don't you just quit?",
            "Where were you last night",
            "I noticed you were quiet — is something up?",
            "Can you tell me about your mum?",
            "Sorry?",
            "How about Tuesday?",
            "Zoë, could you help with the bins?",
            "Is there anything I can do?",
            "What's wrong?",
            "Would Thursday work better for you?",
        ],
        doesNotFire: [
            "I wonder about that sometimes.",
            "What a day.",
            "How nice of you.",
            "When you left, I felt sad.",
            "What you said really hurt.",
            "Why, that's wonderful.",
            "I know how you feel.",
            "Who cares.",
            "I'm asking because I care.",
            "Do the dishes, please.",
            "I'm here if you want to talk.",
            "What you said was unfair.",
            "Let me think about it.",
            "Okay.",
            "I wonder if she knew.",
            "Don't you dare talk to her like that.",
            "Do it again and I'm calling the police.",
        ]
    )

    /// "Don't you dare talk to her like that", "Do it again and I'll…":
    /// orders shaped like "do + you/it" questions.
    private static let questionAskBits = cueBits(.openQuestion, .closedQuestion)

    static func isOrderNotQuestion(_ parsed: ParsedText, sentence index: Int) -> Bool {
        let sentence = parsed.sentences[index]
        guard !sentence.endsWithQuestionMark else { return false }
        let start = parsed.contentStart[index]
        let end = sentence.tokens.upperBound
        // Both orders open with "do": most sentences stop here.
        guard start < end, parsed.norm(start, is: "do") else { return false }
        func word(_ offset: Int) -> String { start + offset < end ? parsed.norm(start + offset) : "" }
        if word(0) == "do", word(1) == "not", word(2) == "you", word(3) == "dare" { return true }
        if word(0) == "do", word(1) == "it" || word(1) == "that", word(2) == "again" || word(2) == "one" { return true }
        return false
    }
}
