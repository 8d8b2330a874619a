import Scenarios
import ScenarioTesting
import Testing

@Suite struct TestPlanLoaderTests {
    @Test func aValidPlanLoadsEveryKindOfExpectation() throws {
        let plan = try PlanFixture.plan("""
            scenario: fixture
            runs:
              - name: all of it
                seed: 7
                partner-name: Alex
                your-name: Kim
                mode: exam
                steps:
                  - reply: Sorry about that.
                    node: middle
                    partner-says: thanks
                    cues: [says-sorry]
                    no-cues: says-bye
                    meters: { tension: 2..4 }
                    ending: none
                    scores: { assertiveness: 0..10 }
                    crisis: false
                  - reply: Here is my plan.
                    ending: { outcome: success, node: done }
            """)
        let run = try #require(plan.runs.first)
        #expect(run.name == "all of it")
        #expect(run.seed == 7)
        #expect(run.partnerName == "Alex")
        #expect(run.yourName == "Kim")
        #expect(run.mode == .exam)
        #expect(run.location == Scenarios.SourceLocation(line: 3, column: 11))
        #expect(run.steps.count == 2)
        let kinds = run.steps[0].expectations.map(\.kind)
        #expect(kinds.contains(.meter("tension", 2...4)))
        #expect(kinds.contains(.noCues(["says-bye"])))
        #expect(kinds.contains(.ending(ended: false, outcome: nil, node: nil)))
        #expect(run.steps[1].expectations.map(\.kind) == [.ending(ended: true, outcome: .success, node: "done")])
    }

    static let mistakes: [(String, String)] = [
        ("an unknown node, with a suggestion", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    node: ↓midle
            """),
        ("an unknown cue", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    cues: [says-sorry, ↓says-sory]
            """),
        ("a meter the scenario lacks", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    meters: { ↓trust: 3 }
            """),
        ("a backwards range", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    meters: { tension: ↓"6..4" }
            """),
        ("a meter range beyond 0..10", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    meters: { tension: ↓11 }
            """),
        ("a rubric the scenario is not scored with", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    scores: { ↓active-listening: 5 }
            """),
        ("an unknown key in a step", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    ↓nod: middle
            """),
        ("/undo in exam mode", """
            runs:
              - name: a
                mode: exam
                steps:
                  - reply: Sorry.
                  - reply: ↓/undo
            """),
        ("an ending node that is no ending", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    ending: { node: ↓middle }
            """),
        ("an unknown outcome", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    ending: ↓won
            """),
        ("a plan for another scenario", """
            scenario: ↓dishes
            runs:
              - name: a
                steps:
                  - reply: Sorry.
            """),
        ("two runs with one name", """
            runs:
              - name: a
                steps:
                  - reply: Sorry.
              - name: ↓a
                steps:
                  - reply: Sorry.
            """),
        ("a step without a reply", """
            runs:
              - name: a
                steps:
                  - ↓node: middle
            """),
        ("cues on /restart", """
            runs:
              - name: a
                steps:
                  - reply: /restart
                    ↓cues: [says-sorry]
            """),
        ("broken YAML", """
            runs:
              - name: a
                steps: [
            ↓
            """),
    ]

    @Test(arguments: mistakes.indices)
    func aMistakeIsReportedWhereItIs(_ index: Int) throws {
        let (what, marked) = Self.mistakes[index]
        let (found, expected) = PlanFixture.findings(marked)
        #expect(found.count == 1, "\(what): \(found)")
        #expect(found.first?.location == expected, "\(what): \(found.map(\.message))")
    }

    @Test func messagesSayWhatIsWrong() {
        let (found, _) = PlanFixture.findings("""
            runs:
              - name: a
                steps:
                  - reply: Sorry.
                    node: midle
            """)
        #expect(found.first?.message == "`fixture` has no node `midle`; did you mean `middle`?")
    }

    @Test func planAndScenarioPathsMirrorEachOther() {
        #expect(TestPlanLoader.planPath(forScenario: "Scenarios/dishes.yaml") == "Scenarios/dishes.test.yaml")
        #expect(TestPlanLoader.scenarioPath(forPlan: "Scenarios/dishes.test.yaml") == "Scenarios/dishes.yaml")
        #expect(TestPlanLoader.isPlan("a/b.test.yaml"))
        #expect(!TestPlanLoader.isPlan("a/b.yaml"))
    }
}
