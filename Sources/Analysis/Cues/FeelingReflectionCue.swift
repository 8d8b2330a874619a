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
            CueRule("you (@intens)* (must|probably|really) (@intens)* (miss|dread|resent|worry about) (her|him|them|it|your|the|this|that)", "feeling-reflection: 'you must miss her'", .statementOnly),
            CueRule("^ your @feelingnoun", "feeling-reflection: names their feeling as a noun", .statementOnly),
            CueRule("you (@intens)* (miss|dread|resent|fear|long for|are missing|have been missing|are dreading|are grieving)", "feeling-reflection: 'you miss her' (their longing or dread)", .statementOnly),
            CueRule("(part of you|on (the)? one hand you|on the other (hand)? you) (@intens)* (@anyfeeling|loves|love|dreads|dread|misses|miss|fears|hates|is (@intens)* @anyfeeling)", "feeling-reflection: 'part of you loves…, part of you dreads…'", .statementOnly),
            CueRule("you (are|have been|were|'re) (carrying|holding|feeling|sitting with|living with) (@intens)* (a lot of|so much|some|all this|all that|the)? @feelingnoun", "feeling-reflection: 'you're carrying a lot of guilt'", .statementOnly),
            CueRule("(hear|see|tell|sense|imagine|know) (just)? (how|that)? (@intens)* @anyfeeling you (are|were|feel|felt|must be|must feel|have been)", "feeling-reflection: 'I can hear how angry you are'"),
            CueRule("(see|hear|tell|know) (that)? (it|this|that) (@intens)* (hurt|upset|stung|scared|worried|bothered|shook|shocked|embarrassed|frightened) you", "feeling-reflection: 'I can see it hurt you'"),
            CueRule("(that|it|this|what a) (is|was|'s|sounds like|sounded like|must have been)? (@intens)* (a|an) (@intens)* (@evoking|rough|hard|horrible|awful) (afternoon|day|week|weekend|time|morning|evening|year|night|experience|thing|position|situation|combination|place|spot|shift|trip|journey|meeting|month|few days|few weeks)", "feeling-reflection: 'that's a frustrating afternoon'", .statementOnly),
            CueRule("(i know|i understand|i get that|i realise|i realize) (that|this|it) (is|was|'s|must be|will be) (@intens)* @evoking", "feeling-reflection: 'I know that's disappointing'", .statementOnly),
            CueRule("(must|might|will) (@intens)* (have)? (@intens)* (sting|hurt|stung)", "feeling-reflection: 'that must sting'", .statementOnly),
            CueRule("you (did not|do not|have not|never) (@intens)* (feel|felt) (@intens)* (@pleasant|welcome|wanted)", "feeling-reflection: 'you didn't feel welcome'", .evenIfNegated, .statementOnly),
            CueRule("you (must|probably) (@intens)* (love|enjoy|adore|treasure|hate|dread)", "feeling-reflection: 'you must love cooking with her'", .statementOnly),
            CueRule("you (look|looked|seem|seemed|sound) like you (have|'ve|had) (had|been)", "feeling-reflection: 'you look like you've had a rough day'", .statementOnly),
            CueRule("no wonder you (are|were|feel|felt|'re) (@intens)* @anyfeeling", "feeling-reflection: 'no wonder you're fuming'", .statementOnly),
            CueRule("(that|this|which) (is|was|would be|has been|must be|sounds) (@intens)* (a|an|such a|such)? (@intens)* (infuriating|exhausting|lonely|sad|frustrating|scary|frightening|maddening|isolating|heartbreaking|humiliating|upsetting|draining|overwhelming|stressful|hurtful|galling|gutting|unsettling|nerve-wracking|depressing|demoralising|demoralizing|mortifying|terrifying) (kind of|thing|feeling|time|spot|place)?", "feeling-reflection: 'that\'s infuriating' / 'which sounds exhausting' (names how it feels to them)", .statementOnly),
            CueRule("^ (that|this) (@intens)* (stings|stung)", "feeling-reflection: 'that stings'", .statementOnly),
            CueRule("there is (@intens)* (a lot of|this|some|so much|real|that|such|the)? (@intens)* @feelingnoun", "feeling-reflection: 'there\'s relief… and also anger' (names their feeling as a noun)", .statementOnly),
            CueRule("(left|leaves|leaving|leave) you (feeling)? (@intens)* @anyfeeling", "feeling-reflection: 'that\'s left you feeling shaken'", .statementOnly),
            CueRule("(makes|make|made) you (feel)? (@intens)* @unpleasant", "feeling-reflection: 'the group chats make you anxious'", .statementOnly),
            CueRule("(eating|gnawing|preying) (away)? (at|on) you", "feeling-reflection: 'it\'s eating at you'", .statementOnly),
            CueRule("(doing|does|did) your head in", "feeling-reflection: 'the not knowing is doing your head in'", .statementOnly),
            CueRule("(getting|got|get) you down", "feeling-reflection: 'it\'s getting you down'", .statementOnly),
            CueRule("hear (how|just how) (much|strongly|deeply|hard|badly) you", "feeling-reflection: 'I hear how strongly you feel'"),
            CueRule("(what is|what has been|what was) (@intens)* (hurting|upsetting|bothering|worrying|frightening|scaring) (you)?", "feeling-reflection: 'what\'s really hurting is…'", .statementOnly),
            CueRule("^ it (@intens)* (hurts|stings) , (seeing|watching|knowing|hearing|having)", "feeling-reflection: 'it really hurts, seeing her…'", .statementOnly),
            CueRule("you (@intens)* (feel|felt|are feeling|have been feeling) (@intens)* (on the outside|left out|like an outsider|invisible|unseen|out of place|in the way|unwanted|unheard)", "feeling-reflection: 'you feel on the outside'", .statementOnly),
            CueRule("(must|might|may) (be|have been) (@intens)* (eating|getting|preying) (on|at|to)? (you|your)", "feeling-reflection: 'that must be weighing on you'", .statementOnly),
            // From set E: how their situation feels to them, said about them.
            CueRule("(that|it|this|which|silence|word|comment|remark|losing (it|her|him|them)) (@intens)* (hurts|hurt|stung|stings|cuts (@intens)* deep)", hurtsThemRule, .statementOnly),
            CueRule("(losing|leaving|giving up|missing) ~ (hurts|stung|stings)", hurtsThemRule, .statementOnly),
            CueRule("(seems|seem|seemed) to (hurt|sting|bother|upset|get to) (you)? (more|most|as much|the most)?", hurtsThemRule, .statementOnly),
            CueRule("(it|that) (@intens)* (feels|felt) (@intens)* (unfair|wrong|unjust|pointless|hopeless|lonely)", hurtsThemRule, .statementOnly),
            CueRule("you (@intens)* (feel|felt|are feeling|have been feeling) (@intens)* (adrift|walked over|walked all over|trapped|stuck|small|lost|pushed out|overlooked|sidelined|taken for granted|like a (guest|stranger|spare part|failure|burden|doormat|outsider|fraud|child|kid|servant|visitor))", "feeling-reflection: 'you feel walked over'", .statementOnly),
            CueRule("(leaves|left|leaving) you (@intens)* feeling like", "feeling-reflection: 'that leaves you feeling like it's not your home'", .statementOnly),
            CueRule("you (are|were|have been|'re) (@intens)* (regretting|mourning|resenting|worrying|kicking yourself|beating yourself up)", "feeling-reflection: 'you're regretting how it went'", .statementOnly),
            CueRule("you (@intens)* (worry|worried) (that|about|you|it|he|she|they)", "feeling-reflection: 'you worry you're losing them'", .statementOnly),
            CueRule("you (are going to|will|'re going to) (@intens)* miss (her|him|them|it|that|this|each other|the) ", "feeling-reflection: 'you're going to miss her terribly'", .statementOnly),
            CueRule("(mixed|complicated|conflicting|big|strong) feelings", "feeling-reflection: 'a lot of mixed feelings'", .statementOnly),
            CueRule("the (wanting|fear|dread|grief|anger|guilt|relief|sadness|panic|shame|longing|worry|hurt) (@intens)* (is real|builds|grows|creeps|kicks in|takes over|comes|is there)", "feeling-reflection: 'the dread builds' / 'the wanting is real'", .statementOnly),
            CueRule("no wonder you (are|were|feel|felt|'re) (@intens)* (worn down|worn out|run down|drained|on edge|wound up|at the end of your tether|fed up|knackered|shattered)", "feeling-reflection: 'no wonder you're worn down'", .statementOnly),
            CueRule("you (are|were|have been|'re) (@intens)* (running on empty|at the end of your tether|at your wits end|on edge|at breaking point|worn down|worn out|run ragged|wound up|at rock bottom)", "feeling-reflection: 'you're running on empty'", .statementOnly),
            CueRule("(gets|get|got|getting) under your skin", "feeling-reflection: 'he gets under your skin'", .statementOnly),
            CueRule("(@anyfeeling|hate|anger|love|rage|hurt|grief|guilt|fear|shame) (is|was) (a|such a) (@intens)* (strong|big|powerful|heavy|hard|real) (feeling|word|emotion|thing to feel)", "feeling-reflection: 'hate is a strong feeling'", .statementOnly),
            CueRule("you (are|were) (@intens)* right to (be|feel) (@intens)* @anyfeeling", "feeling-reflection: 'you're right to be annoyed'", .statementOnly),
            CueRule("(that|this|which) (is|was|can be|can feel|would feel|must feel|sounds|would be) (@intens)* (annoying|disorienting|disorientating|confusing|disappointing|embarrassing|insulting|unsettling|bewildering|belittling|exhausting|draining|isolating|lonely|mortifying|maddening)", thatFeelsRule, .statementOnly),
            CueRule("(would|will|'d) (@intens)* (make|leave|put|send) (most people|anyone|anybody|everyone|any of us|any parent) (@intens)* (@anyfeeling|furious|livid|on edge|up the wall|round the bend|anxious)", "feeling-reflection: 'that would make most people furious'", .statementOnly),
            CueRule("you (have|'ve)? (@intens)* (looked|seemed|sounded) (@intens)* (flat|low|down|off|quiet|drained|tired|stressed|wiped out|distant|far away|preoccupied)", "feeling-reflection: 'you've looked flat all week'", .statementOnly),
            CueRule("being (@intens)* (@anyfeeling|embarrassed|ashamed) (about (it|that|this))? (is|was|would be) (@intens)* (understandable|normal|natural|okay|ok|human)", "feeling-reflection: 'being embarrassed about it is understandable'", .statementOnly),
            // From set G.
            CueRule("you (@intens)* (feel|felt) (that)? you (have|had|should|are|were|failed|let|did not|can not|could not)", "feeling-reflection: 'you feel you've failed' (their felt judgement of themselves)", .statementOnly),
            CueRule("(less like ~~ and)? more like (@feelingnoun|fear|dread|hurt|grief|panic)", "feeling-reflection: 'less like control and more like fear'", .statementOnly),
            CueRule("^ (and)? (that|this) (fear|dread|grief|anger|guilt|shame|loneliness|sadness|worry|hurt|panic) (of|about|does|does not|sounds|has|is|keeps|that|you)", "feeling-reflection: 'that fear of ending up alone' (names their feeling)", .statementOnly),
            CueRule("you (are|were|'re) (@intens)* desperate (for|to)", "feeling-reflection: 'you're desperate for a break'", .statementOnly),
            CueRule("running (low|short) on (patience|energy|steam|hope)", "feeling-reflection: 'running low on patience'", .statementOnly),
            CueRule("you (are|were|'re|have been) running on (nothing|fumes|empty)", "feeling-reflection: 'you're running on nothing'", .statementOnly),
            CueRule("you ~ (talked|spoke|told me) about missing", "feeling-reflection: 'you've talked about missing your friends'", .statementOnly),
            CueRule("you came in (@intens)* (@anyfeeling|worried|scared|angry|upset|nervous)", "feeling-reflection: 'you came in worried'", .statementOnly),
            CueRule("it is (@intens)* feeling (@anyfeeling|invisible|unseen|unheard|alone|left out)", "feeling-reflection: 'it's feeling invisible'", .statementOnly),
            // From set G (second pass).
            CueRule("^ (so)? you are not (@intens)* (fine|okay|ok|alright|all right|good|great|coping) $", "feeling-reflection: 'You're not fine.' (their denied feeling said back)", .evenIfNegated, .statementOnly),
        ],
        vetoes: [
            "(film|movie|book|song|show|match|game|episode|series|story|ending) (is|was|would be|has been|sounds)",
            "there is (no|nothing)",
            "(say|tell (her|him|them)|saying|telling (her|him|them)) (that)? you (are|were|'re|feel)",
            "(if|when|unless) you (@intens)* (miss|fear)",
            "you (will|would|might|could|may) (@intens)* miss (the|your|a|an|out)",
            "you (are|were) (@intens)* welcome",
            "you (are|were) just (jealous|bitter|angry|upset|tired|scared|sensitive)",
            "you (would|will|'d) (feel|be) (better|fine|ok|okay|happier)",
            "you (look|looked|seem) (well|fine|good|great|happy|lovely)",
            "your (love|hope) (is|was|means)",
            "you (are|were|get|got|'re) (so)? used to",
            "you (are|were) down to",
            "you (are|were|got|get) (stuck|left) (with|behind|in|at|on)",
            "(a|an) (@intens)* (@evoking|rough|hard|horrible|awful) (thing to (hear|say)|place to stand)",
        ],
        derive: { detection in
            // "…and that hurts" names *their* hurt only when the sentence is
            // about them and their line did not hurt the speaker: "It hurts
            // when you say that" and "That comment really hurt" are the
            // speaker's own.
            guard detection.hasAny(.feelingReflection, where: { $0.rule == hurtsThemRule || $0.rule == thatFeelsRule }) else { return }
            let parsed = detection.parsed
            let previous = detection.previous
            var dropped: [Int] = []
            detection.found.removeAll { match in
                guard match.cue == .feelingReflection, match.rule == hurtsThemRule || match.rule == thatFeelsRule else { return false }
                let sentenceIndex = parsed.sentenceOfToken[match.tokens.lowerBound]
                let sentence = parsed.sentences[sentenceIndex]
                let drop = previous.map { $0.addressesListener } ?? true
                    || sentence.tokens.contains { WordClasses.firstPerson.contains(parsed.tokens[$0].norm) }
                if drop { dropped.append(sentenceIndex) }
                return drop
            }
            // …and the reflection that rested on it alone.
            for sentenceIndex in dropped where !detection.has(.feelingReflection, inSentence: sentenceIndex) {
                detection.found.removeAll { match in
                    match.cue == .reflection && match.rule == namesTheirFeelingRule
                        && parsed.sentenceOfToken[match.tokens.lowerBound] == sentenceIndex
                }
            }
        },
        fires: [
            CueExample("She keeps you at a distance, and that hurts.", after: "My stepdaughter won't talk to me."),
            CueExample("Losing the allotment hurts.", after: "The council took back my allotment."),
            "You feel walked over.",
            "You're going to miss him.",
            "You're running on empty.",
            "That would make anyone furious.",
            "The dread builds all afternoon.",
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
            "You must miss her terribly.",
            "You seem a bit down today.",
            "That must have been really lonely.",
            "You feel you let him down, and it's sitting heavily with you.",
            "It sounds less like laziness and more like fear.",
            "That dread of Mondays has been there a while.",
            "You're desperate for some quiet.",
            "No wonder you're running low on patience.",
            "You came in anxious about the results.",
            CueExample("You're not okay.", after: "Honestly, I'm not okay."),
            CueExample("Exhausting. Yeah.", after: "Looking after Dad is exhausting."),
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
            "I miss her terribly.",
            "You're always so thoughtful.",
            "You're used to it by now.",
            "You were stuck with the bill.",
            "You make me feel safe.",
            CueExample("It hurts when you say that.", after: "You never listen."),
            "My back hurts.",
            CueExample("That hurt my feelings.", after: "You were rude at dinner."),
            "That's a hard thing to hear.",
            "That's a hard place to stand.",
            "More like Tuesday, actually.",
        ]
    )

    /// The label of the rules naming a hurt of theirs, written once: the
    /// derive drops them in sentences about the speaker.
    private static let hurtsThemRule = "feeling-reflection: 'and that hurts' (their hurt, said about them)"
    private static let thatFeelsRule = "feeling-reflection: 'that can be exhausting' / 'that's so annoying' (how it is for them)"
}
