extension CueDetectors {
    /// Taking responsibility for one's own act with an apology.
    static let apology = CueDetector(
        .apology,
        summary: "Apologising for one's own act: \"I'm sorry I…\", \"I apologise\", \"my mistake\". \"I'm sorry you feel that way\" is dismissal; \"sorry to bother you\" is a hedge and an apology.",
        rules: [
            CueRule("(i am|i'm)? (@intens)* sorry (i|for|that i|about (that|this|earlier|what i|the|my|last|yesterday|before|everything|all)|if i|to (bother|interrupt|trouble|ask|disturb|pester|keep)|$)", "apology: 'I'm sorry I…'"),
            CueRule("i (@intens)* (apologise|apologize|apologised|apologized|owe you an apology)", "apology: 'I apologise'"),
            CueRule("(my (mistake|bad|apologies|fault)|mea culpa)", "apology: 'my mistake'"),
            CueRule("(that|it|this) (was|is) (all|entirely|totally|completely)? my (fault|mistake|doing)", "apology: 'that was my fault'"),
            CueRule("i (@intens)* (was|am|have been) (@intens)* (wrong|out of line|unfair to you|thoughtless|careless)", "apology: 'I was wrong'"),
            CueRule("i (should not have|should have|never should have|regret (saying|doing|what|that))", "apology: 'I shouldn't have…'"),
            CueRule("(please)? forgive me", "apology: 'forgive me'"),
            CueRule("i take (full)? responsibility", "apology: 'I take responsibility'"),
        ],
        vetoes: [
            "sorry ,? (you|that you|if you|for your|about your|to hear|for you|to say|but you|not sorry)",
            "(you|he|she|they) ~ sorry",
            "(i am|i'm) not (@intens)* sorry",
            "^ sorry \\? $",
            "(it is|it was|that is|that was) (not|never) my (fault|mistake)",
        ],
        fires: [
            "I'm sorry I snapped at you.",
            "Sorry for being late again.",
            "I apologise for what I said.",
            "My mistake, I'll fix it.",
            "That was my fault.",
            "I was wrong to shout.",
            "I shouldn't have said that.",
            "Sorry to bother you, but do you have a minute?",
            "I'm so sorry.",
            "I'm sorry if I hurt you.",
            "Please forgive me.",
        ],
        doesNotFire: [
            "I'm sorry you feel that way.",
            "Sorry to hear that.",
            "I'm sorry for your loss.",
            "It's not my fault.",
            "Sorry?",
            "I'm not sorry.",
            "I'm sorry if you were offended.",
            "You should be sorry.",
            "Sorry, but you're wrong.",
            "You were wrong.",
        ]
    )
}
