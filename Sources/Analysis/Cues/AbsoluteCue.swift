extension CueDetectors {
    /// All-or-nothing words in a charge or a sweeping claim.
    static let absolute = CueDetector(
        .absolute,
        summary: "All-or-nothing words in a charge or sweeping claim: \"always\", \"never\", \"everyone\", \"nobody\", \"every time\", \"nothing ever…\".",
        rules: [
            CueRule("@absolute", "absolute: all-or-nothing word"),
            CueRule("(nothing|everything) (i|you|we) (ever)? (do|did|say|said|try|tried|suggest)", "absolute: 'nothing I do…'"),
            CueRule("(nothing|everything) (ever|always) (@intens)* (changes|works|goes|happens|gets|helps|matters|is)", "absolute: 'nothing ever changes'"),
            CueRule("(everything|nothing) (is|was) (@intens)* (ever)? (good enough|my fault|your fault|ruined|wrong|right|a problem|a disaster|about you|about them)", "absolute: 'everything is ruined'"),
        ],
        vetoes: AbsoluteWords.notCharges + [
            "^ (@absolute) (ever|at all)? \\?",
            "(miss|think about|love|pray for|talk to) (him|her|them|you|it) (every single day|always)",
            "(if|unless) (nobody|no one|no-one) else",
            "(everyone|everybody) else (is not|does not|has not|was not|did not)",
            "since forever",
            "(with|tell|telling|told|tells|from|about|letters to|notes to) (everyone|everybody)",
            "(everyone|everybody) (@intens)* (loved|liked|adored|misses|missed|knew) (her|him|them)",
            "never (see|hear from|speak to) (me|you|us|them|him|her) again",
            "never (got|get|had|have) (that|the|a|to)",
            "i never (learned|learnt|got round to|got around to|found out|knew how|got the hang)",
            "(i|we|she|he|they|you) (have|has|had)? (always) (loved|liked|enjoyed|wanted|dreamed|admired|been close|been there|been good|been the one who looked)",
            "never (met|seen|been to|tried|had the chance|had a chance|got the chance|got to)",
            "(almost|nearly|not|hardly|rarely|seldom|not quite|pretty much) (@absolute)",
            "never mind",
            "^ (@absolute) \\? $",
            "you never know",
            "never (ever)? again",
            "(will|would|could) (always|never) (love|be there|remember|forget|regret|hurt|do that|let|be grateful|be thankful|have your back|support|leave)",
            "i (will|would|could) never",
            "thank you for (always|never)",
            "as always",
            "(everyone|anyone|everybody|anybody|any of us) (in your (position|shoes|situation|place))? (would|'d|could|will) (feel|understand|get|have|react)",
            "(everyone|anyone|everybody|anybody|any of us) (in your (position|shoes|situation|place))? (would|'d|could|will) be (@anyfeeling|upset|angry|hurt|annoyed|fed up|frustrated|nervous|scared|the same|worried|shaken|confused)",
            "nothing (is|'s) wrong with (you|that|it)",
            "(hi|hello|thanks|thank you|bye|morning|evening|night) (everyone|everybody)",
            "(have|had) never (felt|been|seen|had|known) (so|this|more|anything|such)",
            "forever (grateful|thankful|indebted|young)",
            "(is|was|are|were|'s) always (welcome|here|there|open)",
            "(was|is|'s) never (my|our) (intention|plan|idea|aim|goal|point|wish)",
            "all the time (you|in the world|i need|we need|it takes|that)",
            "how (is|are|has|have|'s) (everyone|everybody)",
            "(been|takes|take|took|taking|wait|waited|waiting|last|lasts|lasted) (like)? forever",
            "(you|it) (@intens)* (feel|feels|felt|must feel|might feel|may feel|does feel|do feel|are feeling|were feeling) (like|as if|as though|that)? (@absolute)",
            "(does|must|might|may|can|could) feel like i (@absolute)",
            "(everyone|everybody) (@intens)* (feels|gets|finds it|is|was|'s|has been|have been|has|is a bit|gets a bit) (@intens)* (friendly|kind|nice|lovely|welcoming|helpful|nervous|awkward|shy|scared|new|anxious|lost)",
            "(you|he|she|they) (always|never) (know|knew) (how|what|when|the)",
        ],
        derive: { detection in
            // "Nobody gets it. That must be so isolating", "you're fed up
            // with always being the one at the sink": their sweeping words
            // reflected back, or a normalising "everyone finds it hard", are
            // not the speaker's charge.
            // (Nothing to drop without an absolute: no copy of the list.)
            guard detection.found.contains(where: { $0.cue == .absolute }) else { return }
            let found = detection.found
            detection.found.removeAll { match in
                match.cue == .absolute && found.contains { other in
                    (other.cue == .reflection || other.cue == .feelingReflection || other.cue == .summary || other.cue == .validation)
                        && other.tokens.overlaps(match.tokens)
                }
            }
        },
        fires: [
            "You always do this.",
            "You never help with the kids.",
            "Nobody listens to me.",
            "Every time I ask, you say later.",
            "Everyone thinks I'm the problem.",
            "Nothing I do is ever good enough.",
            "You're on your phone all the time.",
            "Nothing ever changes around here.",
            "Everybody hates me.",
            "I'm constantly cleaning up after you.",
            "He never calls, he never visits.",
            "Every time we talk about money, we fight.",
            "Nobody asked for your opinion.",
            "I'm always the one who has to clean up.",
            "Everything I do is wrong to you.",
        ],
        doesNotFire: [
            "Always? Really?",
            "You almost never complain.",
            "Never mind.",
            "I'll always love you.",
            "Thank you for always listening.",
            "Anyone would feel that way.",
            "Thanks everyone!",
            "You never know.",
            "I've never felt so relieved.",
            "Not everyone agrees.",
            "You're always welcome here.",
            "I will never do that again.",
            "You're always so thoughtful.",
            "Almost everyone came.",
            "Forever grateful for your help.",
            "Not always.",
            "Thanks everybody.",
        ]
    )
}
