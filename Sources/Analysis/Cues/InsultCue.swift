extension CueDetectors {
    /// Calling a person names rather than describing what they did.
    static let insult = CueDetector(
        .insult,
        summary: "Name-calling aimed at a person: \"you're so lazy\", \"you idiot\", \"what a selfish thing to be\". Criticising oneself (\"I'm such an idiot\") does not count.",
        rules: [
            CueRule("(you|he|she|they|your (mum|mother|dad|father|boss|brother|sister|friend|friends|family|partner|husband|wife)) (@intens)* (are|is|were|was|have been|has been|are being|is being|were being|sound|sounds|look|looks|act|acts|seem|seems|are acting|is acting) (such|just|being|acting)? (a|an)? (@intens)* (such)? (a|an)? (@insultadj|@insultnoun)", "insult: calling them names ('you're so lazy')"),
            CueRule("you (@intens)* (@insultadj)? @insultnoun", "insult: 'you idiot'"),
            CueRule("you (fucking|bloody|stupid|lazy|selfish|useless|pathetic|little|absolute|complete|total)", "insult: 'you stupid…'"),
            CueRule("(what|such) (a|an) (@intens)* (@insultadj)? @insultnoun", "insult: 'what an idiot'"),
            CueRule("(stop|quit) (being|acting) (so|such)? (a|an)? (@insultadj|@insultnoun)", "insult: 'stop being so…'"),
            CueRule("do not be (so|such)? (a|an)? (@insultadj|@insultnoun)", "insult: 'don't be so…'"),
            CueRule("how (@insultadj) (of you|can you be|are you|is that)", "insult: 'how selfish of you'"),
            CueRule("@insultadj of you", "insult: 'so selfish of you'"),
            CueRule("^ (@insultadj)? (idiot|moron|loser|jerk|asshole|arsehole|bitch|bastard|prick|dick|twat|wanker|tosser|cretin|imbecile|dumbass|coward|liar|hypocrite) $", "insult: name-calling word", .statementOnly),
            CueRule("(that|this|the|some|total|complete|absolute|utter) (fucking|bloody|stupid|lazy|useless)? (idiot|moron|jerk|asshole|arsehole|bitch|bastard|prick|twat|wanker|tosser|cretin|imbecile|dumbass|loser)", "insult: calling someone an idiot"),
        ],
        vetoes: [
            "(i|me|myself) ~ (such|what|a|an|like) (a|an)? (@intens)* (@insultadj)? @insultnoun",
            "you (are|were) (@intens)* (not|never)",
            "you (look|looked|seem|seemed|sound|sounded) (@intens)* (weak|sick)",
            "you (mean|meant)",
            "do not be (so)? (ridiculous|silly|daft|dramatic)",
            "you (are|were) (being)? (@intens)* (mean) (to|it)",
            "(you|they|he|she) (were|was|are|is) (a|an)? (child|baby)",
        ],
        fires: [
            "You're so lazy.",
            "You idiot.",
            "You're being selfish.",
            "He's such a jerk.",
            "What a loser.",
            "Stop being so pathetic.",
            "How selfish of you.",
            "You're a liar.",
            "You sound ridiculous.",
            "Don't be such a baby.",
            "You lazy slob.",
            "That idiot at work took my desk.",
        ],
        doesNotFire: [
            "I'm not saying you're lazy.",
            "I'm such an idiot.",
            "I felt like a complete fool.",
            "That was a lazy Sunday.",
            "You're not selfish for wanting rest.",
            "You mean the world to me.",
            "It's not selfish to look after yourself.",
            "You look sick, go home and rest.",
            "I don't think you're stupid.",
            "You were a child when it happened.",
        ]
    )
}
