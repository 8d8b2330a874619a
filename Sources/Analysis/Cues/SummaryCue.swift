extension CueDetectors {
    /// Gathering several of the other person's points together.
    static let summary = CueDetector(
        .summary,
        summary: "Gathering several of their points: \"so, to sum up…\", \"on one hand… on the other…\", or several reflected points in one reply.",
        rules: [
            CueRule("(overall|in short|putting (it|that|this|all that) together|if i put (that|it|this|all that) together|pulling (it|that) (all)? together)", "summary: 'putting that together…'"),
            CueRule("(a few|a lot of|several|two|three|so many|lots of) (things|different things) (are|have been|seem to be) (going on|happening|weighing on you|on your mind|piling up)", "summary: 'a few things are going on'"),
            CueRule("(to|just to|so to|let me) (sum|summarise|summarize|recap|sum it|sum things) (up|up so far)?", "summary: 'to sum up…'"),
            CueRule("(in summary|summing up|to recap|recapping|all in all)", "summary: 'in summary…'"),
            CueRule("let me (see if|make sure|check) i (have|got|get|understand|understood|heard|'ve)", "summary: 'let me make sure I've got this…'"),
            CueRule("let me (play|reflect|say) (that|this|it|what i heard|what you said)? back", "summary: 'let me play that back…'"),
            CueRule("(on the one hand|on one hand) ~~ (on the other|other hand)", "summary: 'on one hand… on the other…'"),
            CueRule("part of you ~~ (and|but|while|yet|,) ~ part (of you)?", "summary: 'part of you… and part of you…'"),
            CueRule("so far (you have|we have|you) (told|talked|said|mentioned|described|covered)", "summary: 'so far you've told me…'"),
            CueRule("what i have heard (so far)? is", "summary: 'what I've heard so far…'"),
            CueRule("you (have|'ve) (told me|mentioned|talked about|said) ~~ (and|,) ~~ and", "summary: lists several things they said"),
            CueRule("there is ~~ (and|but) ,? (also|then there is|there is|on the other|what you|what he|what she|what they)", "summary: 'there\'s relief…, and also anger' (both sides of it)", .statementOnly),
            CueRule("on (one|the one) side ~~ on the other", "summary: 'her wishes on one side and your brother\'s on the other'", .statementOnly),
            CueRule("you (have|'ve) got (this|her|his|their|your) ~~ (and then there is|and on the other|on one side|and there is)", "summary: 'you\'ve got this pull to go home…, and then there\'s the kids'", .statementOnly),
            CueRule("in a nutshell", "summary: 'in a nutshell'"),
            CueRule("(two|three|four|a few|several) (big|main|different|separate|major|hard)? things (,|going on|at once|here|$)", "summary: 'so three big things: …'"),
            CueRule("(stuck|torn|caught|pulled) between what (you|your) ~~ and what", "summary: 'stuck between what you need and what he needs'", .statementOnly),
            CueRule("(recap|sum up|summarise|summarize|go over) what you (have|'ve)? (told|said|shared|described)", "summary: 'let me recap what you\'ve told me'"),
            // Double-sided reflections and recaps (from set E).
            CueRule("both (of (those|them|these))? (things)? (@intens)* (are|is|seem|seems|can be|feel|feels)? (@intens)* (true|real) (at once|at the same time)?", "summary: 'best and hardest, both true' (both sides of it)", .statementOnly),
            CueRule("(,|and) both at (once|the same time)", "summary: 'excited and unsure, both at once'", .statementOnly),
            CueRule("(is|are) (@intens)* (real|true|there) ,? and so (is|are) (the|your)", "summary: 'the wanting is real, and so is the fear'", .statementOnly),
            CueRule("from (his|her|their|your|her mum's|his mum's) (side|end|point of view|perspective) ~~ (from (yours|hers|his|theirs|your side|your end)|for you)", "summary: 'from his side it's nagging, and from yours…'", .statementOnly),
            CueRule("you (are|'re|feel|have been|seem|were) (@intens)* (caught|torn|stuck|pulled|split|trapped) (between)? ~~ and", "summary: 'you're caught between wanting to… and…'", .statementOnly),
            CueRule("@feelingnoun ,? (maybe|perhaps)? ,? (and|but) (also|then)? (maybe|some)? @feelingnoun (too|as well|for the)", "summary: 'relief, maybe, and grief too' (both feelings)", .statementOnly),
            CueRule("@feelingnoun and also @feelingnoun", "summary: 'relief and also grief' (both feelings)", .statementOnly),
            CueRule("here is what i (have)? (heard|got|understood|picked up)", "summary: 'here's what I've heard so far'"),
            CueRule("(two|three|four|five) (hits|blows|problems|losses|changes|worries|fronts|knocks|things going wrong) (in one (day|week|month|year)|at once|in a row)?", "summary: 'three hits in one week: the car, the fine, the rent'", .statementOnly),
            CueRule("on all (two|three|four|five|these|those) (fronts|counts)", "summary: 'fed up on all three fronts'", .statementOnly),
            // From set F (tuned on in session 4, once set G existed).
            CueRule("(so|okay|ok|right)? ,? (just)? to make sure i (have|'ve)? (got|understood|heard) (this|that|it|you|everything) (right)?", "summary: 'to make sure I've got this: …'"),
            CueRule("(to|let me|let us|just to|so to) (pull|bring|put|tie|draw) (it|this|that|these|things|everything) (all)? together", "summary: 'let me pull this together'"),
            CueRule("(two|three|four|five) (roles|jobs|hats|big losses|losses|worlds|pressures|things) (at once|landing at once|at the same time|in one|landing together)", "summary: 'three roles at once'", .statementOnly),
            CueRule("^ (and)? both (at once|at the same time|together)", "summary: '…. Both at once.'", .statementOnly),
            CueRule("(but|and|while|yet) (another|the other|a different|some other|a bigger|a smaller) part of you", "summary: '…, but another part of you…'", .statementOnly),
            CueRule("on the outside ~~ (inside|underneath|on the inside|deep down)", "summary: 'on the outside…, and inside…'", .statementOnly),
            CueRule("there is @feelingnoun ~~ (and|but) (then|also)? (the)? @feelingnoun", "summary: 'there's relief…, and then guilt' (both feelings)", .statementOnly),
            CueRule("(@anyfeeling|angry|cross) ,? and then (the)? @feelingnoun (comes|kicks|creeps|sets|arrives|hits)", "summary: 'you get angry, and then the guilt comes' (both feelings)", .statementOnly),
            CueRule("(you are|you're|so you are|so you're|you feel|you felt|you were) (@intens)* @pleasant (,|and) (you are|you're)? (@intens)* @unpleasant", "summary: 'excited and terrified' (both feelings)", .statementOnly),
            CueRule("and (also|at the same time) (hoping|wanting|wishing|feeling|worried|scared|afraid|angry|missing|needing|dreading|resenting|grieving)", "summary: '…and also hoping you'll be someone else' (both sides)", .statementOnly),
            CueRule("(it is|that is|so it is|it's|that's) (@intens)* a trade-off", "summary: 'it's a trade-off either way'", .statementOnly),
            CueRule("(and|but|while|whereas) for you ,? (it is|it's|it was|it feels)", "summary: 'your sister worries…, and for you it's…' (two sides)", .statementOnly),
            CueRule("(you are|you're) both (saying|telling me|describing|feeling|asking)", "summary: 'you're both saying…' (what two people share)", .statementOnly),
            CueRule("you (have|are|had|were|did|do|feel|felt|want|keep) ~~ , you (have|are|had|were|did|do|feel|felt|want|keep) ~~ , (and)? you", "summary: 'you've applied…, you've had…, and you…' (their points in a row)", .statementOnly),
            // From set G.
            CueRule("you (@intens)* (want|wanted|would like|'d like) ~~ (but|and) (you are|you're|you|you also|also) (@intens)* (worried|scared|afraid|nervous|dreading|anxious|can not|do not want|are not sure|hate|exhausted|drained)", "summary: 'you want to reach out but you're worried' (both sides of it)", .statementOnly),
            CueRule("^ (both|the two|two true things|two things) (of (those|them|these))? (@intens)* (pulling|pull|are pulling|pulling against)", "summary: 'Both pulling hard.' (both sides of it)", .statementOnly),
            CueRule("(two|very)? (different|separate) experiences of (it|the same)", "summary: 'same conversation, two very different experiences of it'", .statementOnly),
            CueRule("there is ~~ ~~ (and then|and also|but then) there is", "summary: 'there's the version everyone sees, and then there's the one underneath'", .statementOnly),
            CueRule("(sit|sits|sitting|exist|exists|live|lives|living) (right)? (alongside|side by side with) (the|your)? (@feelingnoun|grief|love|sadness)", "summary: 'relief can sit right alongside grief' (both feelings)", .statementOnly),
            CueRule("(carrying|holding|feeling|juggling) both (the|your)?", "summary: 'carrying both the low mood and the shame'", .statementOnly),
            CueRule("you ~~ and ~~ (at the same time|all at once)", "summary: 'grieving her and feeling brushed off at the same time'", .statementOnly),
            CueRule("(is not|is not really) the only (thing|feeling) ,? (is it|there|going on|in there|you)", "summary: 'furious isn't the only thing, is it?' (more than one feeling)"),
            CueRule("something else (in there|there|going on|underneath)? (too|as well)", "summary: 'maybe there's something else in there too' (more than one feeling)"),
            // From set G (second pass).
            CueRule("you are (@intens)* @anyfeeling (to|about|that|of|for) ~~ (and|but) (also)? (@intens)* @anyfeeling (about|to|that|of|at|for)", "summary: 'you're excited to see them and nervous about walking in' (both feelings)", .statementOnly),
            CueRule("(those|these|the) two (things)? (do not|did not) (@intens)* (match|add|fit|line) (up)?", "summary: 'those two don't quite match up' (two things set side by side)", .evenIfNegated, .statementOnly),
            CueRule("^ (and)? on top of losing", "summary: 'and on top of losing him, people are avoiding you' (one loss on another)", .statementOnly),
            // From set H (session 6).
            CueRule("you (@intens)* (would rather|want|wanted|are not ready|are ready|need|think|feel) ~~ (and|but|whereas) (she|he|they|your (wife|husband|partner|sister|brother|mum|mom|dad|mother|father|son|daughter|boss|kids|family|parents)) (wants|wanted|would rather|needs|thinks|feels|is (ready|not|,|$)|are (ready|not|,|$))", "summary: 'you'd rather go alone, and she wants to be there' (both sides)", .statementOnly),
            CueRule("^ and on the other (side|hand)", "summary: '…on one side… And on the other side…'", .statementOnly),
            CueRule("(pulled|torn|split) (two|both|in two|in different|different) (ways|directions)", "summary: 'you're pulled two ways' (both sides)", .statementOnly),
            CueRule("both (of (those|these|them))? (things)? (can|could|are|seem)? (@intens)* (sit together|sit side by side|exist together|make sense|be there at once|be right)", "summary: 'both of those can sit together' (both sides)", .statementOnly),
            CueRule("(today|this session|so far|this week) (we|you) (both|all)? (have)? (talked|spoke|looked|covered|went over|worked) (about|at|through)? ~~ (,|and)", "summary: 'today we talked about the funeral, your brother, and…' (a recap)"),
            CueRule("(to close|to wrap up|to finish|to round off|before we (finish|stop|close|wrap up)) (for today)? ,? (we|you) (talked|spoke|looked|covered|went over|said)", "summary: 'to close for today: we talked about…' (a recap)"),
            CueRule("(pull|put|bring|draw) together what (i|you|we) (have)? (heard|said|talked about|covered|told me|shared)", "summary: 'let me pull together what I heard today'"),
            CueRule("(is|there is|maybe there is|if there is) another part (too|as well|of you)", "summary: 'I wonder if there's another part too' (more than one side)", .statementOnly),
            CueRule("(and|but) (you are|you) also (@intens)* (@anyfeeling|terrified|hoping|wanting|dreading|missing|grieving)", "summary: 'you got in…, and you're also terrified' (both sides)", .statementOnly),
            CueRule("(and|but|yet) you (came|showed up|turned up|kept going|still came) (anyway|regardless|all the same)", "summary: 'you're not sure this will help, and you came anyway' (both sides)", .statementOnly),
            CueRule("(predicted|expected|thought|feared) ~~ (and|but) what (actually|really) happened", "summary: 'you predicted…, and what actually happened was…' (prediction and evidence)", .statementOnly),
        ],
        vetoes: [
            "(what|from what) you (have|'ve)? (told|said|mentioned|shown) (me)? ,",
        ],
        derive: { detection in
            // Both routes below build on reflected sentences.
            let found = detection.cueBits
            guard found & CueName.summary.bit == 0, found & CueName.reflection.bit != 0 else { return }
            let parsed = detection.parsed
            let sentences = parsed.sentences
            let reflected = detection.sentenceIndices(with: .reflection)
            // One reflected sentence that lists three or more of their points
            // ("the language is hard, the weather's grim, and the kids…").
            // Each point is a stretch between commas, colons and "and" that
            // reuses their words.
            if detection.previous != nil {
                for index in reflected {
                    let tokens = sentences[index].tokens
                    // The list needs a comma and "you"/"your": checked before counting points.
                    guard parsed.contains(in: tokens, word: ","),
                        parsed.contains(in: tokens, word: "you") || parsed.contains(in: tokens, word: "your")
                    else { continue }
                    var points = 0
                    var segmentStart = tokens.lowerBound
                    for position in tokens.lowerBound...tokens.upperBound {
                        if position < tokens.upperBound, !isPointBoundary(parsed.norm(position)) { continue }
                        if segmentStart < position, detection.sharesWords(in: segmentStart..<position) {
                            points += 1
                        }
                        segmentStart = position + 1
                    }
                    if points >= 3 {
                        detection.add(.summary, tokens, "summary: lists several of their points")
                        return
                    }
                }
            }
            // Several reflected sentences. A sentence that only names their
            // feeling in words of one's own ("That must be demoralising")
            // follows one point; it does not add another.
            // (Points are some of the reflected sentences: with one, there cannot be two.)
            guard reflected.count >= 2 else { return }
            let points = reflected.filter { index in
                detection.sharesWords(inSentence: index)
                    || !detection.found.contains { $0.cue == .reflection && parsed.sentenceOfToken[$0.tokens.lowerBound] == index
                        && $0.rule == CueDetectors.namesTheirFeelingRule }
            }
            guard points.count >= 2 else { return }
            var shared = Set<String>()
            for index in points { shared.formUnion(detection.sharedWords(inSentence: index)) }
            guard shared.count >= 3 else { return }
            let range = sentences[points.first!].tokens.lowerBound..<sentences[points.last!].tokens.upperBound
            detection.add(.summary, range, "summary: several of their points reflected back")
        },
        fires: [
            "So, to sum up: you're tired, the kids are sick, and work won't let up.",
            "Let me make sure I've got this right.",
            "On one hand you want the promotion, and on the other hand you don't want to move.",
            "Part of you wants to stay, and part of you is ready to go.",
            "In summary, the rota, the money and the noise are the big three.",
            "Let me recap what we've agreed.",
            "So far you've told me about the move, the new job and your dad.",
            CueExample(
                "You're exhausted. You've been doing the nights alone. And you feel nobody notices.",
                after: "I'm exhausted, I do all the nights alone, and nobody notices."),
            CueExample(
                "You're doing all the cooking and the cleaning. And you're sick of it.",
                after: "I do all the cooking and all the cleaning and I'm sick of it."),
            "What I've heard so far is that the hours are the problem.",
            "To recap: the bins, the rent and the noise.",
            "Just to summarise what you've said so far, the hours are the problem.",
            "Summing up, you want more time with the kids and less overtime.",
            CueExample("Proud and scared, both true.", after: "I'm proud of him and scared for him."),
            CueExample("You're caught between loyalty to your sister and what you need.", after: "My sister wants me to side with her."),
            CueExample("The grief is real, and so is the relief.", after: "She suffered so long. I'm almost glad it's over."),
            CueExample("Two losses in one year: your job and your dad.", after: "I lost my job and then my dad died."),
            CueExample("So, to pull it together: you want more time, she wants more help, and you both want the kids settled.", after: "That's all of it, really."),
            CueExample("You miss her. Both at once, the relief and the missing.", after: "I'm glad it's over but I miss her."),
            CueExample("Part of you wants to stay, but another part of you is already packing.", after: "I don't know if I should leave."),
            "You really want to go, but you're scared of who'll be there.",
            "Wanting to leave and wanting to stay. Both pulling.",
            "So there's the dad everyone sees at work, and then there's the one who can't sleep.",
            "Pride can sit right alongside the sadness.",
            "You're holding both the anger and the love.",
            "You're relieved and guilty at the same time.",
            "Maybe there's something else in there too.",
            "So you're excited about the job and nervous about the commute.",
            "You say you're fine, and you haven't slept. Those two don't quite match up.",
            "And on top of losing your job, the car's gone.",
        ],
        doesNotFire: [
            CueExample("Sounds like you're exhausted.", after: "I'm exhausted."),
            "Sum it all you like, it's still unfair.",
            "On one occasion you did help.",
            "Let me know what you think.",
            "Part of the problem is money.",
            "So what's the plan?",
            "I've told you about the rota and the bins.",
            "To be honest, I'm tired.",
            "On the other hand, I'm broke.",
            "Let me check the calendar.",
            "In some ways I agree.",
            "Let me know if you need anything.",
            "The sum is wrong.",
            "You've told me that before.",
            "Part of me agrees with you.",
            "I'm torn between pizza and pasta.",
            "Both of them are coming.",
            "Fear and anxiety are normal.",
            "I'm happy and tired.",
            "Kind of excited, kind of scared.",
            "My sister and I are both saying the same thing.",
            "There's a bus at six.",
            "Both of us went.",
            "You want the red one and I want the blue.",
            "You love him and you're worried for him.",
            "I sit next to her at work.",
            "Those two never match.",
        ]
    )

    /// `[",", ":", ";", "and"].contains(norm)`, by length first: one or
    /// three bytes, or two for the Greek question mark (equal to ";").
    private static func isPointBoundary(_ norm: String) -> Bool {
        switch norm.utf8.count {
        case 1: norm == "," || norm == ":" || norm == ";"
        case 2: norm == ";"
        case 3: norm == "and" || norm == ";"
        default: norm == "," || norm == ":" || norm == ";" || norm == "and"
        }
    }
}
