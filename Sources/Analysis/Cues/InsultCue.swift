extension CueDetectors {
    /// Calling a person names rather than describing what they did.
    static let insult = CueDetector(
        .insult,
        summary: "Name-calling aimed at a person: \"you're so lazy\", \"you idiot\", \"what a selfish thing to be\". Criticising oneself (\"I'm such an idiot\") does not count.",
        rules: [
            CueRule("(you|he|she|they|your (mum|mother|dad|father|boss|brother|sister|friend|friends|family|partner|husband|wife)) (@intens)* (are|is|were|was|have been|has been|are being|is being|were being|sound|sounds|look|looks|act|acts|seem|seems|are acting|is acting) (such|just|being|acting|really|so|clearly)* (a|an)? (@intens)* (such)? (a|an)? (@insultadj|@insultnoun)", "insult: calling them names ('you're so lazy')"),
            CueRule("you (@intens)* (@insultadj)? @insultnoun", "insult: 'you idiot'"),
            CueRule("you (fucking|bloody|stupid|lazy|selfish|useless|pathetic|little|absolute|complete|total)", "insult: 'you stupid…'"),
            CueRule("(what|such) (a|an) (@intens)* (@insultadj)? @insultnoun", "insult: 'what an idiot'"),
            CueRule("(stop|quit) (being|acting) (like)? (so|such)? (a|an)? (@insultadj|@insultnoun)", "insult: 'stop being so…'"),
            CueRule("do not be (so|such)? (a|an)? (@insultadj|@insultnoun)", "insult: 'don't be so…'"),
            CueRule("how (@insultadj) (of you|can you be|are you|is that)", "insult: 'how selfish of you'"),
            CueRule("@insultadj of you", "insult: 'so selfish of you'"),
            CueRule("^ (@insultadj)? (idiot|moron|loser|jerk|asshole|arsehole|bitch|bastard|prick|dick|twat|wanker|tosser|cretin|imbecile|dumbass|coward|liar|hypocrite) $", "insult: name-calling word", .statementOnly),
            CueRule("(that|this|the|some|total|complete|absolute|utter) (fucking|bloody|stupid|lazy|useless)? (idiot|moron|jerk|asshole|arsehole|bitch|bastard|prick|twat|wanker|tosser|cretin|imbecile|dumbass|loser)", "insult: calling someone an idiot"),
            CueRule("(could|can) you be any (more)? (@insultadj|boring|annoying|dense|thick|slow|rude)", "insult: 'could you be any more selfish?'"),
            CueRule("you people (are|were)? (@intens)* (@insultadj|@insultnoun|useless|hopeless|a joke|incompetent|clueless)", "insult: 'you people are useless'"),
            CueRule("(he|she|they|your (husband|wife|boss|mum|mother|dad|father|brother|sister|partner|friend|manager|colleague)) (is|are|was|were|'s) (such)? (a|an) (@intens)* (@insultadj)? @insultnoun", "insult: 'your husband's an idiot'"),
            CueRule("(is|'s|are) (such)? (a|an) (@intens)* (@insultadj)? @insultnoun", "insult: 'Anil's a snob' (calling someone names)", .statementOnly),
            CueRule("^ (@insultadj)? (cheapskate|snob|coward|brat|loser|idiot|jerk|creep|weirdo|nutter|slob|liar|hypocrite|bully|snake) \\. ", "insult: 'Cheapskate.'", .statementOnly),
            CueRule("^ be (a|an|such a) (@insultadj)? @insultnoun", "insult: 'be a jerk about it then'"),
            CueRule("you are being (@intens)* (unreasonable|ridiculous|pathetic|childish|stupid|a child|a baby)", "insult: 'you're being unreasonable'"),
            CueRule("says the (@insultadj)? @insultnoun", "insult: 'says the slob who…'"),
            CueRule("(stop|quit) (acting|behaving) like (a|an|my|your) (child|baby|kid|mother|mum|teenager|toddler|dad|father)", "insult: 'stop acting like my mother'"),
            CueRule("(you|he|she|they) (are|is|were|was) (a|an)? (@intens)* (bit)? of (a|an) (@insultadj)? @insultnoun", "insult: 'he's a bit of an idiot'"),
            CueRule("(@insultadj) (idiot|moron|loser|jerk|bigot|hypocrite|liar|coward|bully|pig|snake|parasite|cow|slob|bitch|bastard|git|idiots|morons|losers|jerks|bigots|hypocrites|liars|cowards|bullies|pigs|snakes|parasites)", "insult: 'small-minded bigots'"),
            CueRule(", (you)? (@intens)* (@insultadj)? (@insultnoun) ($|!)", "insult: '…, loser.' (a name at the end)"),
            CueRule("^ (go away|get lost|piss off|clear off|shove off) ,? (@insultnoun)", "insult: 'go away, weirdo'"),
            CueRule(", you (@intens)* (@insultadj)* (old|little)? (@insultnoun|man|woman|thing) ($|!)", "insult: '…, you nosy cow' (a name at the end)"),
            CueRule("(you are|you were|and you are|she is|he is|they are|your @other is) (a|an) (@intens)* (terrible|awful|rubbish|lousy|useless|shit|crap|horrible|pathetic|sorry excuse for a) (mother|father|mum|mom|dad|parent|friend|husband|wife|person|boss|son|daughter|sister|brother|partner|neighbour|neighbor|human being)", "insult: 'you're a terrible mother'"),
            CueRule("(are|were|is|was) the (rudest|worst|laziest|nastiest|stupidest|meanest|most (selfish|useless|incompetent|pathetic|arrogant|ignorant)) (people|person|man|woman|family|neighbours|neighbors|customer|staff|bunch)", "insult: 'the rudest people I've ever dealt with'", .statementOnly),
            // From set F.
            CueRule("(you|he|she|they|is|'s|are) (@intens)* (a|an) (absolute|total|complete|utter|proper|right|real|interfering|nosy|greedy|miserable|sad) (old|little)? (@insultadj)? @insultnoun", "insult: 'an absolute snake' / 'an interfering old busybody'", .statementOnly),
            CueRule(", you (@intens)* (@insultadj|greedy|nosy|interfering|pompous|miserable|sad|spoilt|spoiled) (old|little)? (lot|pair|bunch|windbag|diva|whinger|vulture|busybody)", "insult: '…, you greedy lot'"),
            CueRule("^ (okay|ok|alright|right|thanks|cheers|sure) ,? (sherlock|einstein|genius|captain obvious|smartass|smart arse|mastermind)", "insult: 'Okay Sherlock' (sarcastic name)"),
            CueRule("are you (@intens)* (actually|literally|really|completely)? (insane|mental|deaf|blind|thick|stupid|mad|crazy|dense|an idiot)", "insult: 'are you actually insane'"),
            CueRule("(you are|you're|ur|youre|u are|u r) (@intens)* the (worst|rudest|laziest|most selfish|most useless) (flatmate|housemate|roommate|neighbour|neighbor|boss|manager|friend|brother|sister|son|daughter|dad|mum|mom|mother|father|husband|wife|partner|boyfriend|girlfriend|colleague|landlord|tenant|teacher|person) (ever|alive|in the world|i know|i have ever met)?", "insult: 'ur the worst flatmate ever'"),
            // From set G: the vocative after a comma with any describing words
            // ("They're KIDS, you miserable cow"), and sarcastic titles.
            CueRule(", you ~ @insultnoun", "insult: '…, you miserable cow' (name-calling)"),
            CueRule("^ you (@intens)* @insultadj (lot|two|pair|bunch|people|lads|kids|lot of them) $", "insult: 'you ungrateful lot'"),
            CueRule(", (genius|einstein|sherlock|your majesty|your highness|mastermind|captain obvious|smart arse|smartass) $", "insult: '…, genius' (sarcastic name)"),
            CueRule("^ (oh)? (sorry|yes|okay|ok|right)? ,? (your majesty|your highness|your royal highness)", "insult: 'Oh sorry, Your Majesty' (sarcastic title)"),
            CueRule("^ (@insultadj)? @insultnoun $", "insult: a name as the whole sentence ('Vultures.')", .statementOnly),
            CueRule("^ @insultadj as (ever|always|usual) $", "insult: 'vain as ever'", .statementOnly),
            CueRule("you are (@intens)* the (worst|rudest|laziest|most selfish|most useless|meanest|stingiest|tightest|most annoying) ~ (i have ever|ever|alive|in the world)", "insult: 'the laziest, most useless flatmate I've ever had'"),
            CueRule("you are (both|all)? (@intens)* (liars|cowards|hypocrites|idiots|snakes|frauds)", "insult: 'you're both liars'"),
        ],
        vetoes: [
            "you are (@intens)* feeling",
            "@insultnoun i am",
            "(i am|i was|i have been|i feel like) (such)? (a|an) (@intens)* (@insultadj)? @insultnoun",
            "lying (awake|in bed|down|there|on|still|low)",
            "(i|me|myself) ~ (such|what|a|an|like) (a|an)? (@intens)* (@insultadj)? @insultnoun",
            "you (are|were) (@intens)* (not|never)",
            "you (look|looked|seem|seemed|sound|sounded) (@intens)* (weak|sick)",
            "you (mean|meant)",
            "the worst (person|people) to ask",
            "do not be (so)? (ridiculous|silly|daft|dramatic)",
            "you (are|were) (being)? (@intens)* (mean) (to|it)",
            "(you|they|he|she) (were|was|are|is) (a|an)? (child|baby)",
        ],
        derive: { detection in
            // Name-calling beside a charge about what they did ("You had
            // three cocktails, you freeloader.") is blame as well: the
            // charge is the clause whose subject is "you" and whose verb
            // reports an act, not a trait ("you're a slob" stays insult).
            guard detection.hasAny(.insult), !detection.hasAny(.blame) else { return }
            if let charge = CueDetectors.chargeBesideInsult(in: detection.parsed) {
                detection.add(.blame, charge, CueDetectors.chargeBesideInsultRule)
            }
        },
        fires: [
            "You're so lazy.",
            CueExample("It's a hedge, you miserable old git.", after: "Your hedge is over my fence."),
            CueExample("Your parking space? It's a public street, genius.", after: "You're in my space."),
            CueExample("Vultures, the lot of you.", after: "We're sorting out Gran's jewellery."),
            "You ungrateful lot.",
            "You're both liars.",
            "Fine, do it then, you nosy old bat.",
            "Whatever you say, you grumpy git!",
            "And you're a lousy husband.",
            "They're the rudest staff I've ever met.",
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
            "She's selfish and he's lazy.",
            "You're pathetic.",
            "Stop acting like a child.",
            "What an idiot.",
            "Could you be any more useless?",
            "Says the lazy slob on the sofa.",
            "Stop acting like a toddler.",
            "She's a bit of a snob.",
            "Go away, you smug git.",
        ],
        doesNotFire: [
            CueExample("Honestly, you gave it your best.", after: "I failed the test."),
            CueExample("You said I was a coward, and I've been thinking about it.", after: "What's on your mind?"),
            "You are the best friend I have ever had.",
            "Thank you, you lovely man!",
            "I'm a terrible cook.",
            "That was the worst day of my life.",
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
            "Don't be ridiculous.",
            "I'm being silly.",
            "You're not stupid.",
            "That's a stupid rule.",
            "I felt stupid.",
            "You're entitled to feel upset.",
            "He was drunk at the party.",
            "That was a stupid joke of mine, sorry.",
        ]
    )
}

