extension CueDetectors {
    /// Warding off blame instead of hearing the complaint.
    static let defensiveness = CueDetector(
        .defensiveness,
        summary: "Warding off blame: \"it's not my fault\", \"that's not fair, I…\", \"I was only…\", \"don't blame me\", \"well, you…\", \"what about you?\".",
        rules: [
            CueRule("i do not see (what|why) (the big deal|the problem|the issue|this) is", "defensiveness: 'I don't see what the big deal is'", .evenIfNegated),
            CueRule("^ (it|that) (was not|is not) me $", "defensiveness: 'it wasn't me'", .evenIfNegated, .statementOnly),
            CueRule("^ (do not|don't) look at me", "defensiveness: 'don't look at me'", .evenIfNegated),
            CueRule("i (have)? already (told|explained (it|this)? to) you", "defensiveness: 'I already told you'"),
            CueRule("i (have|'ve) (got)? my reasons", "defensiveness: 'I've got my reasons'"),
            CueRule("you (do not|don't) know what (it is|it's|it was) like", "defensiveness: 'you don't know what it's like'", .evenIfNegated),
            CueRule("(it is|it's|it was) not like that", "defensiveness: 'it's not like that'", .evenIfNegated),
            CueRule("you (were not|weren't) (even)? there", Self.youWereNotThere, .evenIfNegated),
            CueRule("(do not|don't) make (this|it) about me", "defensiveness: 'don't make this about me'", .evenIfNegated),
            CueRule("i (do not|don't) have to (explain|justify) (myself|anything|my)", "defensiveness: 'I don't have to explain myself'", .evenIfNegated),
            CueRule("what (was|am|were) i (supposed|meant|expected) to (do|say)", "defensiveness: 'what was I meant to do?'"),
            CueRule("i am not the (bad guy|villain|enemy|problem|bad one|one at fault)", "defensiveness: 'I'm not the bad guy here'", .evenIfNegated),
            CueRule("i (did|have|have already|already) (apologised|apologized|said sorry)", "defensiveness: 'I did apologise'"),
            CueRule("(it is|it was|that is|that was|this is) (not|never) (@intens)* my (fault|problem|job|responsibility)", "defensiveness: 'it's not my fault'", .evenIfNegated),
            CueRule("not my (fault|problem|job|responsibility)", "defensiveness: 'not my problem'", .evenIfNegated),
            CueRule("(that is|that was|this is|it is) not (@intens)* (fair|true|what happened|what i (said|meant|did)|how it (happened|was))", notTrue, .evenIfNegated),
            CueRule("i was (only|just) (trying|joking|saying|asking|helping|being|doing|kidding)", "defensiveness: 'I was only trying…'"),
            CueRule("(do not|stop) (blame|blaming) (me|this on me|it on me)", "defensiveness: 'don't blame me'", .evenIfNegated),
            CueRule("why (are|do|is) you (always)? (blame|blaming|attacking|having a go at) me", "defensiveness: 'why are you blaming me?'"),
            CueRule("^ well ,? (you|what about you|at least i)", Self.wellYou),
            CueRule("(but|and)? what about (you|when you|yourself|the time you|last week when you)", whatAboutYou),
            CueRule("(you do it|you did it|you do that|you did that) (too|as well|all the time)", "defensiveness: 'you do it too'"),
            CueRule("(look who is talking|you are one to talk|you can talk|pot calling the kettle)", "defensiveness: 'look who's talking'"),
            CueRule("at least i", "defensiveness: 'at least I…'"),
            CueRule("i (did not|never) (do|mean|say|know) (anything|that|it|nothing)", didNotDoAnything, .evenIfNegated),
            CueRule("i (did|have done|did not do) nothing wrong", "defensiveness: 'I did nothing wrong'", .evenIfNegated),
            CueRule("(what|what else) (did|have) i (even)? (do|done)", "defensiveness: 'what did I even do?'"),
            CueRule("how (was|am|were) i (supposed|meant) to know", "defensiveness: 'how was I supposed to know?'"),
            CueRule("i (am not|was not) the (one|only one) (who|that)", "defensiveness: 'I'm not the one who…'", .evenIfNegated),
            CueRule("(you are|you were) the one (who|that)", Self.youAreTheOne),
            CueRule("it is not like i", "defensiveness: 'it's not like I…'", .evenIfNegated),
            CueRule("i had no (choice|idea|option)", hadNoChoice, .evenIfNegated),
            CueRule("i did (my best|everything i could|what i could)", "defensiveness: 'I did my best'"),
            CueRule("^ (yes|yeah) ,? but", "defensiveness: 'yes, but…'"),
            CueRule("(that is|it is) not what i (said|meant)", "defensiveness: 'that's not what I said'", .evenIfNegated),
            CueRule("i (never said|did not say) that", "defensiveness: 'I never said that'", .evenIfNegated),
            CueRule("i (never|did not) (said|say) (that|you|anything|a word)", "defensiveness: 'I never said you were' (denying the charge)", .evenIfNegated),
            CueRule("(twist|twisting|twisted) (my words|what i (say|said|mean|meant))", "defensiveness: 'you twist my words'"),
            CueRule("(you are|you were|you) (@intens)* (always|constantly)? (attacking|criticising|criticizing|nagging|picking on|getting at|having a go at|on at) me", "defensiveness: 'you're always attacking me'"),
            CueRule("^ no ,? (we|i|you|it|that|they|he|she) (do not|did not|have not|was not|were not|is not|are not|does not|had not|am not) (,|$)", Self.noWeDont, .evenIfNegated),
            CueRule("^ (have|did|was|am|do|had) i \\? $", Self.haveI),
            CueRule("^ (every time|always|never|all the time|at least) \\?", Self.everyTime),
            CueRule("^ says (the|you|who|someone|somebody|a)", "defensiveness: 'says the one who…' (turning it back)"),
            CueRule("^ (and|well) ,? (you are|you were|so are you) (@intens)* (a|an)? (@intens)* (@insult)", "defensiveness: 'and you're a nag' (a counter-charge)"),
            CueRule("((so are you|so do you|so did you|neither do you|neither did you) ($|!)|you are no better|you are not exactly)", "defensiveness: 'so are you' (turning it back)"),
            CueRule("(that|it) (was|is) (never|not) (my|our) (intention|plan|aim|idea)", "defensiveness: 'that was never my intention'", .evenIfNegated),
            CueRule("^ here we go (again)?", "defensiveness: 'here we go again'"),
            CueRule("(where else|what else|how else|when) (was|am|were) i (supposed|meant|expected) to", "defensiveness: 'where else was I supposed to put it?'"),
            CueRule("(was|am|were) i (supposed|meant|expected) to (just)? (let it go|ignore|say nothing|keep quiet|sit there|pretend|read your mind)", "defensiveness: 'was I supposed to just let it go?'"),
            CueRule("what (more|else) do you want (from me|me to)?", "defensiveness: 'what more do you want from me?'"),
            CueRule("(that is|it is|this is) not (@intens)* the same (thing)? (at all)?", "defensiveness: 'that's not the same thing at all'", .evenIfNegated, .statementOnly),
            CueRule("(and|then)? suddenly i am (a|an|the)", "defensiveness: '…and suddenly I'm the bad one'"),
            CueRule("i have (already)? told you ~ times", toldYouTimes),
            // From set F.
            CueRule("do not call me (@insult|that|a|an|names|paranoid|dramatic|lazy|selfish|crazy|difficult|abrupt|sensitive)", dontCallMe, .evenIfNegated),
            CueRule("(give me|name) (one|a single) (example|time|instance|thing|person|friend|occasion)", giveMeOneExample),
            CueRule("(that is|that's|this is|it is) (@intens)* (untrue|a lie|a load of rubbish|rubbish|nonsense|not what happened|not fair on me)", notTrue, .evenIfNegated),
            CueRule("(this is|that is|it is) the first i (have|'ve)? heard (of|about) (it|this|that|any)", firstIHeard),
            CueRule("calling me (@insult|names|that|lazy|selfish|paranoid|dramatic) (is not|will not|won't|does not|isn't|doesn't)", dontCallMe, .evenIfNegated),
            CueRule("takes one to know one", "defensiveness: 'takes one to know one' (turning it back)"),
            CueRule("i (only|just) (say|said|do|did|ask|asked|mention|mentioned) (it|that|this|so) (because|since|as|out of)", "defensiveness: 'I only say it because…' (justifying)"),
            CueRule("^ oh come on", "defensiveness: 'oh come on' (brushing off the charge)"),
            CueRule("why (single|pick on|blame|target|go after) (me|us)", "defensiveness: 'why single us out?'"),
            CueRule("what (do|did|else do|would) you (want|expect) (me|us) to (do|say)", "defensiveness: 'what do you want me to do?'"),
            CueRule("(is|was|are|is just) not (@intens)* fair (on|to) (me|us|them)", "defensiveness: 'that isn't fair on me'", .evenIfNegated),
            CueRule("(make|makes|making|made) it sound like", Self.makeItSound),
            CueRule("i (am|was) not (a|an|some) (@intens)* (@insultnoun|child|kid|invalid|teenager|criminal|monster|alcoholic|servant|maid)", "defensiveness: 'I'm not a child' (rejecting the label)", .evenIfNegated),
            CueRule("i (am|was) not (being)? (@intens)* (@insultadj|lazy|controlling|selfish|overreacting|ungrateful|nagging|exaggerating|shouting|yelling|speaking over|interrupting|ignoring) ~ , i (am|was)", "defensiveness: 'I'm not lazy, I'm exhausted' (denial and correction)", .evenIfNegated),
            CueRule("i (have not|did not|never|do not) (forgotten|forget|ignored|ignore|lied|lie|assume|assumed|look|looked|treat|treated|said a word|done anything|meant any) (you|anything|that|it|a word|about|at you)", "defensiveness: 'I haven't forgotten you' (denying the charge)", .evenIfNegated),
            CueRule("(i|we|he|she|they|my (son|daughter|kid|kids|boy|girl|husband|wife|partner|mum|mom|dad|brother|sister)) (would|will) never (do|say) (that|such a thing|anything like that)", Self.wouldNever, .evenIfNegated),
            CueRule("i (am|was|have been) (doing|trying) (my best|my very best|everything i can|the best i can|all i can|my hardest)", "defensiveness: 'I'm doing my best'"),
            CueRule("(you are|you were) (not|no) (exactly)? (perfect|a saint|an angel|innocent)", "defensiveness: 'you're not perfect either'", .evenIfNegated),
            CueRule("i can not (do|be) (everything|everywhere|it all|in two places)", "defensiveness: 'I can't do everything'", .evenIfNegated),
            CueRule("why (is it|am i) (always)? (me|my fault|the one)", "defensiveness: 'why is it always me?'"),
            CueRule("i (am allowed|have (every|a) right) to (have|relax|see|go|be|want|spend|do)", "defensiveness: 'I'm allowed to…'"),
            CueRule("i (have|have got) (just)? as much (right|reason) (to|as)", "defensiveness: 'I've got as much right to be here as you'"),
            // Counter-charges and sarcasm that turn the complaint back.
            CueRule("like you (@intens)* (never|always|ever|have never|did not|do not|are any better|are perfect|are so perfect)", Self.likeYouNever, .evenIfNegated, .statementOnly),
            CueRule("^ so (is|are|was|were|do|does|did) (you|yours|your) $", Self.soAreYouShort, .evenIfNegated),
            CueRule("^ so (is|was) (-ing)", Self.soAreYouShort),
            CueRule("^ (oh)? ,? so now (i|i am|i have|it is|everything is) (need|have to|not allowed|the|a|an|must|can not|supposed|meant|to blame|responsible)", "defensiveness: 'so now I need permission?' (sarcasm at the charge)", .evenIfNegated),
            CueRule("(nobody|no one|no-one) (asked|told|made|forced|begged) you (to)?", "defensiveness: 'nobody asked you to' (rejects the complaint)", .evenIfNegated),
            CueRule("i would not (have to|need to|be|have) ~ if you", "defensiveness: 'I wouldn't have to interrupt if you…' (their fault, not mine)", .evenIfNegated),
            // Justifying and denying after a charge.
            CueRule("i am not (@intens)* trying to", Self.notTryingTo, .evenIfNegated),
            CueRule("i am (@intens)* trying to be (fair|nice|helpful|honest|reasonable|supportive|kind|patient)", Self.notTryingTo),
            CueRule("(it is|it was|this is|that is) not (@intens)* (about you|personal|aimed at you)", Self.notAboutYou, .evenIfNegated),
            CueRule("i (did not|never) (claim|pretend|promise|agree|say) (i|that|to|it|you|anything|we)", "defensiveness: 'I didn't claim I made them' (denying the charge)", .evenIfNegated),
            CueRule("(i|we) (am|was|were|are) the (only)? one (who|that) (was|did|does|has|had|is|stayed|looked|sat|paid|cleaned)", Self.iAmTheOne),
            CueRule("what (did|do) you expect $", "defensiveness: 'what do you expect?'"),
            CueRule("(it is|it's|its) a (free country|public (road|street|place|space|footpath|pavement|park|car park))", "defensiveness: 'it's a public road' (rejects the complaint)"),
            CueRule("(did|were) you (actually|even|really) (see|hear|witness|there)", Self.didYouActuallySee, .questionOnly),
            CueRule("(it was|that was|i was) (only|just) (a joke|joking|kidding|banter|having a laugh)", "defensiveness: 'it was only a joke'"),
            CueRule("(can you not|can not you|you can not) take a joke", "defensiveness: 'can't you take a joke?'", .evenIfNegated),
            CueRule("so (now)? (it is|this is|everything is) (all)? my fault", "defensiveness: 'so now it's my fault'"),
            CueRule("i (already)? (said|told you) (i am|i was) sorry", "defensiveness: 'I said I was sorry, okay?'"),
            CueRule("i do not (always|ever) (side|take|agree|do|say|leave)", "defensiveness: 'I don't always side with her' (denying the charge)", .evenIfNegated),
            CueRule("^ and you (have been|are|were|'ve been|'re) (@intens)* (@insult|impossible|worse|no better|just as bad|no saint|perfect)", "defensiveness: 'and you\'ve been impossible since forever' (a counter-charge)"),
            CueRule("says you ($|!|,)", "defensiveness: 'says you' (turns it back)"),
            CueRule("(works|work|goes|go|cuts|cut) both ways", "defensiveness: 'phones work both ways' (turns the charge back)"),
            CueRule("(it is|it's) my (money|house|life|car|time|phone|decision|choice|body|room|flat|business) (too|as well)?", "defensiveness: 'it\'s my money too'", .statementOnly),
            CueRule("(it is|it's) my (money|house|life|car|time|phone|decision|choice|body|room|flat|business) (too|as well) ,? (is it not|is not it|innit|right|you know)", "defensiveness: 'it's my money too, isn't it?'", .evenIfNegated),
            CueRule("i am (@intens)* allowed to", "defensiveness: 'I\'m allowed to buy stuff'", .statementOnly),
            CueRule("^ prove (it|that)", "defensiveness: 'prove it'"),
            CueRule("get over yourself", "defensiveness: 'get over yourself'"),
            CueRule("are you sure (it was|that was|it is|that is) (him|her|me|my|mine|us|them|our)", "defensiveness: 'are you sure it was him?' (disputes the charge)"),
            CueRule("^ (hang on|hold on|wait) ,? i (did|have|was|backed|told|said|asked|paid|called|texted|sent|do|cleaned|helped)", "defensiveness: 'hang on, I backed you up…'"),
            CueRule("i will (say|do|wear|go|eat|spend) (what|whatever|where|wherever|how|however) i (like|want|please)", "defensiveness: 'I\'ll say what I like'"),
            CueRule("(i think)? (that is|that's) allowed", "defensiveness: 'I think that\'s allowed'"),
            CueRule("(is|was) that a (problem|crime)", Self.isThatAProblem),
            CueRule("i do not think i (am|was|did|have|do) $", "defensiveness: 'I don\'t think I am'", .evenIfNegated),
            CueRule("nothing to hide", "defensiveness: 'I\'ve got nothing to hide'", .evenIfNegated),
            CueRule("i am (@intens)* on at you because", "defensiveness: 'I\'m on at you because…' (justifies)"),
            CueRule("(it was|i was|that was) (just|only)? (a joke|joking|kidding|banter|messing about|messing around|having a laugh)", "defensiveness: 'it was a joke'"),
            CueRule("^ (that is|that's) (@intens)* (rubbish|nonsense|a lie|bollocks|bull)", "defensiveness: 'that\'s rubbish' (denies the charge)"),
            // From set G.
            CueRule("you could (have)? (@intens)* (texted|called|rung|phoned|asked|said something|come|visited|messaged|reached out|emailed|rang) (me)? (too|as well|yourself|either)", "defensiveness: 'you could've texted too' (turns it back)"),
            CueRule("i am not the one (who|being|that)", "defensiveness: 'I'm not the one being a bully' (turns it back)", .evenIfNegated),
            CueRule("some of us have to (work|earn|get up|pay|actually)", "defensiveness: 'some of us have to earn a living' (justifies)"),
            CueRule("^ (was not|wasn't|was never) me", "defensiveness: 'wasn't me'", .evenIfNegated, .statementOnly),
            CueRule("^ (that is|that's|it is|it's) not (true|fair|right) ,? i (was|did|have|am|do|had|went|paid|came|picked|got|took)", "defensiveness: 'that's not true, I was home early that week'", .evenIfNegated),
            CueRule("(that is|that's) not what i am (doing|saying|trying to do)", "defensiveness: 'that's not what I'm doing'", .evenIfNegated),
            CueRule("i did not (break|touch|take|steal|lose|move|scratch|dent|crash|eat|read|open|use) (it|that|them|your|anything)", Self.didNotBreakIt, .evenIfNegated),
            CueRule("i was (going to|gonna|about to) (pay it back|pay you back|tell you|give it back|put it back|replace it|fix it|clean it|return it|sort it|bring it back)", Self.wasGoingTo),
            CueRule("^ i (do not|did not|am not|have not) always", Self.notAlways, .evenIfNegated),
            CueRule("^ i did ,? (you|but you) (just)? (did not|never|were not|was not|chose not)", "defensiveness: 'I did, you just didn't listen'", .evenIfNegated),
            CueRule("it (was not|wasn't) (there|like that|broken|dented|scratched) when i", "defensiveness: 'it wasn't there when I parked it'", .evenIfNegated),
            // From set H: excuses, minimising and emphatic contradictions,
            // read as defence only after a charge aimed at the listener.
            CueRule("(i was|i am|we are|we were) (just|only)? (@intens)* (late for|busy|working (late|all day|nights|a double|doubles)|at work|cold|freezing|short staffed|short-staffed|understaffed|slammed|swamped|in a rush|stuck in traffic|being (friendly|nice|polite|honest|helpful|careful))", Self.excuse),
            CueRule("i have been (@intens)* (slammed|swamped|flat out|run off my feet|rushed off my feet|dropping|looking after|caring for|covering|working (late|nights|doubles|extra|all))", Self.excuse),
            CueRule("(something|stuff|things|an emergency) came up", Self.excuse),
            CueRule("my (battery|phone|alarm|car|bus|train|laptop) (died|was dead|broke|broke down|did not go off|was late|was cancelled|was canceled|ran out)", Self.excuse),
            CueRule("(i did not|i had no) (have)? (time|the time|any time|a chance)", Self.excuse, .evenIfNegated),
            CueRule("i (thought|assumed) you (would|would have) (be|been|like|want|love|appreciate|enjoy)", Self.excuse),
            CueRule("(it was|it is) (only|just)? (my birthday|a sleepover|a surprise|an accident|one night|one time|a one-off|one drink|a couple of drinks)", Self.excuse),
            CueRule("i was (going to|gonna|about to) (hang|put|wash|do|take|fix|clean|tidy|sort|empty|move|call|ring|text|pay|tell|give|bring|replace|finish)", Self.excuse),
            CueRule("(everyone|everybody) (does|does it|else does|else is|else did|is doing it|has one)", Self.excuse),
            CueRule("(it is|its|it was|that is|that was) (only|just) (one|two|three|money|five|ten|twenty|fifty|100|200|once|twice) ($|,|!|quid|pounds|dollars|bucks|euros|night|nights|time|times|minutes)", Self.minimising),
            CueRule("there (were|was) (like|only|just|maybe|literally) (one|two|three|a couple|a few)", Self.minimising),
            CueRule("(that is|it is|this is) not (never|always|every time|all the time|every day) ($|,|!)", Self.contradicts, .evenIfNegated),
            CueRule("^ i (literally|actually|definitely) (took|did|paid|cleaned|fixed|called|texted|rang|emptied|washed|told|sent|put|booked|asked|said)", Self.contradicts),
            CueRule("^ i (did not|have not|was not|never) !", Self.contradicts, .evenIfNegated),
            CueRule("i (have|had)? (already)? (told|explained|said) (you|it|this|that)? (that|this|it)? (over and over|again and again|like ~ times|~ times)", Self.toldYouTimes),
            CueRule("(you are|you were) (@intens)* (exaggerating|overreacting|making (it|this|that) up)", Self.counterCharge),
            CueRule("(that is|this is|it is) (@intens)* unfair", Self.counterCharge),
            CueRule("not everything is about you", Self.counterCharge),
            CueRule("^ (and|so|well)? ,? where (were|was) you", Self.counterCharge),
            CueRule("(so)? we are even", Self.counterCharge),
            CueRule("(do not|stop|quit) (lecture|lecturing|hassle|hassling|nag|nagging|preach|preaching|patronise|patronising|patronize|patronizing) (me|at me)", Self.counterCharge, .evenIfNegated),
            CueRule("who do you think (pays|paid|is paying|cooks|cleans|does|did|works|earns)", Self.counterCharge),
        ],
        vetoes: [
            "i (did not|never) know that $",
            "that (was not|is not) fair (on|to) you",
            "(was|did|have|am) i \\? (oh no|sorry|oh god|oh|i am so sorry|i am sorry|i did not (mean|realise|realize|know|notice|see))",
            "not fair that (you|he|she|they|mum|dad) (are|is|were|was) (gone|dead|not here|sick|ill|dying)",
            "i (did not|never) (mean|meant) to ~ (you|your|anyone)",
            "at least i (can|could|will) (try|help|do|offer|make)",
            "what about (you|yourself) \\? $",
            "i did not (mean to (hurt|upset|scare) you)",
            "(it is|it was|that is) not your fault",
            "(i had no idea|i did not know|i did not realise|i did not realize) ,? (i am)? (@intens)* sorry",
            "(feel|felt|feels|seems|seemed|looks|looked|sounds|sounded|not|is it|it is|something) like you",
        ],
        derive: { detection in
            // Read against the other person's line: a reply that wards off
            // what they said about the listener.
            // "Never? wow." after "I've never been on a date", "Well, you're
            // here now" after "my wife made me come": with no charge aimed at
            // the listener, these dispute nothing.
            // Their line's readings, read once (no copy of their line).
            let hasPrevious = detection.previous != nil
            let addressesListener = detection.previous?.addressesListener ?? false
            let chargesListener = detection.previous?.chargesListener ?? false
            // The steps below only drop defensiveness matches: with none, skip them.
            if detection.hasAny(.defensiveness) {
                if hasPrevious, !addressesListener {
                    detection.removeFound { $0.cue == .defensiveness && chargeOnlyRules.contains($0.rule) }
                }
                // Without their line there is no charge to ward off: "I'm not
                // trying to attack you" may open a hard conversation.
                if !hasPrevious {
                    detection.removeFound { $0.cue == .defensiveness && needsTheirLine.contains($0.rule) }
                }
                if hasPrevious, !chargesListener {
                    detection.removeFound { $0.cue == .defensiveness && $0.rule == isThatAProblem }
                }
                // Set H's excuses defend only after a charge, and not beside
                // an apology or agreement, which hear it.
                if !chargesListener || detection.hasAny(.apology) || detection.hasAny(.validation) {
                    detection.removeFound { $0.cue == .defensiveness && afterChargeRules.contains($0.rule) }
                }
                // "I'm sorry. … It's not about you." explains an apology.
                if detection.found.contains(where: { $0.cue == .apology }) {
                    detection.removeFound { $0.cue == .defensiveness && ($0.rule == notAboutYou || $0.rule == hadNoChoice || $0.rule == haveI) }
                }
            }
            // Answering a suicide or self-harm question ("No, never. I'd never
            // do that to my mum") is not warding off a charge.
            if detection.previous?.mentionsSelfHarm == true {
                detection.removeFound { $0.cue == .defensiveness && $0.rule == wouldNever }
            }
            if hasPrevious, !detection.hasAny(.defensiveness) { addEchoChallenge(&detection) }
            guard addressesListener else { return }
            addAnswersToACharge(&detection, charged: chargesListener)
            guard let previous = detection.previous,
                let first = detection.parsed.sentences.indices.first,
                !detection.has(.defensiveness, inSentence: first)
            else { return }
            let parsed = detection.parsed
            let sentence = parsed.sentences[first]
            let start = parsed.contentStart[first]
            // The sentence's tokens from its content start, read in place.
            let end = sentence.tokens.upperBound
            let count = max(0, end - start)
            // Only the cues already found here matter, read once.
            let bits = detection.cueBits(inSentence: first)

            // After a charge: justifying instead of hearing it ("Because you
            // told me you'd handle it!", "I've been busy, ok?"), or arguing it
            // back ("What do you mean, never?").
            if previous.chargesListener, bits & hearsTheChargeBits == 0 {
                if count > 0, justificationOpeners.contains(parsed.norm(start)) && !previous.isQuestion
                    || justificationFirstWords.contains(parsed.norm(start))
                    && justificationPhrases.contains(where: { parsed.tokens(from: start, to: end, startWith: $0) })
                {
                    detection.add(.defensiveness, sentence: first, "defensiveness: justifies instead of hearing the complaint")
                    return
                }
                if detection.questionForm(ofSentence: first) != nil, parsed.tokens(from: start, to: end, startWith: whatDoYouMean) {
                    detection.add(.defensiveness, sentence: first, "defensiveness: questions the charge back ('what do you mean, never?')")
                    return
                }
            }

            // Denying the words of a charge: "You're being selfish" → "I'm
            // not being selfish"; "You're not taking this seriously" → "I am
            // taking it seriously"; "You said Monday" → "I didn't say Monday".
            // The reply opens with "I" and a verb, reuses the charge's words,
            // and flips its polarity. Denying a feeling ("I'm not angry"),
            // refusing, or proposing is something else.
            guard count > 1, parsed.norm(start) == "i", denialVerbs.contains(parsed.norm(start + 1)),
                bits & notADenialBits == 0,
                detection.questionForm(ofSentence: first) == nil,
                !sentence.tokens.contains(where: { notDenialWords.contains(parsed.tokens[$0].norm) || unpleasantFirstWords.contains(parsed.tokens[$0].norm) }),
                !detection.found.contains(where: { $0.cue == .crisis })
            else { return }
            let negated = parsed.anyNegated(in: sentence.tokens)
            guard negated != previous.hasNegation, detection.sharesWords(inSentence: first) else { return }
            detection.add(.defensiveness, sentence: first, "defensiveness: denies the words of their charge ('I'm not being selfish')")
        },
        fires: [
            CueExample("I'm not lazy, I'm exhausted. There's a difference.", after: "You're so lazy."),
            CueExample("Don't call me paranoid. I saw the messages.", after: "You're being paranoid."),
            CueExample("When did I do that? Give me one example.", after: "You undermine me in front of clients."),
            CueExample("That's completely untrue, I've always credited the team.", after: "You take credit for my ideas."),
            CueExample("I'm not being selfish.", after: "You're being selfish wanting all of Mum's photos."),
            CueExample("I am taking it seriously.", after: "I feel like you're not taking this seriously."),
            CueExample("I didn't say Monday, I said early this week.", after: "You said you'd send the contract Monday."),
            "It's not my fault the bus was late.",
            "That's not fair, I did the dishes on Tuesday.",
            "I was only trying to help.",
            "Don't blame me.",
            "Well, you never help either.",
            "What about when you forgot my birthday?",
            "You do it too.",
            "At least I turn up.",
            "I didn't do anything!",
            "How was I supposed to know?",
            "Yeah, but you started it.",
            "That's not what I said.",
            "I was just trying to help!",
            "Well, you're not exactly perfect either.",
            "I had no choice.",
            "Why are you blaming me?",
            "I never said you were lazy!",
            "No, I didn't, I left at five.",
            "Did I?",
            "Says the man who never washes a cup.",
            "And you're a liar.",
            "That was never my plan, you know that.",
            "Here we go again.",
            "I'm not a kid, so stop treating me like one.",
            "I'm not selfish, I'm tired.",
            "I only mentioned it because I care about you.",
            "What do you want me to say?",
            "You make it sound like I planned it.",
            "Why pick on me?",
            "It was only a joke.",
            "I'm doing my best here.",
            "It's not fair on me either.",
            "Always? Name one time.",
            CueExample("And you're a lousy cook, so we're even.", after: "You're a lousy driver."),
            CueExample("Late? I was there at nine sharp.", after: "You were late again this morning."),
            CueExample("I did tell you!", after: "Why didn't you tell me about the party?"),
            CueExample("Oh please, like you never forget anything.", after: "You forgot to lock the door again."),
            CueExample("Nobody asked you to wait up.", after: "Why do you always come home so late?"),
            CueExample("I'm not trying to control you, I just worry.", after: "You're always telling me what to do."),
            CueExample("I've got as much right to sit here as anyone.", after: "You can't sit there."),
            CueExample("So now I have to ask permission to see my friends?", after: "Why did you go out without telling me?"),
            CueExample("My daughter would never say that.", after: "Your daughter called my son names."),
            CueExample("It's a free country.", after: "Could you not smoke by my window?"),
            CueExample("Texting goes both ways, you know.", after: "You never text me any more."),
            CueExample("You could have rung me too.", after: "You haven't called in a month."),
            CueExample("Don't look at me like that. I'm not the one who lied.", after: "How could you?"),
            CueExample("Wasn't me, I was at work all day.", after: "Somebody's eaten the cake."),
            CueExample("I was going to give it back on Friday, honestly.", after: "You've had my drill for a month."),
            CueExample("I don't always. I asked her once.", after: "Why do you always drag your sister into it?"),
            CueExample("That's not true, I picked them up twice last week.", after: "He never does the school run."),
            CueExample("Generous? I covered every bill for a year.", after: "You could be a bit more generous."),
            CueExample("Lazy? She was up at five every day.", after: "Your mum was lazy about the house."),
            CueExample("I wouldn't have to shout if you ever listened.", after: "Stop shouting at me!"),
        ],
        doesNotFire: [
            CueExample("Awful? What made it awful?", after: "I went to the party and it was awful."),
            CueExample("Nothing? That sounds really lonely.", after: "I felt nothing at the funeral."),
            CueExample("No, never. I'd never do that to my kids.", after: "Do you ever think about ending your life?"),
            CueExample("I'm really glad you did tell me.", after: "I'm not sure why I'm telling you this."),
            CueExample("Did I? Sorry, I didn't realise. I'll move it now.", after: "You parked across my drive."),
            CueExample("I didn't know that.", after: "You're not ignoring him, you're frightened."),
            CueExample("I'm not saying you're selfish. I felt let down.", after: "You're calling me selfish?"),
            CueExample("Oh no, I'm sorry, I had no idea. I'll sort it.", after: "Your dog's been barking all day."),
            CueExample("I'm sure that's not true, teachers don't hate students.", after: "Mr Patel hates me."),
            "So, um, do you come here often?",
            CueExample("I'm not angry.", after: "You seem angry since the diagnosis."),
            CueExample("I haven't seen them.", after: "Have you seen my keys?"),
            CueExample("I didn't mean to embarrass you.", after: "You embarrassed me at dinner."),
            "It's not your fault.",
            "That's fair.",
            "I was trying to get home early.",
            "I blame myself.",
            "What about Tuesday instead?",
            "At least I can try.",
            "I didn't mean to hurt you.",
            "Well done!",
            "Yes, that works.",
            "I know I messed up.",
            "I'm sorry, I didn't mean to hurt you.",
            "That's true.",
            "What about you? How was your week?",
            "I did my homework.",
            "It's not your problem.",
            "No, I don't think so.",
            "I didn't mean to upset you.",
            "I'm not angry, just tired.",
            "Come on, you can do it.",
            "I didn't tell you because I was scared.",
            "Suddenly I'm scared of the dark.",
            "What do you want to do tonight?",
            "I'm not ready yet.",
            CueExample("You weren't there, and that still hurts.", after: "I missed her last breath. I wasn't there."),
            CueExample("I'd never do that to my family.", after: "Are you having thoughts of hurting yourself?"),
            CueExample("Tired?", after: "I'm so tired of this job."),
            CueExample("How long?", after: "You've been on your phone again."),
            CueExample("You're the one who keeps the group going.", after: "I always organise the dinners."),
            CueExample("I had no idea, I'm so sorry.", after: "Your music kept us up all night."),
            CueExample("Why do you always have to nitpick?", after: "Why do you always leave the lights on?"),
            CueExample("And you're always so cheerful, it's lovely.", after: "You're always so negative."),
            CueExample("Again? Sorry, the bus broke down.", after: "You're late again."),
            "I'm not trying to start a fight. I just want to talk.",
            CueExample("Call me lazy again and I'll report you, you slob.", after: "Get up, you lazy slob."),
        ]
    )

