/// The ways a speaker states a need, shared by `need` and `i-statement`.
enum NeedPatterns {
    static let iNeed = "i (@intens)* (need|really need|will need|am going to need|still need) (to|you|some|more|a|an|the|us|time|space|help|support|it|this|that|your|someone|something|sleep|rest|quiet|at least|weekends|evenings|mornings|days|hours|people|my|him|her|them|my own|proper|real|reassurance|honesty|notice|warning|answers|quiet|peace|both|all)"
    static let importantToMe = "(it is|it is really|this is|that is|what is|it has always been|it would be) (@intens)* important (to|for) me"
    static let mattersToMe = "(it|this|that|they|he|she) (@intens)* (matters|matter|means a lot|means so much|would mean a lot|would mean so much) to me"
    static let whatINeed = "(what i (@intens)* (need|want|would like|would love|'d love|would really like|am asking for|am looking for|really want) (most)? (is|right now|from you)|what (would|will|might|could) (@intens)* help (me|us)? (most|the most)? (is|would be|right now))"
    static let iWouldLike = "i (would|'d) (@intens)* ((like|love|prefer) (to|some|more|a|an|for|us|it if|the|you|that|we|my|them|him|her|this|your|it $|it when)|rather (we|you|have|keep|go|stay|do|be|talk|wait|clear|spend|save|pay|take|it|they|he|she))"
}

extension CueDetectors {
    /// Stating what one needs or what matters to one.
    static let need = CueDetector(
        .need,
        summary: "Stating a need or what matters: \"I need…\", \"it's important to me that…\", \"what matters to me is…\", \"I'd like…\".",
        rules: [
            CueRule(NeedPatterns.iNeed, "need: 'I need…'"),
            CueRule(NeedPatterns.importantToMe, "need: 'it's important to me…'"),
            CueRule(NeedPatterns.iWouldLike, "need: 'I'd like…'"),
            CueRule("what (@intens)* (matters|is important|counts) (most)? (to|for) me", "need: 'what matters to me…'"),
            CueRule(NeedPatterns.whatINeed, "need: 'what I need is…'"),
            CueRule("(it|this|that|they|he|she) (@intens)* (matters|matter|means a lot) to me", "need: 'it matters to me'"),
            CueRule("my (need|needs|priority|boundary) (is|are|here is)", "need: 'my need is…'"),
            CueRule("i (@intens)* (want|wanted) (to feel|us to|to be able to|more|some|a|to know that|to be)", "need: 'I want…' (a want statement)"),
            CueRule("i (@intens)* (can not|could not) (cope|manage|do it|do this) without", "need: 'I can't manage without…'", .evenIfNegated),
        ],
        vetoes: [
            "i need (to go|to run|to pee) $",
            "(said|says|say|thinks|think|told me|tells me|reckons) (that)? i (need|needed|should)",
            "rather (we|you|they|it) (did not|do not|not|would not|were not|was not)",
            "i (would|'d) (@intens)* rather (not|die|be dead|not be here|not wake up|not exist|disappear)",
            "i (would|'d) (like|love) to (see you try|know what you think you)",
            "i (would|'d) like to (thank|apologise|apologize|say sorry|say thank)",
            "i (would|'d) (@intens)* like to (help|support|offer|check in|ask (you|if|whether|about|directly))",
            "i want to (die|end|kill|disappear|be dead|not be here|not exist)",
        ],
        fires: [
            "I need some help with the kids.",
            "It's important to me that we're honest.",
            "What matters to me is that we're both heard.",
            "I'd like a bit more notice next time.",
            "What I need right now is some quiet.",
            "I really need you to be on time.",
            "It matters to me.",
            "I want to feel like a team again.",
            "I'd prefer to talk when we're both calm.",
            "My priority is the kids.",
            "I love you but I need some space.",
            "I'd love it if we could have dinner together more often.",
            "What I need from you is honesty.",
            "I need more help with the kids.",
            "It really matters to me that you're there.",
        ],
        doesNotFire: [
            "I don't need your advice.",
            "You need to calm down.",
            "Do you need anything?",
            "I'm not saying I need anything.",
            "It doesn't matter to me.",
            "I'd like to thank you for coming.",
            "I need to go.",
            "There's no need to shout.",
            "He needs help.",
            "I want to die.",
            "I wish things were different.",
            "No need to apologise.",
            "You need to stand up for yourself.",
            "Do you need a hand?",
            "Needless to say, I'm annoyed.",
        ]
    )
}
