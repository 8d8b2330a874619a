extension CueDetectors {
    /// Saying no, clearly.
    static let refusal = CueDetector(
        .refusal,
        summary: "Saying no clearly: \"no\", \"I can't take this on\", \"I won't\", \"I'm not able to\", \"I'm going to say no\".",
        rules: [
            CueRule("i do not think i (can|could|will be able to) (do|make|manage|take|help|come|cover|lend|host|commit|stay)", "refusal: 'I don't think I can make it'", .evenIfNegated),
            CueRule("(that is|it is)? not going to happen", "refusal: 'not going to happen'", .evenIfNegated),
            CueRule("(that is|it is) a no from me", "refusal: 'that's a no from me'"),
            CueRule("(that is|it is|this is) not something i (can|am able to|will|am willing to|could) (do|take on|agree to|commit to|help with)", "refusal: 'that's not something I can do'", .evenIfNegated),
            CueRule("(sit|sitting) (this one|it|this|that one) out", "refusal: 'I'll sit this one out'"),
            CueRule("give (it|this|that) a miss", "refusal: 'I'll give it a miss'"),
            CueRule("(that|it) (will not|is not going to|would not) be possible", "refusal: 'that won't be possible'", .evenIfNegated),
            CueRule("^ (i am afraid|sorry|unfortunately|sadly) ,? not", "refusal: 'I'm afraid not'", .evenIfNegated),
            CueRule("(that is|it is|this is)? not happening $", "refusal: 'not happening'", .evenIfNegated, .statementOnly),
            CueRule("i will not be (able to|coming|doing|lending|taking|covering|attending|joining|there|making it)", "refusal: 'I won't be able to'", .evenIfNegated),
            CueRule("^ no ($|way|thanks|thank you|can do)", Self.bareNo, .statementOnly),
            CueRule("i (@intens)* (can not|could not) (@intens)* (take|do|make|help|come|lend|cover|commit|agree|give|stay|work|host|drive|babysit|be there|afford|manage|say yes|keep|go|pay|fit|join|attend|swap|change)", "refusal: 'I can't…'"),
            CueRule("i (@intens)* (can not|could not) $", "refusal: 'I can't.'", .statementOnly),
            CueRule("i (@intens)* (can not|could not) (do)? (this|that|on|next) (@day|time|week|weekend|month|year|one)", "refusal: 'I can't this Thursday'", .evenIfNegated),
            CueRule("i (@intens)* can not (own|stretch|spare|make it|host|take it on|take that on|take this on|fit it in|do it|do that|do this|move|change|reschedule|skip|cancel|miss|shift|push back|give up)", "refusal: 'I can't + the task' ('I can't move it', 'I can't own it')", .evenIfNegated),
            CueRule("i (would|'d) (@intens)* (rather|prefer) (we|you|it|they) (did not|do not|not|were not|was not|would not|did n't)", "refusal: 'I'd rather we didn't'", .evenIfNegated),
            CueRule("i (am not going to|am not gonna|will not|refuse to) (@intens)* (abandon|hide|give up|pretend|apologise|apologize|beg|choose|sell|cancel|spend|lend|host|sign|do that|do it|do this|pay|cover|take|give|change|stop|keep|let|put up with|accept|agree|babysit|drive|sit|stand|wait|listen)", "refusal: 'I'm not going to hide him'", .evenIfNegated, .statementOnly),
            CueRule("i am (@intens)* not (@intens)* (changing|spending|giving|doing|lending|moving|selling|coming|paying|cancelling|taking|hiding|covering|hosting|signing|agreeing|budging|backing down|going anywhere near|following|obeying|letting)", "refusal: 'I'm not changing my mind'", .evenIfNegated, .statementOnly),
            CueRule("(that is|it is|this is) (@intens)* none of your business", "refusal: 'that's none of your business'", .evenIfNegated),
            CueRule("over my dead body", "refusal: 'over my dead body'"),
            CueRule(", no $", Self.trailingNo, .statementOnly),
            CueRule("i (would|'d) (@intens)* rather (go|do|stay|keep|be|handle|manage) ~ (on my own|alone|myself|by myself)", "refusal: 'I'd rather go on my own' (declining an offer)"),
            CueRule("i (will not|am not going to) (make|manage|be able to make|get to) (it|@day|the)", "refusal: 'I won't make Saturday'", .evenIfNegated),
            CueRule("^ (probably|prob|proby|prolly) not", "refusal: 'prob not'", .statementOnly),
            CueRule("^ (can not|cannot) (afford|make|do|come|go|manage)", "refusal: 'can't afford it'", .evenIfNegated),
            CueRule("i (would|'d) (@intens)* prefer (someone|somebody|anyone) else", "refusal: 'I'd prefer someone else did them'"),
            CueRule("(does not|will not|is not going to|would not|do not) work for (me|us)", "refusal: '… doesn't work for me'", .evenIfNegated),
            CueRule("(is|would be|will be|are) (@intens)* too much for (me|us)", "refusal: '…is too much for me'"),
            CueRule("i (will not|am not going to|am not gonna|refuse to) (@intens)* (do|be doing|lend|cover|take|give|come|go|help|pay|let|accept|tolerate|put up with|stay|agree|change|sign|work|say yes|keep|drive|host|move|apologise|apologize|be)", "refusal: 'I won't…'"),
            CueRule("i (will not|refuse) $", "refusal: 'I won't.'"),
            CueRule("i am (@intens)* not (@intens)* (able|willing|prepared|in a position|comfortable|ready) (to|doing|with|for|-ing)", "refusal: 'I'm not able to…'", .evenIfNegated),
            CueRule("i am unable to", "refusal: 'I'm unable to…'"),
            CueRule("(i am going to|i am going to have to|i am gonna have to|i have to|i will have to|i must|i need to|i am gonna|i have got to|i have decided to|i want to|i would have to|i will) (@intens)* (say no|decline|pass|turn (it|this|that|you)? down|sit this one out|bow out)", "refusal: 'I'm going to say no'"),
            CueRule("(the answer is|my answer is|that is a|that is gonna be a|it is a) (@intens)* no", "refusal: 'the answer is no'"),
            CueRule("(i decline|count me out|i will pass|i am out|i would rather not|i would prefer not to|i would rather you did not|not for me)", "refusal: 'I'd rather not' / 'count me out'"),
            CueRule("^ not (this time|today|tonight|now|right now|this week|this weekend|again|anymore|any more) $", "refusal: 'not this time'"),
            CueRule("(that|this|it) (does not|will not|is not going to) work for me", "refusal: 'that doesn't work for me'", .evenIfNegated),
            CueRule("i (do not|did not) (want|agree) to (do|go|come|lend|cover|take on|host|drive|work|stay|move|sign|babysit|pay)", "refusal: 'I don't want to…'", .evenIfNegated),
            CueRule("(i|we)? (@intens)* (can not|could not) (do)? (@day|this weekend|next weekend|that day|that time|then|tonight|today|tomorrow)", "refusal: 'I can\'t Friday'", .evenIfNegated),
            CueRule("^ (sorry|sry|soz|ahh|ah|aw|aww|argh) ,? (i)? (can not|could not|cant)", "refusal: 'sry cant'", .evenIfNegated),
            CueRule("no can do", "refusal: 'no can do'"),
            CueRule("(will not|is not going to|would not|does not|not going to|not gonna|is not gonna) work (for (me|us))? ($|,|but)", "refusal: 'tomorrow won\'t work'", .evenIfNegated, .statementOnly),
            CueRule("(is|'s) not (@intens)* possible (for (me|us))?", "refusal: 'Sunday not possible for me'", .evenIfNegated, .statementOnly),
            CueRule("^ (@day|tomorrow|tonight|today|sunday|saturday) (is|'s)? not (possible|going to work|gonna work|good|great|an option)", "refusal: 'Sunday not possible'", .evenIfNegated, .statementOnly),
            CueRule("not interested", "refusal: 'not interested, thanks'", .evenIfNegated, .statementOnly),
            CueRule("i am not (going to)? (@intens)* (having|have|carry on|carrying on|continue|continuing|doing) (this|that|the) (conversation|discussion|argument)", "refusal: 'I\'m not having that conversation'", .evenIfNegated),
            CueRule("there is nothing (to talk about|to discuss|more to say|to negotiate)", "refusal: 'there\'s nothing to talk about'", .evenIfNegated),
            CueRule(", but not (every|all|the whole|both|each|on)", "refusal: '…, but not every weekend' (declining part of it)", .evenIfNegated),
            CueRule("(i|we) (@intens)* (can not|could not) (promise|refund|guarantee|approve|authorise|authorize|allow|accept|offer you|give you|sign off|agree to)", "refusal: 'I can\'t promise a raise today'", .evenIfNegated),
            CueRule("^ watch me $", "refusal: 'watch me' (defying the order)", .statementOnly),
            CueRule("^ (nah|nope|nah mate|no thanks|no thank you) ($|,|i|thanks|not|sorry)", "refusal: 'nah' / 'nope'", .statementOnly),
            CueRule("^ (na|naa|naah|nah|nahh|nope) (yaar|bro|mate|man|love|hun|fam|sorry|,|$)", "refusal: 'na yaar' / 'naah sorry'", .statementOnly),
            CueRule("^ (absolutely|definitely|certainly|hell|oh hell|god|no way ,? absolutely) not", "refusal: 'absolutely not'", .evenIfNegated),
            CueRule("^ make me $", "refusal: 'make me' (defying the order)", .statementOnly),
            CueRule("i am (@intens)* not (@intens)* (up for|up to|keen on|in the mood for|game for|bothered about going)", "refusal: 'I'm not up for parties yet'", .evenIfNegated),
            CueRule("^ not (every|each|all the|both) (@day|day|week|weekend|time|sunday|saturday|night|evening|month) $", "refusal: 'Not every Sunday.' (declining part of it)", .evenIfNegated),
            CueRule("i am (@intens)* done (covering|helping|lending|paying|babysitting|picking up|bailing|making excuses|cleaning up after|running around after|doing favours)", "refusal: 'I'm done covering for this place'"),
            CueRule("i am not (going to)? (@intens)* (talk|talking|discuss|discussing|argue|arguing) (about)? (this|that|it) ", "refusal: 'I'm not going to talk about this'", .evenIfNegated),
            CueRule("i am not (@intens)* (choosing|picking|taking sides|getting involved|getting in the middle)", "refusal: 'I'm not choosing between you'", .evenIfNegated, .statementOnly),
            CueRule("(can not|cant|could not) (do)? (this|that) (time|week|weekend|one) ", "refusal: 'can't this time'", .evenIfNegated),
            CueRule("i (would|'d) (@intens)* (like|love) to (help|come|go|join|say yes|do it|be there|take it on) ,? but", "refusal: 'I'd like to help, but I'm at capacity' (a soft no)", .evenIfNegated),
            // From set F.
            CueRule("^ not really (.|,|$)", notReally, .statementOnly),
            CueRule("(gonna|going to|i will|i'll|i am going to|i am gonna|i have to|i'll have to|i will have to|i'm gonna) (have to)? (give it a)? pass", "refusal: 'gonna pass tonight'", .statementOnly),
            CueRule("(the)? answer (is|'s) (still)? no", "refusal: 'the answer's still no'", .statementOnly),
            CueRule("(i am|i'm) (still)? (going to)? (say|saying) no", "refusal: 'I'm still saying no'", .statementOnly),
            CueRule("(is not|isn't|is not going to be|not) (doable|feasible|going to happen|happening|an option|possible for me)", "refusal: 'tomorrow morning isn't doable'", .evenIfNegated, .statementOnly),
            CueRule("^ ask (somebody|someone|anyone|anybody) else", "refusal: 'ask somebody else'", .statementOnly),
            CueRule("(i am|i'm) not (continuing|carrying on|doing|having) (this|that) (conversation|discussion)?", "refusal: 'I'm not continuing this'", .evenIfNegated, .statementOnly),
            CueRule("(that is|that's) (@intens)* not (reasonable|acceptable)", "refusal: 'that's not reasonable' (rejecting the demand)", .evenIfNegated, .statementOnly),
            CueRule("rather (go in a box|be dead|eat my (hat|own)) than (go|move|do|live|sell|give)", "refusal: 'I'd rather go in a box than…'", .statementOnly),
            CueRule("ain't (happening|gonna happen)", "refusal: 'ain't happening'", .statementOnly),
            // From set G.
            CueRule("^ (yeah|sorry|look)? ,? i (can not|cannot|can't) (right now|at the moment|today|this week|this month|this time|just now) $", "refusal: 'I can't right now'", .evenIfNegated, .statementOnly),
            CueRule("i (said|already said|have said|told you) no", "refusal: 'I said no'", .evenIfNegated),
            CueRule("i am not able ($|,|to (do|make|help|come|lend|cover|take|work))", "refusal: 'I'm not able'", .evenIfNegated, .statementOnly),
            CueRule("(is|is way|is just|'s) (@intens)* too much for me", "refusal: 'every day is too much for me'", .statementOnly),
            CueRule("i am not (going to|gonna) (argue|prescribe|lend|sign|pay|give you|do that|do this)", "refusal: 'I'm not going to argue with you'", .evenIfNegated, .statementOnly),
            CueRule("i am not (going|coming|moving) (back|home|to the|to that|to this|to your|to his|to her|to their)", "refusal: 'I'm not going back to Karachi'", .evenIfNegated, .statementOnly),
            CueRule("you are not getting (a penny|a cent|anything|a refund|your money|a single|any)", "refusal: 'you're not getting a penny'", .evenIfNegated, .statementOnly),
            CueRule("^ no (ta|thanks|thank you|cheers|thank u|ty) ($|,|!)", "refusal: 'no ta'", .evenIfNegated),
            CueRule("^ not (this|that|on) (@day|week|weekend|month|one|year) ,? (but|sorry)?", "refusal: 'not this Sunday, but…'", .evenIfNegated),
            // From set H (session 6).
            CueRule("i am not (discussing|debating|talking about|having this (conversation|discussion|argument|again)|getting into (this|that|it))", "refusal: 'I'm not discussing my marriage at Diwali dinner'", .evenIfNegated),
            CueRule("sorry ~ ,? not (this|tonight|today|tomorrow|next) (weekend|time|week|month|year|one)?", "refusal: 'sorry hun, not this weekend'", .evenIfNegated),
            CueRule("(tomorrow|today|tonight|@day|this weekend|next week|that day|the weekend|then) (does not|will not|is not going to) work", "refusal: 'tomorrow doesn't work'", .evenIfNegated),
            CueRule("(but|lol|haha|so) ,? no ($|,|!)", Self.trailingNo),
            CueRule("i am not (leaving|budging|moving) ($|,|!|until)", "refusal: 'I'm not leaving' (staying put)", .evenIfNegated, .statementOnly),
            CueRule("^ do it yourself", "refusal: 'do it yourself'"),
        ],
        vetoes: [
            "^ no ,? (no ,)? (nothing like that|not at all|never|god no)",
            "^ no ,? (that is|that's) everything",
            "^ (honestly|truthfully|to be honest|tbh) ,? no (.|,|$)",
            "not doing (it|this|that) (to|because|on purpose|for)",
            "not (going to|gonna) (lie|do anything|be long|be late|hurt myself|die|bite|judge|leave you|go anywhere)",
            "^ no (problem|worries|worry|rush|pressure|idea|one|way to)",
            "^ no ,? (that is|it is|you are|that's) (fine|ok|okay|alright|right|good|true)",
            "oh no",
            "(can not|could not) (do|take) (this|it|that) (anymore|any more) $",
            "^ no no",
            "i (can not|could not) (help it|help but|help feeling|help thinking|go on|keep going|take (it|this|any more|much more) (anymore|any more))",
            "i will not (be long|be late|forget|let you down|tell anyone|do it again|happen again)",
            "if ~~ i am (@intens)* done",
            "(ah|aw|awww|aww) no ,? i am (@intens)* sorry",
            "i will not (be)? (tell|telling|call|calling|ring|ringing) (your|anyone|anybody|them)",
            "i am out (earning|working|at|with|of|there|here|for|all)",
            "i would (like|love) to help ,? but if",
            "i would rather not (get|have|go) (there|to that point|that far)",
            "not (going to|gonna)? (take|taking) sides",
            "i am not choosing (this|it)",
            // From set H: a loss promised on a condition is a threat; a
            // helper's "I'm not going to pretend…"; self-talk; "No! Don't think like that".
            "(if|unless) (you|he|she|they|my) ~~ (i am not|i will not)",
            "not (going to|gonna) (pretend|lecture|rush you|push you|force you|tell you what to do|give you (one|a lecture))",
            "(can not|could not|never) do anything right",
            "^ no (!)* (do not|don't) (think|say|talk) (like that|that)",
        ],
        derive: { detection in
            // "I'm ok thanks" / "I'm good, thanks" after an invitation or
            // offer ("Did you want to join us for lunch?") declines it; after
            // "How are you?" it answers.
            // It must open with "I" (the cheapest test, made first).
            if detection.previous?.isQuestion == true, let first = detection.parsed.sentences.indices.first,
                let opening = detection.parsed.firstWord(from: detection.parsed.contentStart[first], to: detection.parsed.sentences[first].tokens.upperBound),
                detection.parsed.norm(opening) == "i",
                let previous = detection.previous,
                offerStems.contains(where: { previous.stems.contains($0) }),
                !detection.has(.refusal, inSentence: first)
            {
                let parsed = detection.parsed
                let words = parsed.sentences[first].tokens[parsed.contentStart[first]...]
                    .filter { parsed.tokens[$0].isWord }.map { parsed.tokens[$0].norm }
                if words.count >= 4, words[0] == "i", words[1] == "am",
                    ["ok", "okay", "good", "fine", "alright", "all"].contains(words[2]),
                    words[3...].prefix(2).contains(where: { ["thanks", "thank", "ta", "cheers"].contains($0) })
                {
                    detection.add(.refusal, sentence: first, "refusal: 'I'm ok thanks' (declining an offer)")
                }
            }
            // "No." answering "Did you enjoy the party?" is an answer, not a refusal.
            // "Not really." declines an offer ("Do you want to talk about
            // it?"); after "Everything alright?" it answers.
            if detection.hasAny(.refusal, rule: notReally),
                !(detection.previous.map { previous in previous.isQuestion && notReallyStems.contains(where: { previous.stems.contains($0) }) } ?? false)
            {
                detection.removeFound { $0.cue == .refusal && $0.rule == notReally }
            }
            // Answering a question about suicide or self-harm ("no. not
            // tonight, I'm just lonely") is an answer, never a refusal.
            if detection.previous?.mentionsSelfHarm == true, detection.previous?.isQuestion == true {
                detection.removeFound { $0.cue == .refusal }
                return
            }
            guard detection.previous?.asksForInformation == true, detection.hasAny(.refusal) else { return }
            detection.removeFound { $0.cue == .refusal && (bareNoRules.contains($0.rule)) }
        },
        fires: [
            CueExample("Not really. It was humiliating.", after: "Do you want to talk about what happened?"),
            CueExample("Sorry, I can't right now.", after: "Can you chip in for the gas bill?"),
            CueExample("I said no. Stop asking.", after: "Go on, just one more."),
            CueExample("Thursday I'm not able, sorry.", after: "Can you cover Thursday?"),
            CueExample("Not this weekend, but maybe the next one.", after: "Can you have the kids?"),
            "I'm gonna pass tonight, I'm shattered.",
            "The answer's still no.",
            "Tomorrow morning isn't doable.",
            "No.",
            "No, I can't take this on right now.",
            "I can't cover your shift this weekend.",
            "I won't lend you the money again.",
            "I'm not able to host this year.",
            "I'm going to say no to the trip.",
            "I'd rather not.",
            "Not this time.",
            "That doesn't work for me.",
            "My answer is no.",
            "I'm not willing to do that.",
            "I can't.",
            "No thanks.",
            "I'm going to have to say no to overtime this week.",
            "I'm not comfortable lending you money again.",
            "No, I'm not going to lend you the car.",
            "I'm sorry but I can't help you this time.",
            CueExample("I'm good thanks, I've just eaten.", after: "Do you want to come for lunch with us?"),
            CueExample("Not every weekend. Maybe one a month?", after: "Can the kids stay with you on weekends?"),
            "Nah mate, can't this time.",
            "Absolutely not.",
            "I'm not up for a night out yet.",
            "I'd love to help, but I'm stretched too thin.",
            "I'm done covering for him.",
            "I'm not choosing between my parents.",
        ],
        doesNotFire: [
            CueExample("no. not tonight, I'm just tired", after: "Are you thinking about hurting yourself tonight?"),
            CueExample("Oh no, I'm so sorry, I'll sort it now.", after: "Your hedge is blocking the path."),
            CueExample("I'm not taking sides here.", after: "Tell him he's wrong."),
            CueExample("Not really. I'm not okay.", after: "Everything alright?"),
            CueExample("No, no, nothing like that.", after: "Are you having thoughts of not being here?"),
            "I'm going to miss you so much.",
            "No problem!",
            "No, that's fine.",
            "Oh no, that's awful.",
            "I can't believe it.",
            "I can't help feeling hurt.",
            "I won't be late.",
            "I'm happy to help.",
            "No one listens.",
            "I can help on Friday.",
            "I'd rather not wake up tomorrow.",
            "Can't wait to see you!",
            "I just can't do this anymore.",
            "I can't stop crying.",
            "No worries, I'll sort it.",
            "I won't forget.",
            "No, you're right.",
            CueExample("I'm good thanks, how are you?", after: "How are you doing?"),
            "Not every day is this hard.",
            "I'd love to help you move.",
        ]
    )

    /// The rules that read a bare "no" as declining (their labels, written
    /// once: the derive drops their matches when "no" only answers).
    private static let bareNo = "refusal: 'no'"
    private static let notReally = "refusal: 'not really' (declining)"
    private static let trailingNo = "refusal: '…, no.'"
    private static let bareNoRules: Set<String> = [bareNo, trailingNo, notReally]
    /// Stems of an invitation or offer ("want to join us", "fancy a coffee").
    /// An offer or invitation "Not really." declines ("Do you want to talk about it?").
    private static let notReallyStems = (["talk", "help", "go", "see", "tell", "share", "try", "meet"].map(Stemmer.stem)) + offerStems
    private static let offerStems = ["want", "join", "fanci", "like", "come", "drink", "coffe", "tea", "lunch", "dinner", "lift", "anoth"].map(Stemmer.stem)
}