    /// Labels of the rules that only ward off something when there was a
    /// charge to ward off, written once: the derive drops their matches
    /// otherwise.
    private static let wellYou = "defensiveness: 'well, you…' (counter-attack)"
    private static let everyTime = "defensiveness: 'Every time?' (disputing the charge's words)"
    private static let haveI = "defensiveness: 'Have I?' (challenging the charge)"
    private static let isThatAProblem = "defensiveness: 'is that a problem?'"
    private static let youWereNotThere = "defensiveness: 'you weren't there'"
    private static let youAreTheOne = "defensiveness: 'you're the one who…' (turning it back)"
    private static let noWeDont = "defensiveness: 'No, we don't' (contradicting the charge)"
    private static let makeItSound = "defensiveness: 'you make it sound like…'"
    private static let wouldNever = "defensiveness: 'I'd never do that' / 'my son would never do that'"
    private static let likeYouNever = "defensiveness: 'like you never leave anything lying around' (turning it back)"
    private static let soAreYouShort = "defensiveness: 'so is hiding money' (turning it back)"
    private static let notTryingTo = "defensiveness: 'I'm not trying to…' / 'I'm trying to be fair' (justifying)"
    private static let notAboutYou = "defensiveness: 'it's not about you'"
    private static let iAmTheOne = "defensiveness: 'I'm the one who was with him' (staking a claim back)"
    private static let didYouActuallySee = "defensiveness: 'did you actually see it?' (disputes the charge)"
    /// Rules that ward off only what the other person aimed at the listener:
    /// said to someone who spoke only of themselves or a third person ("I
    /// wasn't even there" → "You weren't there"), they reflect or agree.
    private static let chargeOnlyRules = Set([
        wellYou, everyTime, haveI, youWereNotThere, youAreTheOne, noWeDont, makeItSound, wouldNever,
        notTrue, whatAboutYou, didNotDoAnything, dontCallMe, giveMeOneExample, firstIHeard,
    ]).union(needsTheirLine)
    /// "I am not…", "I do not…", "I have not…": a denial of what they
    /// said ("I can't stay" is a refusal, not a defence).
    private static let denyingAuxiliaries: Set<String> = ["am", "do", "did", "have", "was", "had", "is", "has"]
    /// "I'm not saying you're selfish", "I don't think you're lazy", "I
    /// didn't mean to…", "I'm not angry, I'm hurt": clarifying, not warding off.
    private static let clarifyingAfterNot: Set<String> = [
        "saying", "say", "think", "mean", "blaming", "trying", "angry", "upset", "mad", "cross", "annoyed",
        "asking", "telling", "know", "want", "need", "judging", "criticising", "criticizing", "attacking",
        "comfortable", "here", "sure", "okay", "ok", "happy", "willing", "able", "going", "ready",
    ]
    private static let notTrue = "defensiveness: 'that's not fair / not true'"
    private static let whatAboutYou = "defensiveness: 'what about you?'"
    private static let didNotDoAnything = "defensiveness: 'I didn't do anything'"
    private static let hadNoChoice = "defensiveness: 'I had no choice'"
    private static let toldYouTimes = "defensiveness: 'I've told you a hundred times'"
    private static let dontCallMe = "defensiveness: 'don't call me paranoid' (refusing the label)"
    private static let giveMeOneExample = "defensiveness: 'give me one example' (challenging the charge)"
    private static let firstIHeard = "defensiveness: 'this is the first I've heard of it'"
    /// Rules from set E that also need their line to be there at all.
    private static let needsTheirLine: Set<String> = [
        likeYouNever, soAreYouShort, notTryingTo, notAboutYou, iAmTheOne, didYouActuallySee, toldYouTimes,
        didNotBreakIt, wasGoingTo, notAlways,
    ]
    private static let didNotBreakIt = "defensiveness: 'I didn't break it' (denies the charge)"
    private static let wasGoingTo = "defensiveness: 'I was going to pay it back' (justifies)"
    private static let notAlways = "defensiveness: 'I don't always' (disputes the charge's words)"
    private static let excuse = "defensiveness: an excuse after their charge ('I was late for work, ok?', 'something came up')"
    private static let minimising = "defensiveness: minimising their charge ('it's only 200 quid', 'there were like two typos')"
    private static let contradicts = "defensiveness: contradicts their charge ('that's not never', 'I literally took them out Tuesday')"
    private static let counterCharge = "defensiveness: turns their charge back ('you're exaggerating', 'where were you?')"
    /// Rules from set H that read as defence only when their line charged
    /// the listener ("You left the car on empty again"): after "How was
    /// your day?", "I was busy at work" just answers.
    private static let afterChargeRules: Set<String> = [excuse, minimising, contradicts, counterCharge]

