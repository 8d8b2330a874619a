extension CueDetectors {
    /// An ultimatum or a promise of harm or loss.
    static let threat = CueDetector(
        .threat,
        summary: "An ultimatum or a promised harm or loss: \"or else\", \"if you don't… I'll…\", \"I'll leave\", \"you'll regret it\".",
        rules: [
            CueRule("or else", "threat: 'or else'"),
            CueRule("or (i will|i am going to|i am gonna|we are done|it is over|you will)", "threat: '…or I'll…'"),
            CueRule("(if you (do not|will not|can not|ever|keep|continue|do that again|do it again|say that again|touch)|unless you) ~~ (i will|i am going to|i am gonna|i am leaving|i am out|i am gone|i am done|i swear|we are done|we are finished|it is over|you will be sorry|you will regret|you are out|then i|you will (have to|need to)? (leave|move out|be out|find somewhere|go|pay|lose))", "threat: 'if you don't…, I'll…' (an ultimatum)"),
            CueRule("i (will|am going to|am gonna) (@intens)* (leave|walk out|move out) (you|this (house|relationship|marriage|family|job)|for good|and not come back|$)", "threat: 'I'll leave'"),
            CueRule("i (will|am going to|am gonna) (call|get) the (police|cops|landlord|lawyer)", "threat: 'I'll call the police'"),
            CueRule("i (will|am going to|am gonna) (make you (pay|regret|sorry)|report you|sue you|fire you|hurt you|hit you|kill you|divorce you|break up with you|kick you out|take the kids|cut you off|stop paying|tell (everyone|your (boss|mum|mother|dad|father|wife|husband|partner|manager|parents|family)))", "threat: 'I'll make you pay'"),
            CueRule("(you will|you are going to|you are gonna) (@intens)* (regret|be sorry|pay for)", "threat: 'you'll regret it'"),
            CueRule("(watch (yourself|your back|it)|i am warning you|do not make me|this is your (last|final) (chance|warning)|last chance|final warning|do not push me)", "threat: 'I'm warning you'"),
            CueRule("(we are|i am) (done|finished|through) (with you|$)", "threat: 'we're done' (an ultimatum)", .statementOnly),
            CueRule("(it is|this is) over (between us)? $", "threat: 'it's over'", .statementOnly),
        ],
        vetoes: [
            "if you (do not|will not) (mind|want|need|feel like|have time|like it|agree)",
            "if you ever (need|want|feel)",
            "i am done (with the|with my|with it|with that|for the day|cooking|cleaning|eating)",
            "i will leave (it|the|a|some|them|at|now|in|after|early|soon|that|this one)",
            "(we are|i am) (done|finished) (here)? (\\?)",
        ],
        fires: [
            "Pay me back or else.",
            "If you don't stop, I'm leaving you.",
            "If you do that again, I swear I'll move out.",
            "I'll leave you.",
            "You'll regret this.",
            "I'm warning you.",
            "This is your last chance.",
            "Stop it or I'll call the police.",
            "I'm going to tell your boss.",
            "We're done.",
            "Unless you apologise, I'm out.",
        ],
        doesNotFire: [
            "If you don't mind, I'll sit here.",
            "If you ever need anything, I'll be there.",
            "I'll leave the keys under the mat.",
            "I'm done with the dishes.",
            "I'll call you later.",
            "You won't regret trying it.",
            "If you cook, I'll wash up.",
            "I'll tell you tomorrow.",
            "It's over there on the table.",
            "Are we done?",
        ]
    )
}
