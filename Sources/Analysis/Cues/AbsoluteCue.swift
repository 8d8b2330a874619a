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
            "(could|can|might|may) always",
            "there is always (hope|time|a way|next|another|tomorrow|someone|room|a chance|more)",
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
            "(have|has|had) never (felt|been|seen|had|known) (so|this|more|anything|such)",
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
            "(went|go|goes|going|drag|dragged|drags|dragging|droned|drone|drones) on (like)? forever",
            "so (that)? (nobody|no one|no-one|noone) (would|could|will|can)",
            "always (had|made|found|has|makes|finds) time for (everyone|everybody|people|us|them|anyone)?",
            "(everyone|everybody) (@intens)* (gets|does|feels|has to|loves|makes|needs|goes through|struggles|finds|wobbles|panics) ~ (sometimes|at first|at some point|now and then|from time to time|a bit|cold feet|mistakes|with a newborn|that|talking about themselves|in first year)",
            "(hard|tough|tight|difficult|the same|open) for (everyone|everybody)",
            "(for|to) (everyone|everybody) (or|and) (just|only)?",
            "(letters|notes|cards|presents|gifts|something) for (everyone|everybody)",
            "(avoiding|avoid|avoided|hiding from) (everyone|everybody)",
            "(everyone|everybody) (has to|must|needs to|gets to) (wait|queue|pay|follow|book|take turns)",
            "never quite",
            "(everyone|everybody) (is|'s|are) (@intens)* (rooting for|behind|proud of|here for|with|thinking of) you",
            "(everyone|everybody) (@intens)* (grieves|copes|handles|deals|reacts|heals|learns|adjusts|works) ~ (differently|in their own way|at their own pace|in (their|his|her) own time)",
            "(@anyfeeling|anxious|nervous|sick) every time",
            "(know|meet|having|have|invite|inviting|welcome|welcoming) (everyone|everybody) (over|round|around|,|$)",
            // From sets J and K (read for absolute in session 9): a room
            // addressed ("Thank you for coming, everyone."), a guilt trip's
            // "everything" (blame, not a sweeping claim), normalising.
            ", (everyone|everybody|all) (!)? $",
            "after (everything|all) (i|we) (have)? (done|did|gave|given|sacrificed|been through) for you",
            "(everyone|everybody) (@intens)* (cries|recovers|gets there|struggles|wobbles|burns out) ~ (sometimes|at some point|eventually|in the end|now and then)",
            "(rule|rules|policy|deal|same|procedure) for (everyone|everybody)",
            "(mums|moms|mothers|dads|fathers|parents|grandparents|kids|teenagers) always (do|come round|come around|will)",
        ],
        derive: { detection in
            // Every step below only drops absolutes: with none, nothing to do.
            guard detection.hasAny(.absolute) else { return }
            // A long counselling turn (25 words or more) that asks, reflects
            // or validates: its sweeping words describe the other person's
            // experience ("Nobody prepared you for that ending"), not a
            // charge. No set has a sweeping charge that long.
            let parsed = detection.parsed
            if detection.cueBits & absoluteCounselBits != 0,
                parsed.tokens.reduce(0, { $0 + ($1.isWord ? 1 : 0) }) >= 25
            {
                detection.found.removeAll { $0.cue == .absolute }
                return
            }
            // An echo question of their own words ("He never helps at
            // all?", "You always cancel?"): checking, not sweeping.
            if detection.previous != nil {
                let reading = detection
                detection.removeFound { match in
                    guard match.cue == .absolute else { return false }
                    let index = parsed.sentenceOfToken[match.tokens.lowerBound]
                    let sentence = parsed.sentences[index]
                    guard sentence.endsWithQuestionMark, reading.questionForm(ofSentence: index) != nil else { return false }
                    let words = sentence.tokens.filter { parsed.tokens[$0].isWord }.map { parsed.tokens[$0].norm }
                    return words.count <= 6 && !words.contains(where: { whWords.contains($0) })
                        && !reading.sharedWords(inSentence: index).isEmpty
                }
            }
            // "Nobody gets it. That must be so isolating", "you're fed up
            // with always being the one at the sink": their sweeping words
            // reflected back, or a normalising "everyone finds it hard", are
            // not the speaker's charge.
            guard detection.cueBits & absoluteReflectingBits != 0 else { return }
            let found = detection.found
            detection.removeFound { match in
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
            "Everyone keeps asking me when I'll get over it.",
            CueExample("Why are you always so loud?", after: "Why are you always so quiet at dinner?"),
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
            CueExample("She never rings at all?", after: "My sister never rings me."),
            CueExample("It was meant to be a simple operation. Nobody warned you it could end like that, and I imagine you've gone over those days again and again. What do you keep coming back to?", after: "He went in for a simple operation and never came home."),
            "Everybody gets nervous at first.",
            "The sermon went on forever.",
            "She always made time for everyone.",
            "Money's tight for everyone.",
            "Is the fridge for everyone or just the office?",
            "I've been avoiding everybody lately.",
            "Everybody copes differently with a loss.",
            "You'll be great, everyone's rooting for you.",
            "I felt nervous every time and couldn't say why.",
        ]
    )

    private static let absoluteCounselBits = cueBits(.question, .reflection, .validation, .feelingReflection)
    private static let absoluteReflectingBits = cueBits(.reflection, .feelingReflection, .summary, .validation)
    private static let whWords: Set<String> = ["what", "why", "how", "who", "when", "where", "which"]
}