    /// Their own word thrown back as a one-word question, then the case
    /// against it: "Finally? I did the garden every weekend for thirty
    /// years", "Selfish? I'm the one who sat with him", "Over it? She was my
    /// wife". A helper's echo ("Awful? What made it awful?", "Nothing? That
    /// sounds lonely") goes on to ask or reflect, and does not count.
    private static func addEchoChallenge(_ detection: inout Detection) {
        let parsed = detection.parsed
        guard parsed.sentences.count >= 2, !detection.sharedStems.isEmpty,
            parsed.sentences[0].endsWithQuestionMark
        else { return }
        let echo = parsed.contentStart[0]..<parsed.sentences[0].tokens.upperBound
        // "You lost my booking?", "Your best?": their claim about themselves
        // thrown back is an attack, not a defence.
        guard !echo.isEmpty, parsed.norm(echo.lowerBound) != "you", parsed.norm(echo.lowerBound) != "your" else { return }
        var words = 0
        for position in echo where parsed.tokens[position].isWord {
            guard detection.sharedStems[position] != nil || echoFillers.contains(parsed.norm(position)) else { return }
            words += 1
        }
        guard (1...5).contains(words), echo.contains(where: { detection.sharedStems[$0] != nil }) else { return }
        let start = parsed.contentStart[1]
        guard start < parsed.sentences[1].tokens.upperBound,
            caseOpeners.contains(parsed.norm(start)),
            detection.cueBits(inSentence: 1) & helperMoveBits == 0,
            !parsed.sentences[1].endsWithQuestionMark || parsed.norm(start) == "after"
        else { return }
        detection.add(.defensiveness, sentence: 0, "defensiveness: throws their word back ('Finally? I did the garden for thirty years')")
    }
    /// Words an echo may carry beside theirs: "I owe YOU an apology?".
    private static let echoFillers: Set<String> = ["i", "me", "my", "a", "an", "the", "you", "your", "owe", "am"]
    /// How the case against their word begins.
    private static let caseOpeners: Set<String> = ["i", "after", "she", "he", "we", "you", "they", "my", "it", "wow", "unbelievable", "seriously"]
    private static let helperMoveBits = cueBits(.reflection, .feelingReflection, .validation, .question, .summary, .apology)

