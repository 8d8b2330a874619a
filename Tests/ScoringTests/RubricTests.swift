import Analysis
import Foundation
import Scoring
import Testing

/// Replies built by hand, so scoring is tested apart from the analyzer.
func reply(_ turn: Int, _ text: String, _ cues: [(CueName, String)]) -> ScoredReply {
    let scalars = Array(text.unicodeScalars)
    let matches = cues.map { cue, words -> CueMatch in
        let start = text.range(of: words).map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound) } ?? 0
        let span = Span(start: start, end: min(start + words.unicodeScalars.count, scalars.count))
        return CueMatch(cue: cue, evidence: Evidence(span: span, excerpt: words, rule: "test"))
    }
    return ScoredReply(turn: turn, text: text, analysis: ReplyAnalysis(text: text, matches: matches))
}

@Suite struct RubricTests {
    @Test func atLeastQuotesTheRepliesThatEarnedIt() {
        let criterion = Criterion(id: "x", title: "x", rule: .atLeast(1, of: [.iStatement]), weight: 1, met: "yes", missed: "no")
        let result = Rubric(name: "r", title: "R", criteria: [criterion]).evaluate([
            reply(1, "Fine.", []),
            reply(2, "I feel hurt when plans change.", [(.iStatement, "I feel hurt")]),
        ])
        let outcome = result.criteria[0]
        #expect(outcome.met == true)
        #expect(outcome.measure == "1 of 2 replies (aim ≥ 1)")
        #expect(outcome.quotes == [Quote(turn: 2, stance: .earned, words: "I feel hurt", cue: .iStatement)])
        #expect(result.score == 10)
    }

    @Test func missedAtLeastQuotesTheRepliesThatLackedIt() {
        let criterion = Criterion(id: "x", title: "x", rule: .atLeast(2, of: [.request]), weight: 1, met: "yes", missed: "no")
        let outcome = Rubric(name: "r", title: "R", criteria: [criterion]).evaluate([
            reply(1, "Could you help?", [(.request, "Could you help")]),
            reply(2, "Whatever.", []),
        ]).criteria[0]
        #expect(outcome.met == false)
        #expect(outcome.feedback == "no")
        #expect(outcome.quotes.map(\.stance) == [.earned, .lacking])
        #expect(outcome.quotes.last?.words == "Whatever.")
        #expect(outcome.quotes.last?.turn == 2)
    }

    @Test func neverQuotesWhatCostIt() {
        let outcome = Rubric.assertiveness.evaluate([
            reply(1, "You always do this.", [(.blame, "You always do this"), (.absolute, "always")]),
        ]).criteria.first { $0.criterion.id == "no-attack" }!
        #expect(outcome.met == false)
        #expect(outcome.quotes == [Quote(turn: 1, stance: .cost, words: "You always do this", cue: .blame)])
    }

    @Test func ratioCountsMatchesAndIsNotApplicableWhenEmpty() {
        let criterion = Criterion(
            id: "r", title: "r", rule: .ratio(numerator: [.reflection], denominator: [.question], minimum: 1),
            weight: 1, met: "", missed: "")
        let rubric = Rubric(name: "r", title: "R", criteria: [criterion])
        let none = rubric.evaluate([reply(1, "Okay.", [])])
        #expect(none.criteria[0].met == nil)
        #expect(none.score == nil)
        let low = rubric.evaluate([
            reply(1, "Why? How?", [(.question, "Why?"), (.question, "How?")]),
            reply(2, "So you're tired.", [(.reflection, "So you're tired")]),
        ])
        #expect(low.criteria[0].met == false)
        #expect(low.criteria[0].measure == "1:2 (aim ≥ 1:1)")
        let onlyReflections = rubric.evaluate([reply(1, "So you're tired.", [(.reflection, "So you're tired")])])
        #expect(onlyReflections.criteria[0].met == true)
    }

    @Test func ratioCountsOverlappingCuesOnce() {
        let criterion = Criterion(
            id: "r", title: "r", rule: .ratio(numerator: [.reflection, .feelingReflection], denominator: [.question], minimum: 1),
            weight: 1, met: "", missed: "")
        let result = Rubric(name: "r", title: "R", criteria: [criterion]).evaluate([
            reply(1, "So you're exhausted. What happened? Why?", [
                (.reflection, "So you're exhausted"), (.feelingReflection, "you're exhausted"),
                (.question, "What happened?"), (.question, "Why?"),
            ]),
        ])
        #expect(result.criteria[0].measure == "1:2 (aim ≥ 1:1)")
        #expect(result.criteria[0].met == false)
        #expect(result.criteria[0].quotes.first?.words == "So you're exhausted")
        #expect(result.criteria[0].quotes.last?.stance == .counted, "a question is counted, not a fault")
    }

    @Test func shareAtMostAndFirstReply() {
        let rubric = Rubric(name: "r", title: "R", criteria: [
            Criterion(id: "a", title: "a", rule: .shareAtMost(0.5, of: [.hedge]), weight: 1, met: "", missed: ""),
            Criterion(id: "b", title: "b", rule: .firstReply(of: [.validation]), weight: 3, met: "", missed: ""),
            Criterion(id: "c", title: "c", rule: .atLeast(1, of: [.validation]), weight: 1, met: "", missed: ""),
        ])
        let result = rubric.evaluate([
            reply(1, "I just think so.", [(.hedge, "just")]),
            reply(2, "That makes sense.", [(.validation, "That makes sense")]),
        ])
        #expect(result.criteria[0].met == true)
        #expect(result.criteria[1].met == false)
        #expect(result.criteria[1].quotes == [Quote(turn: 1, stance: .lacking, words: "I just think so.", cue: nil)])
        #expect(result.score == 4, "2 of 5 weight points")
    }

