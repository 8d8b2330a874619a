import Analysis
import Testing

@Suite struct CueEvaluationTests {
    @Test func countsPrecisionRecallAndF1() {
        var evaluation = CueEvaluation()
        evaluation.add(line: 1, text: "a", expected: [.blame, .absolute], predicted: [.blame])
        evaluation.add(line: 2, text: "b", expected: [.blame], predicted: [.blame, .insult])
        evaluation.add(line: 3, text: "c", expected: [], predicted: [])
        let blame = evaluation.counts[.blame]!
        #expect(blame.truePositives == 2 && blame.falsePositives == 0 && blame.falseNegatives == 0)
        #expect(blame.f1 == 1)
        let absolute = evaluation.counts[.absolute]!
        #expect(absolute.recall == 0)
        #expect(absolute.precision == nil)
        #expect(absolute.f1 == 0)
        #expect(evaluation.counts[.insult]?.precision == 0)
        #expect(evaluation.items == 3)
        #expect(evaluation.misses.map(\.line) == [1, 2])
    }

    @Test func macroF1SkipsCuesThatNeverOccur() {
        var evaluation = CueEvaluation()
        evaluation.add(line: 1, text: "a", expected: [.validation], predicted: [.validation])
        evaluation.add(line: 2, text: "b", expected: [.request], predicted: [])
        #expect(evaluation.macroF1() == 0.5)
    }

    @Test func tiedConfusionsAreOrderedByName() {
        var evaluation = CueEvaluation()
        evaluation.add(line: 1, text: "a", expected: [.validation], predicted: [.reflection, .absolute, .request])
        let names = evaluation.worstConfusions(3).map { "\($0.0.missed)>\($0.0.instead)" }
        #expect(names == ["validation>absolute", "validation>reflection", "validation>request"])
    }

    @Test func confusionsPairWhatWasMissedWithWhatWasFound() {
        var evaluation = CueEvaluation()
        evaluation.add(line: 1, text: "a", expected: [.iStatement], predicted: [.blame])
        evaluation.add(line: 2, text: "b", expected: [.iStatement], predicted: [.blame])
        evaluation.add(line: 3, text: "c", expected: [.reflection], predicted: [.question])
        let worst = evaluation.worstConfusions(1)
        #expect(worst.count == 1)
        #expect(worst[0].0 == CueEvaluation.Pair(missed: .iStatement, instead: .blame))
        #expect(worst[0].1 == 2)
    }
}