    /// Moves that answer a charge aimed at the listener by warding it off:
    /// a counter-charge ("And you're a terrible mother", "Why are you always
    /// so loud?"), an echo that disputes its words ("Every day? I was on
    /// time Tuesday.", "I never listen?"), or an emphatic contradiction
    /// ("I did ask you!", "I do care.").
    private static func addAnswersToACharge(_ detection: inout Detection, charged: Bool) {
        let parsed = detection.parsed
        guard detection.cueBits & defensivenessOrCrisisBits == 0 else { return }
        // An apology or validation in the sentence hears the complaint
        // (the matches read once per sentence asked about).
        func hears(_ index: Int) -> Bool {
            detection.cueBits(inSentence: index) & hearingBits != 0
        }
        // A tit-for-tat: "And you're a terrible mother", "And you can't
        // treat Mum like dirt".
        if let first = parsed.sentences.indices.first {
            // "and" is an opener, so read the sentence's own first words.
            let range = parsed.sentences[first].tokens
            let start = range.lowerBound
            if start + 1 < range.upperBound, parsed.norm(start) == "and" || parsed.norm(start) == "well",
                parsed.norm(start + 1) == "you" || parsed.norm(start + 1) == "your", !hears(first)
            {
                detection.add(.defensiveness, sentence: first, "defensiveness: a counter-charge answering their charge ('And you…')")
                return
            }
        }
        guard charged else { return }
        // Their charge's own words turned on them ("Can you at least try to
        // not nag me for once?"). Plain blame answering blame is blame.
        // By position (each add below returns at once): no match copied.
        for match in detection.found.indices where detection.found[match].cue.bit & blameOrInsultBits != 0 {
            let index = parsed.sentenceOfToken[detection.found[match].tokens.lowerBound]
            if !hears(index), !detection.has(.threat, inSentence: index), detection.sharesTwoWords(inSentence: index) {
                detection.add(.defensiveness, sentence: index, "defensiveness: a counter-charge answering their charge")
                return
            }
        }
        guard let first = parsed.sentences.indices.first else { return }
        let sentence = parsed.sentences[first]
        // Both moves below need a question mark or an opening "i": most
        // replies have neither, and then no word is read.
        if !sentence.endsWithQuestionMark {
            guard let position = parsed.firstWord(from: parsed.contentStart[first], to: sentence.tokens.upperBound),
                parsed.norm(position) == "i"
            else { return }
        }
        // The sentence's words from its content start, read in one pass
        // without a list: how many, the first three, and the two word sets.
        var count = 0
        var word0 = "", word1 = "", word2 = "", word3 = ""
        var hasNotEchoWord = false
        var hasEchoedChargeWord = false
        parsed.tokens.withUnsafeBufferPointer { tokens in
            for position in parsed.contentStart[first]..<sentence.tokens.upperBound where tokens[position].kind == .word {
                let norm = tokens.norm(position)
                switch count {
                case 0: word0 = norm
                case 1: word1 = norm
                case 2: word2 = norm
                case 3: word3 = norm
                default: break
                }
                count += 1
                if !hasNotEchoWord, notEchoWords.contains(norm) { hasNotEchoWord = true }
                if !hasEchoedChargeWord, echoedChargeWords.contains(norm) { hasEchoedChargeWord = true }
            }
        }
        // An echo that disputes the charge's words: a short question of their words.
        guard !hears(first) else { return }
        if sentence.endsWithQuestionMark, (1...4).contains(count), !detection.found.contains(where: { $0.cue == .apology }),
            !hasNotEchoWord,
            detection.sharesWords(inSentence: first) || hasEchoedChargeWord
        {
            detection.add(.defensiveness, sentence: first, "defensiveness: echoes their charge to dispute it ('Every day?')")
            return
        }
        // An emphatic contradiction: "I did ask you!", "I do care."
        if count > 2, word0 == "i", word1 == "did" || word1 == "do",
            word2 != "not", detection.questionForm(ofSentence: first) == nil,
            detection.sharesWords(inSentence: first)
        {
            detection.add(.defensiveness, sentence: first, "defensiveness: contradicts the charge ('I did ask you!')")
            return
        }
        // A denial in the charge's own words, often with a correction: "I'm
        // not lazy, I'm exhausted", "I don't interrupt you, I contribute".
        let deniedWord = word1 == "never" ? word2 : word3
        if count > 3, word0 == "i", word1 == "never" || (word2 == "not" && denyingAuxiliaries.contains(word1)),
            !clarifyingAfterNot.contains(deniedWord),
            detection.questionForm(ofSentence: first) == nil, detection.sharesWords(inSentence: first)
        {
            detection.add(.defensiveness, sentence: first, "defensiveness: denies the charge in its own words ('I'm not lazy, I'm exhausted')")
        }
    }