extension CueDetectors {
    static let chargeBesideInsultRule = "blame: a charge about what they did, beside name-calling ('You had three cocktails, you freeloader')"

    /// Words after which "you" starts a clause (rather than being an object
    /// or a vocative): "…, you cocked it up", "and you're selling up".
    private static let clauseOpeners: Set<String> = [
        ",", "and", "but", "because", "cos", "cause", "coz", "bc", "when", "while", "then", "so",
        "yet", "time", "now", "since", "after", "before", "just",
    ]
    /// Words that can follow a past verb as its object or particle.
    private static let objectStarts: Set<String> = [
        "the", "a", "an", "my", "your", "his", "her", "their", "our", "it", "that", "this", "me",
        "him", "them", "us", "up", "out", "off", "on", "in", "to", "for", "at", "all", "every",
        "everything", "nothing", "about", "with", "away", "over", "into", "twice", "once", "three",
    ]
    /// Verbs (and adverbs before a verb) that report an act in "you …".
    private static let actVerbs: Set<String> = [
        "let", "made", "make", "had", "did", "told", "said", "took", "ate", "broke", "left", "spent",
        "lied", "stole", "forgot", "ruined", "went", "came", "never", "always", "only", "still", "keep",
        "kept", "cock", "cocked", "mess", "messed", "screw", "screwed", "muck", "mucked", "sold", "threw",
        "drank", "wasted", "blew", "lost", "put", "got", "gave", "bought", "brought", "sat", "stood",
        "ran", "hit", "knew", "chose", "swore", "dumped", "ditched", "cheated", "used",
    ]

