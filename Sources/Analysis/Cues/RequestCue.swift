extension CueDetectors {
    /// Asking the other person to do something, clearly.
    static let request = CueDetector(
        .request,
        summary: "A clear ask: \"could you…\", \"would you be willing…\", \"I'd like you to…\", \"please…\", \"can we…\".",
        rules: [
            CueRule("(could|would) you", "request: 'could you / would you…'"),
            CueRule("(can|will) you (please|possibly|maybe|just)? @action", "request: 'can you…' + an action"),
            CueRule("(would|do) you mind", "request: 'would you mind…'"),
            CueRule("(can|could) we (please|maybe|just|possibly|perhaps)? (talk|agree|sit|try|find|make|sort|figure|work|plan|set|split|share|take|have|look|go|get|start|stop|come|decide|meet|do|discuss|check|wait|ask|rent|keep|leave|move|put|hold|push|use|give|swap|change|call|pause|postpone|visit|book|invite|schedule|speak|revisit|both|each|all|compromise|alternate)", "request: 'can we…'"),
            CueRule("(would|do) you (like|want|wanna|fancy) to (come|join|go|grab|get|meet|have|hang|catch|run|walk|show|be friends|do something|try|play|dance|see)", "request: 'would you like to come…?' (an invitation)", .questionOnly),
            CueRule("^ (you)? (want|wanna|fancy|care) (to)? (come|join|go|grab|get|meet|have|hang|catch|run|walk|show|a|an|lunch|dinner|coffee|drinks)", "request: 'want to come along?' (an invitation)", .questionOnly),
            CueRule("^ (coffee|drinks|a drink|lunch|dinner|a walk|a coffee|a catch-up|catch-up|a catch up|tea|a pint|brunch) (this|next|soon|sometime|some time|on|tomorrow|tonight|later|after|at|one)? ~ \\? $", "request: 'coffee this week?' (an invitation)", .questionOnly),
            CueRule("(is there any way|any way) (i|we|you) (could|can|might|would)", "request: 'is there any way I could…'"),
            CueRule("^ (do you|would you)? mind if i", "request: 'mind if I join you?' (asking leave)", .questionOnly),
            CueRule("^ (just)? ask me (next time|again|another time|later|first)", "request: 'ask me next time?'"),
            CueRule("(hoping|wondering|wondered) ~~ (i|we) (could|can|might) (@intens)* (talk|have|get|ask|take|borrow|leave|swap|change|book|come|go|speak|discuss)", "request: 'I just wondered if I could possibly talk to you about…' (a hedged ask)"),
            CueRule("(hoping|hope) ~ for (a|an|some|the) (@intens)* (small|little|bit of)? (raise|rise|refund|day off|word|chat|favour|favor|hand|help|extension|lift)", "request: 'I was hoping for a small raise' (a hedged ask)"),
            CueRule("(from now on|next time|in future|in the future) ,? (please)? (@action|ask)", "request: 'from now on, ask first'", .statementOnly),
            CueRule("i (would|'d) (@intens)* like to (take|have|book) ~ off", "request: 'I'd like to take Friday off' (asking leave)"),
            CueRule("i (would|'d) (@intens)* like (a|an|my) (refund|replacement|exchange|receipt|word|answer|apology|explanation)", "request: 'I'd like a refund'"),
            CueRule("^ (refund|pay|give|send|show|call|text|ring|tell) me (now|back|today|the|my|a|your)", "request: 'refund me now' (a demand)", .statementOnly),
            CueRule("do not you dare (touch|move|take|go|say|speak|tell|sell|throw)", "request: 'don't you dare touch…' (a demand)", .evenIfNegated),
            CueRule("i (would|'d) (@intens)* need you to", "request: 'I'd need you to…'"),
            CueRule("i (would|'d) (@intens)* rather you (just)? (@action|sat|stayed|came|listened|asked|told|let|called|texted)", "request: 'I'd rather you just sat with me'"),
            CueRule("what would (@intens)* help (most|me)? (is|would be) (if you|for you to)", "request: 'what would really help is if you…'"),
            CueRule("i (would|'d) (@intens)* like (the|your|this|that|these|those) ~ to (be|get|have|come|go)", "request: 'I'd like the slides to be clearer'", .statementOnly),
            CueRule("are you free (on)? (@day|this|next|tomorrow|later|after|for)", "request: 'are you free Thursday?' (an invitation)", .questionOnly),
            CueRule("(maybe|perhaps)? we could (grab|go for|get|meet|catch up|have) (a|some|lunch|dinner|coffee|drinks|brunch|a drink|a coffee|a walk)", "request: 'maybe we could grab a coffee?' (an invitation)", .questionOnly),
            CueRule("(what i need|all i need|what i want|all i want|what would help|what would really help|all i am asking|what i am asking) (is|is for) (for)? (you|us) (to)?", "request: 'what I need is for you to…'"),
            CueRule("^ (please|just|now)? (stop|quit) -ing", "request: 'stop fussing' (a demand)", .statementOnly),
            CueRule(", (please)? (do not|never) (talk|speak|shout|yell) (to|at) me", "request: '…, don't talk to me like that'", .evenIfNegated, .statementOnly),
            CueRule("^ (now)? (go|get) (to your room|back to|upstairs|downstairs|inside|home|out of)", "request: 'go to your room' (a demand)", .statementOnly),
            CueRule("i (would|'d) (@intens)* (like|love|prefer) (it if)? you (to|could|would|both)?", "request: 'I'd like you to…'"),
            CueRule("i (@intens)* (want|need) (you|us) to", "request: 'I need you to…'"),
            CueRule("i (would|'d) (@intens)* appreciate (it)? if you", "request: 'I'd appreciate it if you…'"),
            CueRule("it would (@intens)* (help|mean a lot|be great|be good|make a difference) (to me)? if you", "request: 'it would help if you…'"),
            CueRule("(i am|i'm) asking (you|for)", "request: 'I'm asking you to…'"),
            CueRule("(is it|would it be) (ok|okay|alright|possible|all right) (if|for you to|to)", "request: 'would it be possible…'"),
            CueRule("(is there any chance|any chance) (you|we|i)", "request: 'any chance you could…'"),
            CueRule("(do you think|i was wondering if|i wondered if|i am wondering if|wondered if|wondering if) (you|we) (could|can|would|might)", "request: 'I was wondering if you could…'"),
            CueRule("please", "request: 'please'"),
            CueRule("(i wanted to|i want to|can i|could i|may i|i would like to|i need to) ask (if|whether|you|for)", "request: 'I wanted to ask if you…'"),
            CueRule("(would|will|are) you (be)? (up for|open to|okay with|ok with|happy to|free to)", "request: 'would you be up for…'"),
            CueRule("^ let us (@action|not|try|sit|agree|sort|figure|work|plan|talk)", "request: 'let's…'"),
            CueRule("^ let me (know|finish|explain|speak|talk|help)", "request: 'let me…'"),
            CueRule("^ (please|just|kindly)? @action (me|us|the|your|it|them|that|this|a|some|up|down|off|on|out|away|over|quiet|quieter|here|shouting|yelling|interrupting)", imperativeRule, .statementOnly),
            CueRule("^ (do not|never) (tell|talk to|speak to|call|touch|shout at|yell at|look at|come near|lecture|patronise|patronize|start|you dare) (me|$)", "request: 'don't tell me…' (a negative imperative)", .evenIfNegated, .statementOnly),
            CueRule("^ (oh)? (shut up|pack your|get out|go away|back off|leave me alone)", "request: 'shut up' (a demand)", .statementOnly),
            CueRule("^ (just)? (ask|check|knock|text|call|tell me) (first|next time|before)", "request: 'just ask next time'"),
            CueRule("^ (at least|please|just) let me (help|do|take|carry|drive|pay|cook)", "request: 'at least let me help' (asking leave to act)"),
            CueRule("(can|could|may) i (@intens)* (keep|bring|borrow|leave|use|join|sit|come|park|choose|invite|stay)", "request: 'could I bring my daughter?' (asks permission)", .questionOnly),
            CueRule("(i was|i am|was|just) wondering if you (wanted|would like|fancied|might want|'d like|would want|want|fancy) to", "request: 'I was wondering if you wanted to grab a coffee' (an invitation)"),
            CueRule("(could|can) (someone|somebody|anyone) else (have|take|do|cover)", "request: 'could someone else have a go?'"),
            CueRule("(it would|it'd|it would be|it'd be|would be) (@intens)* (lovely|great|nice|good|amazing|brilliant|wonderful|helpful) if you", "request: 'it\'d be lovely if you came'"),
            CueRule("i (@intens)* need (that|this|it|them) to (stop|change|end)", "request: 'I need that to stop'"),
            CueRule("^ (just)? (sit|stay|come) with me", "request: 'just sit with me for a bit?'"),
            CueRule("^ come (once|along|with me|with us|over|round) ~ \\?", "request: 'come once and see?' (an invitation)"),
            CueRule("i (just)? need you (home|here|there|back|around) (by|at|before|for|more)", "request: 'I just need you home by seven'"),
            // From set E.
            CueRule("^ (please)? (just)? (do not|never) (ever)? (threaten|blackmail|guilt|give me|make me|make this|make it|call me|text me|message me|contact me|ring me|come (near|back|round|over|here)|speak to me|talk to me|bring (that|this|it|him|her) up|drag me|put this|put that|put me)", "request: 'don't threaten me' (a negative imperative)", .evenIfNegated, .statementOnly),
            CueRule("^ (no ,)? do not (!|$)", "request: 'Don't.' (stop that)", .evenIfNegated, .statementOnly),
            CueRule("(can|will|could) you (please)? at least (@action|try)", "request: 'can you at least try…'"),
            CueRule("(we|i) (would|'d) (@intens)* love (to have you|you to (come|join|visit|stay)|for you to (come|join|visit|stay)|it if you (came|joined|visited|stayed))", "request: 'we'd love to have you for dinner' (an invitation)"),
            CueRule("(would|'d) (@intens)* love to (grab|get|go for|meet up|catch up|have) ~ (if you|this|next|on|tomorrow|tonight)", "request: 'would love to grab a coffee this week' (an invitation; a vague 'sometime' is not an ask)"),
            CueRule("if you (are|'re) (@intens)* up for (it|that|one|a)", "request: '…if you're up for it' (an invitation)"),
            CueRule("if you (@intens)* fancy (a|an|some|coming|going|grabbing|getting|joining|meeting)", "request: 'if you fancy a pint some night' (an invitation)"),
            CueRule("^ (anyone|anybody|who) (else)? (want|wants|fancy|fancies|is up for|up for|keen) (to)? (do|go|come|grab|get|join|meet|have|play|watch|see|a|an)", "request: 'anyone want to do a movie night?' (an invitation)", .questionOnly),
            CueRule("you will (come|visit|join us|be there|call|ring|text|make it|stay) ~ \\? $", "request: 'you'll come?' (an invitation)", .questionOnly),
            CueRule("^ promise (you will|me|to|that you will)", "request: 'promise you'll visit?'"),
            CueRule("(can|could|may) i (@intens)* (take|have|get|grab|ask for) (your|a|an|the|some)", "request: 'could I take your name?'", .questionOnly),
            CueRule("(can|could|may) i (@intens)* (share|check|offer|suggest|say|tell you|give you|run) (something|a|an|some|one|an idea|a thought)", "request: 'can I share something?' (asking permission)", .questionOnly),
            CueRule("^ lets (not|@action|talk|go|try|sit|agree|sort|figure|work|plan|meet|do|get|grab|have)", "request: 'lets not talk about it' (let's, unpunctuated)"),
            CueRule("^ (please|just)? (find|ask|get|use|try|call|pick|park|go) (someone|somebody|somewhere|elsewhere|another)", "request: 'find someone else' (a demand)", .statementOnly),
            CueRule("^ do one", "request: 'do one' (go away)", .statementOnly),
        ],
        vetoes: [
            "let me (just)? (recap|check|see|make sure|get this|understand|reflect|think|explain|finish|play|sum)",
            "^ (hang on|hold on|wait|try me) (,|$|!)",
            "^ would you \\? $",
            "^ (walk out|do that|keep this up|keep that up|try me|try it|go on then|do it) ~ and",
            "would you say",
            "(could|would) you (not|please not)? (believe|imagine|ever|be any more|be more|have|call it|see yourself|think|rather|know|really|honestly|like to (tell|talk|say|share)|tell me|describe|explain|walk me|agree that|feel)",
            "(could|would) you (want|like) (a|some|more|me|us|anything|something|any|another)",
            "(how|why|what|where|who) (could|would|can) you",
            "can you (please|maybe|just)? (tell me|walk me|help me understand|say more|describe|explain|talk me through|share|remind me)",
            "^ (take your time|take it|take them|take the stupid|let (them|him|her|it))",
            "^ let me (do|fix|look|sort|take|handle|get|find|make|check|grab|see|pull|bring|show|put|just|have|call)",
            "^ make me (!|$)",
            "(give me|name) (one|a single) (example|time|instance|thing|person|friend|occasion)",
            "^ come (up|over|here|outside|round) (then|and)",
            "would you like to (look|hear|talk|try|think|go through|explore|start|say|share|tell|work)",
            "would you (be willing to|be able to)? (tell|talk|say|share|describe|walk) me",
            "^ tell me (what|how|why|when|where|who|if|whether)",
            "(yes|yeah|no|ok|okay|oh) please",
            "^ be (a|an|such|so)",
            "stop (acting|being|behaving) like",
            "(would|will|are) you (be)? (okay|ok|alright|all right|happy|fine) with (that|this|it) $",
            "let us (face it|be honest|be real|not forget|not kid)",
            "^ (take care|look who|look at you|look,|see you|get over|get a grip|get real|give me a break|come on|tell me more|tell me about|help me understand|calm down|stop being|do not worry|keep calm|go on|be careful|be quiet about|hold on|let me guess|let me think|let me see|think about it)",
            "(thank|thanks|pleased|please to meet)",
            "if you please",
            "^ let me (recap|sum|summarise|summarize|check|make sure|see|think|guess|be clear|get this straight|play|reflect|say)",
            "^ (try|just try) (to|not|and|-ing)",
            "^ (talk|speak) to (him|her|them|your)",
            "^ (tell|ask|call|text) (him|her|them|your)",
        ],
        derive: { detection in
            // An imperative that dares ("Keep it and I'll take you to court"),
            // invites them to talk ("Walk me through it": an open question)
            // or fixes their own problem for them ("Join a society": advice)
            // is not a request for something the speaker wants.
            // Decided on the list as it is, then removed in one go only when
            // something goes: an unchanged list is never copied.
            guard detection.hasAny(.request) else { return }
            let parsed = detection.parsed
            let found = detection.found
            var drop: [Int] = []
            for (position, match) in found.enumerated() where match.cue == .request {
                let sentence = parsed.sentenceOfToken[match.tokens.lowerBound]
                let inSentence = { (cue: CueName) in
                    found.contains { $0.cue == cue && parsed.sentenceOfToken[$0.tokens.lowerBound] == sentence }
                }
                if inSentence(.threat), !found.contains(where: { $0.cue == .request && $0.rule != match.rule && parsed.sentenceOfToken[$0.tokens.lowerBound] == sentence }) {
                    // "Knock on my door again and you'll regret it": the order is the threat's condition.
                    let rest = parsed.sentences[sentence].tokens.suffix(from: match.tokens.upperBound)
                    if rest.contains(where: { parsed.tokens[$0].norm == "and" }) {
                        drop.append(position)
                        continue
                    }
                }
                if match.rule == imperativeRule, inSentence(.openQuestion) || inSentence(.advice) { drop.append(position) }
            }
            guard !drop.isEmpty else { return }
            for position in drop.reversed() { detection.found.remove(at: position) }
        },
        fires: [
            "Don't threaten me.",
            "Can you at least try to be on time?",
            "We'd love to have you for dinner on Sunday.",
            "Anyone want to grab lunch today?",
            "Could I take your name?",
            CueExample("Don't.", after: "Your dad would be so proud of you."),
            "Could you let me know if you'll be late?",
            "Would you be willing to do the bins on Mondays?",
            "I'd like you to ask before borrowing the car.",
            "Please put your plates in the dishwasher.",
            "Can we talk about the rota tonight?",
            "Can you pick up the kids on Friday?",
            "I need you to call if you're going to miss dinner.",
            "It would really help if you texted me.",
            "Would you mind turning the music down?",
            "Let's sit down and sort this out.",
            "I was wondering if you could cover my shift.",
            "Stop shouting at me.",
            "I wanted to ask if you'd be up for splitting the cleaning differently.",
            "Could you maybe, if it's not too much trouble, take the bins out?",
            "Please don't shout at me.",
            "Get out of my house.",
            "Don't talk to me like that.",
            "Oh shut up.",
            "Just ask first next time.",
            "At least let me carry the bags.",
        ],
        doesNotFire: [
            "Could you be any more selfish?",
            "Can you believe it?",
            "I'm pleased for you.",
            "Let's face it, this isn't working.",
            "Thanks for coming.",
            "You could have asked.",
            "Tell me more about it.",
            "Take care of yourself.",
            "I'd like to go home.",
            "Calm down.",
            "Talk to him about it.",
            "Would you say that's fair?",
            "Could you see yourself living there?",
            "Would you like a coffee?",
            "Let me think about it.",
            "I'd appreciate your honesty, I guess.",
            "Don't worry about it.",
            "Just ask yourself what you want.",
            "Make me.",
            "Let me pull up your account.",
            "Don't worry about it.",
            "Would you like to look at a few options?",
        ]
    )

    /// The bare-imperative rule's label, written once: the derive drops its
    /// matches when the imperative is a dare, an invitation to talk or advice.
    static let imperativeRule = "request: an imperative ('stop that', 'pick up the kids')"
}
