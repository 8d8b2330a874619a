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
            CueRule("(my|the best|some) advice (is|would be|for you)", "advice: 'my advice is…'"),
            CueRule("i (would|'d) (@intens)* (suggest|recommend|advise)", "advice: 'I'd suggest…'"),
            CueRule("i (@intens)* (suggest|recommend|advise) (you|that you|trying|getting|talking|going|taking)", "advice: 'I suggest you…'"),
            CueRule("the (best|only|first) thing (to do|you can do|you could do|would be)", "advice: 'the best thing to do is…'"),
            CueRule("what you (need|should do|ought to do|have to do|need to do) is", "advice: 'what you need to do is…'"),
            CueRule("it (might|would|could|may) (help|be good|be worth|be a good idea) (to|if you)", "advice: 'it might help to…'"),
            CueRule("^ (just)? try (to|not|and|-ing|talking|asking|telling|going|getting|taking|some|a)", "advice: 'try…'", .statementOnly),
            CueRule("^ (just)? (ignore (him|her|them|it)|tell (him|her|them)|talk to (him|her|them|your|someone)|ask (him|her|them|your)|go (see|to the|and see)|take (a break|some time|time off)|get (some|a|more) (help|rest|sleep|therapy|exercise|fresh air))", "advice: an imperative about their problem", .statementOnly),
        ],
        vetoes: [
            "you (should|ought to|must|could|need to|might) (not)? (have|'ve)",
            "you (must|might|may|could) (be|have been|feel|have felt|really be)",
            "you (should|ought to|must) (be proud|know that i|see yourself|have seen)",
            "you (need|have) to (know|understand) (that|how) (i|much i)",
            "you had better (believe|be joking)",
            "why (do not|not) you (tell me|say more|come|join)",
        ],
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
        ]
    )
}
