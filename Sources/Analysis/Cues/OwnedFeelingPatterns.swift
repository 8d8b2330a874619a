/// The ways a speaker reports their own feeling, shared by the
/// `i-statement` and `feeling` detectors.
enum OwnedFeelingPatterns {
    /// "I feel hurt", "I'm really worried", "I've been so lonely".
    static let iFeel = "i (@intens)* (feel|felt|am feeling|was feeling|have been feeling|had been feeling|have felt|feel so|keep feeling) (@intens)* @feeling"
    static let iAm = "i (@intens)* (am|was|have been|had been|get|got|become|became|keep getting|will be|would be|must be) (@intens)* @feeling"
    /// "I'm not okay", "I don't feel safe": a denied pleasant word reports an unpleasant feeling.
    static let iAmNot = "i (@intens)* (am|was|do|did|have|have been|had) (not|never) (@intens)* (feel|felt|feeling|been)? (@intens)* @deniable"
    /// "I feel so much guilt", "I'm full of regret".
    static let iFeelNoun = "i (@intens)* (feel|felt|have|had|am|carry) (@intens)* (full of|so much|a lot of|such|a sense of|some|this|real|such a)? @feelingnoun"
    /// "I worry", "I miss her", "I dread Sundays".
    static let iFeelVerb = "i (@intens)* (worry|worried|fear|feared|dread|dreaded|miss|missed|regret|resent|resented|panic|panicked|grieve|ache) (about|for|that|you|him|her|them|it|my|our|the|every|so|a lot|when|this|$)"
}

extension CueDetectors {
    /// An owned feeling or need: the speaker speaks for themselves.
    static let iStatement = CueDetector(
        .iStatement,
        summary: "An owned feeling or need in the first person: \"I feel hurt when…\", \"I'm worried\", \"I need…\". \"I feel like you…\" and \"I feel ignored\" are judgements (blame), not I-statements.",
        rules: [
            CueRule(OwnedFeelingPatterns.iFeel, "i-statement: I + feel + emotion word"),
            CueRule(OwnedFeelingPatterns.iAm, "i-statement: I + am + emotion word"),
            CueRule(OwnedFeelingPatterns.iAmNot, "i-statement: I + not + pleasant word ('I'm not okay')"),
            CueRule(OwnedFeelingPatterns.iFeelNoun, "i-statement: I + feeling noun ('I feel so much guilt')"),
            CueRule(OwnedFeelingPatterns.iFeelVerb, "i-statement: I + feeling verb ('I worry', 'I miss')"),
            CueRule("(it|that|this) (@intens)* (hurts|hurt|upsets|upset|scares|scared|worries|worried|frightens|frightened|saddens|saddened|frustrates|frustrated|stresses|stressed) me", "i-statement: 'it hurts me' (an owned feeling)"),
            CueRule(NeedPatterns.iNeed, "i-statement: I + need"),
            CueRule(NeedPatterns.importantToMe, "i-statement: owned need ('it's important to me')"),
            CueRule(NeedPatterns.iWouldLike, "i-statement: I would like…"),
        ],
        vetoes: [
            "i (@intens)* (am|was|get|got) (@intens)* (sick|tired) (of|and tired)? (you|your)",
            "i am (@intens)* (down|up) (for|with|to)",
            "i (am|was|got|get|have been) (@intens)* (lost|stuck) (in|on|at|behind|with)",
            "i (am|was|feel|felt) (@intens)* (bad|terrible|awful|horrible|rubbish|crap|low|down) (at|with|on|for (you|him|her|them))",
            "i (would|'d) like to (thank|apologise|apologize|say sorry|say thank)",
        ],
        fires: [
            "I feel hurt when plans change at the last minute.",
            "I'm worried about the money.",
            "I need some time to think.",
            "I've been really lonely since the move.",
            "I'm not okay.",
            "I don't feel safe when you shout.",
            "I get anxious when the phone rings.",
            "It's important to me that we eat together.",
            "I’m so frustrated.",
            "I miss her every day.",
            "I'd like us to plan the week on Sunday.",
            "I feel so much guilt about it.",
            "I feel terrible about what happened at dinner.",
            "I get really anxious around new people.",
            "I'm disappointed that you didn't call.",
            "It really hurts me when you say that.",
        ],
        doesNotFire: [
            "I feel like you never listen.",
            "I feel that you're being unfair.",
            "I feel ignored.",
            "You seem worried.",
            "I'm not angry.",
            "I'm fine.",
            "It makes sense.",
            "I'm sick of you.",
            "I don't need your advice.",
            "I'm not saying I need anything.",
            "I feel like a failure.",
            "Are you worried?",
            "I'd like to thank you for coming.",
            "You're disappointed I didn't call.",
            "I feel that this plan could work.",
            "I feel like going for a walk.",
            "I was stuck in traffic.",
            "I'm bad at this.",
        ]
    )