    /// The tokens of the first clause in `parsed` whose subject is "you"
    /// (or "you lot", "you two", "you both") and whose verb reports an act.
    static func chargeBesideInsult(in parsed: ParsedText) -> Range<Int>? {
        for sentence in parsed.sentences {
            let end = sentence.tokens.upperBound
            var position = sentence.tokens.lowerBound
            while position < end {
                defer { position += 1 }
                let word = parsed.norm(position)
                guard word == "you" || word == "u" else { continue }
                if position > sentence.tokens.lowerBound, !clauseOpeners.contains(parsed.norm(position - 1)) { continue }
                var next = position + 1
                if next < end, ["lot", "two", "both", "people", "guys"].contains(parsed.norm(next)) { next += 1 }
                guard next < end else { continue }
                let verb = parsed.norm(next)
                let after = next + 1 < end ? parsed.norm(next + 1) : ""
                let reportsAct: Bool
                switch verb {
                case "are", "were", "was", "is":
                    reportsAct = after.count > 4 && after.hasSuffix("ing") && after != "being" && after != "going"
                case "have", "has":
                    reportsAct = after == "been" || after == "never" || after == "always" || after == "just"
                        || (after.count > 4 && (after.hasSuffix("ed") || after.hasSuffix("en")))
                case "could", "would", "can", "do", "did", "will":
                    reportsAct = after == "not" && verb != "will" && verb != "would"
                default:
                    // A bare past form must take an object or a particle:
                    // "you ignored me", not the vocative "you spoiled brat".
                    reportsAct = actVerbs.contains(verb)
                        || (verb.count > 4 && verb.hasSuffix("ed") && objectStarts.contains(after))
                }
                if reportsAct { return position..<min(end, next + 2) }
            }
        }
        return nil
    }
}
