extension CueDetectors {
    /// Softening that weakens an ask or a statement (a passive marker).
    static let hedge = CueDetector(
        .hedge,
        summary: "Softeners that weaken an ask or a statement: \"just\", \"sort of\", \"kind of\", \"maybe\", \"I guess\", \"sorry to bother you\", \"if that's ok\", \"I was wondering if\".",
        rules: [
            CueRule("(i|we) (@intens)* just", "hedge: 'I just…'"),
            CueRule("^ just (wanted|wondering|checking|thought|a (quick|small|little|tiny))", "hedge: 'just wondering…'"),
            CueRule("just (a (quick|small|little|tiny)|a bit|wondering|checking|asking)", "hedge: 'just a quick…'"),
            CueRule("(sort of|kind of|kinda|sorta)", "hedge: 'sort of' / 'kind of'"),
            CueRule("(maybe|perhaps|possibly)", "hedge: 'maybe'"),
            CueRule("i (guess|suppose|dunno)", "hedge: 'I guess'"),
            CueRule("i (do not|did not) know (if|whether|maybe|, maybe|,|$)", "hedge: 'I don't know if…'", .evenIfNegated),
            CueRule("sorry to (bother|interrupt|trouble|ask|disturb|pester)", "hedge: 'sorry to bother you'"),
            CueRule("if (that is|it is|that would be|it would be|this is) (ok|okay|alright|all right|fine|not too much|no trouble)", "hedge: 'if that's ok'"),
            CueRule("if you (do not|would not) mind", "hedge: 'if you don't mind'", .evenIfNegated),
            CueRule("(i was|i am|i was just|i am just) wondering (if|whether)", "hedge: 'I was wondering if…'"),
            CueRule("(a (little)? bit|a tad|a touch|slightly|somewhat) (@feeling|@insultadj|late|annoyed|upset|much|more|too|concerned|worried|of a)", "hedge: 'a bit…'"),
            CueRule("(if it is not too much trouble|no pressure|only if you want|if you have time|it is probably nothing|i hate to ask|it is not a big deal but|this might be silly|this might sound stupid|i mean ,)", "hedge: 'no pressure' / 'it's probably nothing'"),
        ],
        vetoes: [
            "(what|which|this|that|the|a|any|some|these|those|every|same|different|my|your|his|her|their|our|no) (kind|sort) of",
            "(just|only) (now|like|as|in case|because|then)",
            "(i|we) just (got|arrived|found out|heard|moved|left|finished|saw|did|came|had|lost|realised|realized|started|told|wanted to (die|end|kill))",
            "kind of you",
        ],
        fires: [
            "I just wanted to check in.",
            "It's sort of a problem.",
            "Maybe we could talk later?",
            "I guess I'm a bit upset.",
            "Sorry to bother you, but could I ask something?",
            "Could you do it on Friday, if that's ok?",
            "I was wondering if you had a minute.",
            "I kind of need the car back.",
            "Just a quick question.",
            "I don't know, maybe it's nothing.",
        ],
        doesNotFire: [
            "What kind of person does that?",
            "I need the car back by Friday.",
            "That was kind of you.",
            "I just got home.",
            "Just now I saw her.",
            "That sort of thing happens.",
            "I know what I want.",
            "It's a just decision.",
            "Please do the dishes tonight.",
            "I will call you tomorrow.",
        ]
    )
}