    private static let defensivenessOrCrisisBits = cueBits(.defensiveness, .crisis)
    private static let blameOrInsultBits = cueBits(.blame, .insult)
    /// Cues in a sentence that hear a complaint rather than ward it off.
    private static let hearingBits = cueBits(.apology, .validation, .appreciation)
    /// Cues in the first sentence that rule out justifying after a charge.
    private static let hearsTheChargeBits = cueBits(.apology, .validation, .crisis, .feelingReflection)
    /// Cues in the first sentence that make an "I…" something other than a denial.
    private static let notADenialBits = cueBits(
        .apology, .validation, .iStatement, .feeling, .refusal, .negotiation, .crisis, .request)
    private static let whatDoYouMean = ["what", "do", "you", "mean"]

    /// An echo of their words about the listener never holds these: "How
    /// much time?" asks, "You don't care?" echoes what they said of themselves.
    private static let notEchoWords = WordTable(["you", "your", "how", "what", "why", "when", "where", "who", "which"])

    /// Words of a charge that an echo question disputes ("Again?", "Once?").
    private static let echoedChargeWords = WordTable(["again", "always", "never", "every", "once", "ever"])

    private static let unpleasantFirstWords = EmotionLexicon.unpleasant.firstWords

    /// Words that open a justification after a charge.
    private static let justificationOpeners = WordTable(["because", "cause", "'cause", "coz", "cos"])
    /// The first words of `justificationPhrases`.
    private static let justificationFirstWords = WordTable(justificationPhrases.map { $0[0] })

    /// Openings of a justification after a charge ("I've been busy", "there
    /// was no room", "of course I care").
    private static let justificationPhrases: [[String]] = [
        ["i", "have", "been", "busy"], ["i", "was", "busy"], ["i", "was", "dealing"], ["there", "was", "no"],
        ["of", "course", "i"], ["someone", "has", "to"], ["i", "have", "been", "swamped"], ["i", "have", "been", "under"],
        ["i", "have", "been", "carrying"], ["i", "was", "swamped"], ["i", "have", "been", "flat"], ["i", "have", "been", "snowed"],
    ]

    /// Words that make an "I…" sentence something other than a denial:
    /// an apology's "I didn't mean to", "I'm not saying", "I'm going to…",
    /// a feeling.
    private static let notDenialWords: Set<String> = [
        "mean", "meant", "saying", "going", "feel", "felt", "glad", "pleased", "grateful", "thankful", "proud",
    ]

    /// Verbs a denial of a charge starts with: "I am…", "I didn't…", "I never…".
    private static let denialVerbs: Set<String> = ["am", "was", "did", "do", "have", "had", "never", "said", "told", "paid", "called", "tried"]
}
