extension CueDetectors {
    /// Naming the other person's emotion: "you sound exhausted", "that must
    /// be so frustrating".
    static let feelingReflection = CueDetector(
        .feelingReflection,
        summary: "Naming the other person's emotion: \"you sound exhausted\", \"you must be so frustrated\", \"that sounds lonely\".",
        rules: [
            CueRule("you (@intens)* (sound|sounded|seem|seemed|look|looked|feel|felt|are|were|must be|must feel|must have been|must have felt|might be|may be|might feel|have been|have felt|are feeling|were feeling|have been feeling|get|got|would be|would feel) (like)? (@intens)* @anyfeeling", "feeling-reflection: you + feel/sound/must be + emotion word", .statementOnly),
            CueRule("(it|that|this) (@intens)* (sounds|sounded|must be|must have been|must feel|must have felt|seems|seemed|looks|feels|sound) (like it was|like it has been|like it is been)? (@intens)* @evoking", "feeling-reflection: 'that sounds/must be' + feeling word", .statementOnly),
            CueRule("(hear|see|sense|feel|understand) (@intens)* (your|the) (@feelingnoun)", "feeling-reflection: names their feeling as a noun ('I can hear your frustration')"),
            CueRule("^ your @feelingnoun", "feeling-reflection: names their feeling as a noun", .statementOnly),
        ],
        vetoes: [
            "you (are|were) (@intens)* welcome",
            "you (are|were) just (jealous|bitter|angry|upset|tired|scared|sensitive)",
            "you (would|will|'d) (feel|be) (better|fine|ok|okay|happier)",
            "you (look|looked|seem) (well|fine|good|great|happy|lovely)",
            "your (love|hope) (is|was|means)",
            "you (are|were|get|got|'re) (so)? used to",
            "you (are|were) down to",
        ],
        fires: [
            "You sound exhausted.",
            "You must be so frustrated.",
            "You seem really upset about it.",
            "I can see you're hurt.",
            "That must be frustrating.",
            "That sounds so lonely.",
            "You're feeling ignored at work.",
            "Sounds like you're worried about him.",
            "No wonder you're anxious.",
            "I can hear your frustration.",
            "You've been feeling pretty low.",
            "You must have been terrified.",
        ],
        doesNotFire: [
            "I feel exhausted.",
            "Are you upset?",
            "You make me angry.",
            "You're welcome.",
            "You're lazy.",
            "You're just jealous.",
            "That sounds like a plan.",
            "You look great today.",
            "You'll feel better tomorrow.",
            "You're not making sense.",
            "That was a hard film to watch.",
        ]
    )
}
