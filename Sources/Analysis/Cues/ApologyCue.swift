extension CueDetectors {
    /// Taking responsibility for one's own act with an apology.
    static let apology = CueDetector(
        .apology,
        summary: "Apologising for one's own act: \"I'm sorry I…\", \"I apologise\", \"my mistake\". \"I'm sorry you feel that way\" is dismissal; \"sorry to bother you\" is a hedge and an apology.",
        rules: [
            CueRule("(that|it) was (@intens)* (out of order|wrong|unfair|not okay|not ok|unkind|rude|thoughtless) of me", "apology: 'that was out of order of me'"),
            CueRule("i (@intens)* (messed up|screwed up|got it wrong|dropped the ball|blew it|messed that up)", "apology: 'I messed up'"),
            CueRule("(i am|i'm)? (@intens)* sorry (i|for|but i|, but i|that i|about (that|this|earlier|what i|the|my|last|yesterday|before|everything|all)|if i|to (bother|interrupt|trouble|ask|disturb|pester|keep|be a (pain|bother|nuisance)|message|text|bug|barge|spring)|$)", Self.bareSorryRule),
            CueRule("i (@intens)* (apologise|apologize|apologised|apologized|owe you an apology)", "apology: 'I apologise'"),
            // From set E.
            CueRule("^ (ehn|eh|ah|oh)? ,? sorry ,? (eh|o|lah|la|sia|ya|yaar|bhai|ooh)", "apology: 'sorry eh' / 'sorry o'"),
            CueRule("sorry ,? (hun|mate|love|babe|hon|dear|man|bro|guys|pal|auntie|aunty|uncle|mum|mom|dad|sis|boss|sir|madam|miss|cuz|fam|girl|dude) (!|$)", Self.sorryNameRule),
            CueRule("^ (nah|naah|nope|no) ,? (sorry|sry|soz)", "apology: 'nah sorry, can't'"),
            CueRule("i (have|'ve|had) (@intens)* let (you|the kids|them|him|her|everyone|us|the team|you all) down", "apology: 'I've let the kids down'"),
            CueRule("sorry (that)? (it|that|this|my (message|text|email|note|reply)) (left|made|caused|gave|put) you", "apology: 'I'm sorry it left you guessing'"),
            CueRule("(my (mistake|bad|apologies|fault)|mea culpa)", "apology: 'my mistake'"),
            CueRule("(that|it|this) (was|is) (all|entirely|totally|completely)? my (fault|mistake|doing)", "apology: 'that was my fault'"),
            CueRule("i (@intens)* (was|am|have been) (@intens)* (wrong|out of line|unfair to you|thoughtless|careless)", "apology: 'I was wrong'"),
            CueRule("i (should not have|should have|never should have|regret (saying|doing|what|that))", "apology: 'I shouldn't have…'"),
            CueRule("(please)? forgive me", "apology: 'forgive me'"),
            CueRule("i take (full)? responsibility", "apology: 'I take responsibility'"),
            CueRule("^ (sorry|sry|soz) ,? (hun|boss|mate|love|babe|hon|dear|man|bro|guys|all|pal)? ,? (no|not|i can not|can not|i cannot|i will not|@day|tomorrow|tonight)", "apology: 'sorry hun, no can do' (sorry for saying no)", .evenIfNegated),
        ],
        vetoes: [
            "sorry ,? (you|that you|if you|for your|about your|to hear|for you|to say|but you|not sorry)",
            "(you|he|she|they) ~ sorry",
            "(i am|i'm) not (@intens)* sorry",
            "^ sorry \\? $",
            "(it is|it was|that is|that was) (not|never) my (fault|mistake)",
        ],
        derive: { detection in
            // "I'm so sorry" after "The wedding's off" or "My dog died" is
            // sympathy, not an apology for one's own act, unless it comes
            // with a no ("Sorry, I can't make Saturday").
            guard detection.hasAny(.apology, where: { $0.rule == bareSorryRule || $0.rule == sorryNameRule }),
                let previous = detection.previous, !previous.addressesListener, !previous.isQuestion
            else { return }
            // A complaint ("The sink's full again") may be owed an apology;
            // news of a death or a loss is not.
            if previous.complains, !lossStems.contains(where: { previous.stems.contains($0) }) { return }
            let parsed = detection.parsed
            let found = detection.found
            // News of a death or a loss: "You lost your baby, and I'm so
            // sorry", "I'm so sorry, love" are sympathy however they sit.
            let lossNews = lossStems.contains(where: { previous.stems.contains($0) })
            detection.removeFound { match in
                guard match.cue == .apology, match.rule == bareSorryRule || lossNews && match.rule == sorryNameRule else { return false }
                // Only a bare "I'm so sorry": "sorry about the wait" owns something.
                // …said as a sentence of its own ("I'm so sorry." not "…, and I'm
                // sorry", not "Sorry, I didn't mean to push").
                let next = match.tokens.upperBound
                if next < parsed.tokens.count, parsed.tokens[next].norm != "." && parsed.tokens[next].norm != "!" {
                    // "I'm so sorry, love." still stands alone.
                    guard lossNews, parsed.tokens[next].norm == ",", next + 1 < parsed.tokens.count,
                        sympathyVocatives.contains(parsed.tokens[next + 1].norm)
                    else { return false }
                }
                let sentenceIndex = parsed.sentenceOfToken[match.tokens.lowerBound]
                // "Oh no, I'm so sorry." is still bare; "…, and I'm sorry" is not.
                // A match may begin inside the openers ("So sorry, love."): then nothing is before it.
                let before = min(parsed.contentStart[sentenceIndex], match.tokens.lowerBound)..<match.tokens.lowerBound
                // After a loss, words before it may describe their loss ("You
                // lost your baby, and…"), not an act of one's own ("I said
                // nothing, and I'm sorry").
                if lossNews {
                    if before.contains(where: { parsed.tokens[$0].norm == "i" && ($0 + 1 >= match.tokens.lowerBound || parsed.tokens[$0 + 1].norm != "am") }) {
                        return false
                    }
                } else if before.contains(where: { !sympathyOpeners.contains(parsed.tokens[$0].norm) }) {
                    return false
                }
                let sentence = parsed.sentenceOfToken[match.tokens.lowerBound]
                return !found.contains { $0.cue == .refusal && parsed.sentenceOfToken[$0.tokens.lowerBound] == sentence }
            }
        },
        fires: [
            CueExample("Sorry, I didn't realise it was that late. I'll turn it down.", after: "Your music is so loud."),
            "Sorry man, I can't tonight.",
            "Nah sorry, not this time.",
            "I know I've let you down.",
            "I'm sorry to be a pain, but could you sign this?",
            "I'm sorry I snapped at you.",
            "Sorry for being late again.",
            "I apologise for what I said.",
            "My mistake, I'll fix it.",
            "That was my fault.",
            "I was wrong to shout.",
            "I shouldn't have said that.",
            "Sorry to bother you, but do you have a minute?",
            "I'm so sorry.",
            "I'm sorry if I hurt you.",
            "Please forgive me.",
            "I'm sorry, I didn't mean to hurt you.",
            "I apologize, that was out of line.",
            "I'm sorry but I can't help you this time.",
            "It was my mistake.",
        ],
        doesNotFire: [
            CueExample("So sorry, love.", after: "My dog died."),
            CueExample("I'm so sorry, love. I don't know what to say.", after: "The funeral's on Friday."),
            CueExample("You lost your son, and I'm so sorry.", after: "My son died in March."),
            "I'm sorry you feel that way.",
            "Sorry to hear that.",
            "I'm sorry for your loss.",
            CueExample("Oh no, I'm so sorry.", after: "My dog died yesterday."),
            CueExample("I'm so sorry. Thank you for telling me.", after: "My grandad killed himself when I was nine. We never talked about it."),
            "It's not my fault.",
            "Sorry?",
            "I'm not sorry.",
            "I'm sorry if you were offended.",
            "You should be sorry.",
            "Sorry, but you're wrong.",
            "You were wrong.",
            "You'll be sorry.",
            "I'm sorry to say it's over.",
            "Sorry for your loss.",
            "He should apologise.",
            "Sorry you had to hear that from her.",
        ]
    )

    /// The "I'm sorry…" rule's label, written once: the derive reads a bare
    /// sorry answering bad news as sympathy by it.
    private static let bareSorryRule = "apology: 'I'm sorry I…'"
    /// "Sorry, love": after news of a loss, sympathy too.
    private static let sorryNameRule = "apology: 'sorry man' / 'sorry Auntie'"

    /// Words that may come before a bare "I'm so sorry" of sympathy.
    private static let sympathyOpeners: Set<String> = ["oh", "no", "god", "my", "gosh", "aw", "aww", "ah", ",", "wow", "goodness", "dear", "i", "am", "so", "really", "very", "truly", "terribly", "just"]

    /// Names a sympathiser may add after "I'm so sorry,".
    private static let sympathyVocatives: Set<String> = ["love", "hun", "hon", "mate", "pet", "dear", "darling", "sweetheart", "babe", "bro", "sis", "man", "pal", "buddy"]

    /// Stems of words that report a death or a loss ("My dog died").
    private static let lossStems: [String] = ["died", "dead", "death", "killed", "suicide", "passed", "funeral", "lost", "miscarriage", "cancer", "diagnosed", "stillborn", "overdose"].map(Stemmer.stem)
}