    /// An emotion word the speaker uses about themselves.
    static let feeling = CueDetector(
        .feeling,
        summary: "An emotion word about oneself: \"I'm sad\", \"it makes me anxious\", \"so frustrated right now\". Evaluations (\"ignored\", \"abandoned\") and other people's feelings do not count.",
        rules: [
            CueRule(OwnedFeelingPatterns.iFeel, "feeling: I feel + emotion word"),
            CueRule(OwnedFeelingPatterns.iAm, "feeling: I am + emotion word"),
            CueRule(OwnedFeelingPatterns.iAmNot, "feeling: not + pleasant word ('not okay')"),
            CueRule(OwnedFeelingPatterns.iFeelNoun, "feeling: feeling noun ('so much anger')"),
            CueRule(OwnedFeelingPatterns.iFeelVerb, "feeling: feeling verb ('I worry', 'I miss her')"),
            CueRule("(make|makes|made|making|leaves|left|leaving|gets|got|getting|keeps) me (feel|feeling)? (@intens)* @feeling", "feeling: makes me + emotion word"),
            CueRule("(make|makes|made|making|leaves|left) me (feel|feeling)? (@intens)* (not|less) (@intens)* @deniable", "feeling: makes me + not + pleasant word"),
            CueRule("^ feeling (@intens)* @feeling", "feeling: 'feeling' + emotion word"),
            CueRule("(you are|it is|this is|that is|you have been) (@intens)* (scaring|frightening|upsetting|hurting|worrying|stressing|confusing|embarrassing|humiliating) me", "feeling: 'you're scaring me'"),
            CueRule("(it|that|this) (@intens)* (hurts|hurt|stings|stung|upsets me|upset me|scares me|scared me|worries me|worried me|frightens me|saddens me|frustrates me|frustrated me|stresses me|breaks my heart|broke my heart)", "feeling: 'it hurts' / 'it worries me'", .statementOnly),
            CueRule("^ (so|really|very|totally|absolutely|completely|just|pretty|honestly) (@intens)* @feeling", "feeling: emotion word (subject left out)", .statementOnly),
            CueRule("^ @unpleasant $", "feeling: an emotion word on its own", .statementOnly),
            CueRule("my (heart|feelings) (is|are|was|were|got|feel|feels) (@intens)* (hurt|broken|breaking|heavy|crushed|bruised)", "feeling: 'my feelings are hurt'"),
        ],
        vetoes: [
            "i (@intens)* (am|was|get|got) (@intens)* (down|up) (for|with|to)",
            "i (am|was|got|get|have been) (@intens)* (lost|stuck) (in|on|at|behind|with)",
            "i (am|was|feel|felt) (@intens)* (bad|terrible|awful|horrible|rubbish|crap|low|down) (at|with|on|for (you|him|her|them))",
            "^ (lost|stuck|sick) (the|my|a|it|in|on|with)",
            "makes me (feel)? (@intens)* (sick|tired) (to|of) (my stomach)?",
        ],
        fires: [
            "I'm sad.",
            "I feel really hurt.",
            "It makes me anxious when you're late.",
            "So frustrated right now.",
            "I've been scared for weeks.",
            "I'm not okay.",
            "I don't feel safe.",
            "Honestly, exhausted.",
            "My feelings are hurt.",
            "I miss my dad.",
            "You make me so angry.",
            "I was relieved when she called.",
            "It hurts when you say things like that.",
            "I'm feeling a bit overwhelmed at the moment.",
            "Stop it, you're scaring me.",
            "I feel terrible about it.",
        ],
        doesNotFire: [
            "I feel ignored.",
            "I feel like you don't care.",
            "You seem sad.",
            "I'm not angry.",
            "I'm fine.",
            "The film was sad.",
            "Lost my keys again.",
            "Are you scared?",
            "I'm down for that.",
            "That sounds frustrating.",
            "I was stuck in traffic.",
            "I feel like going for a walk.",
            "I'm bad at maths.",
            "You're disappointed I didn't call.",
            "It's been six months.",
            "She's so anxious.",
        ]
    )
}