    @Test func builtInRubricsAreNamedAndWeighted() {
        #expect(Rubric.builtInNames == ["assertiveness", "active-listening", "dispute-handling", "expressing-feelings", "connecting"])
        for rubric in Rubric.builtIn {
            #expect(!rubric.criteria.isEmpty)
            #expect(rubric.criteria.allSatisfy { $0.weight > 0 && !$0.metFeedback.isEmpty && !$0.missedFeedback.isEmpty })
            #expect(Set(rubric.criteria.map(\.id)).count == rubric.criteria.count)
        }
    }

    @Test func aGoodListenerScoresHigherThanAPoorOne() {
        let good = Rubric.activeListening.evaluate([
            reply(1, "That sounds exhausting. So you've been covering for everyone?", [
                (.validation, "That sounds exhausting"), (.reflection, "So you've been covering for everyone"),
            ]),
            reply(2, "It makes sense you're angry. What happened next?", [
                (.validation, "It makes sense you're angry"), (.feelingReflection, "you're angry"),
                (.question, "What happened next?"), (.openQuestion, "What happened next?"),
            ]),
        ])
        let poor = Rubric.activeListening.evaluate([
            reply(1, "Calm down. Have you tried talking to them?", [
                (.dismissal, "Calm down"), (.advice, "Have you tried"), (.question, "Have you tried talking to them?"),
                (.closedQuestion, "Have you tried talking to them?"),
            ]),
        ])
        #expect(good.score == 10)
        #expect(poor.score == 0)
    }

    /// The IPT-area rubrics read real replies through the analyzer: a
    /// constructive reply earns them, a blaming one does not.
    @Test func areaRubricsRewardTheSkillsTheyName() {
        let analyzer = Analyzer()
        func scored(_ texts: [String]) -> [ScoredReply] {
            texts.enumerated().map { ScoredReply(turn: $0.offset + 1, text: $0.element, analysis: analyzer.analyze($0.element)) }
        }
        let constructive = scored([
            "I can see why the money matters to you; it makes sense after last year.",
            "It's important to me that we keep something for emergencies. What if we put half into savings and half into the loan?",
        ])
        let escalating = scored(["You always do this. It's your fault we're broke.", "That's not fair, I did nothing wrong."])
        #expect(Rubric.disputeHandling.evaluate(constructive).score ?? 0 >= 9)
        #expect(Rubric.disputeHandling.evaluate(escalating).score ?? 10 <= 2)

        let farewell = scored(["I miss you so much, Grandad.", "I'm angry that you never got to meet her. Thank you for teaching me to fish."])
        let guarded = scored(["I guess it's fine.", "Whatever."])
        #expect(Rubric.expressingFeelings.evaluate(farewell).score ?? 0 >= 9)
        #expect(Rubric.expressingFeelings.evaluate(guarded).score ?? 10 < 5)

        let chat = scored([
            "Hi, I'm Sam, I've just moved in next door. How do you know the hosts?",
            "That sounds fun. I'm a bit nervous at parties, honestly. What got you into climbing?",
            "Would you like to grab a coffee next week?",
        ])
        let interview = scored(["Do you live here?", "Is it nice?"])
        #expect(Rubric.connecting.evaluate(chat).score ?? 0 >= 8)
        #expect(Rubric.connecting.evaluate(interview).score ?? 10 <= 3)
    }

    /// Giving the ask up at the end costs "held your ground"; agreeing to
    /// a concrete outcome, or asking again, keeps it.
    @Test func assertivenessNoticesBackingDown() {
        let analyzer = Analyzer()
        func scored(_ texts: [String]) -> [ScoredReply] {
            texts.enumerated().map { ScoredReply(turn: $0.offset + 1, text: $0.element, analysis: analyzer.analyze($0.element)) }
        }
        let ask = "I'd like to ask for a raise. I've run two projects since March."
        let held = Rubric.assertiveness.evaluate(scored([ask, "I understand. Could we agree five percent now and a review in June?"]))
        let folded = Rubric.assertiveness.evaluate(scored([ask, "Okay, March then."]))
        #expect(held.criteria.first { $0.criterion.id == "held-ground" }?.met == true)
        let lost = folded.criteria.first { $0.criterion.id == "held-ground" }
        #expect(lost?.met == false)
        #expect(lost?.quotes == [Quote(turn: 2, stance: .lacking, words: "Okay, March then.", cue: nil)])
        #expect((folded.score ?? 10) < (held.score ?? 0))
    }

    /// Saying little earns nothing: "no blame" and "few hedges" count only
    /// once a reply has done something the rubric asks for.
    @Test func avoidingTroubleBySayingLittleEarnsNothing() {
        let analyzer = Analyzer()
        let quiet = ["Okay.", "Hmm.", "Sure."].enumerated().map {
            ScoredReply(turn: $0.offset + 1, text: $0.element, analysis: analyzer.analyze($0.element))
        }
        let result = Rubric.assertiveness.evaluate(quiet)
        #expect(result.score == 0)
        let noAttack = result.criteria.first { $0.criterion.id == "no-attack" }
        #expect(noAttack?.met == nil)
        #expect(noAttack?.feedback.contains("avoiding a mistake alone") == true)

        let asked = ["Could you take the bins out on Mondays?", "Okay."].enumerated().map {
            ScoredReply(turn: $0.offset + 1, text: $0.element, analysis: analyzer.analyze($0.element))
        }
        #expect(Rubric.assertiveness.evaluate(asked).criteria.first { $0.criterion.id == "no-attack" }?.met == true)
    }
}
