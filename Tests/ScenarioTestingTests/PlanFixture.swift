import Scenarios
import ScenarioTesting
import Scoring
import Testing

/// A small scenario driven by its own phrase cues, so the tests here do not
/// depend on how the built-in analyzer reads a reply.
enum PlanFixture {
    static let scenarioYAML = """
        format: rehearse/1
        id: fixture
        title: Fixture
        area: skills-drill
        skills: [assertiveness]
        level: 1
        goal: Test plans.
        partner: { name: Sam }
        state: { tension: 5 }
        cues:
          says-sorry: ["sorry"]
          says-plan: ["plan"]
          says-bye: ["bye"]
        start: opening
        nodes:
          opening:
            partner: ["Hello, {you}.", "Hi, {you}."]
            examples: ["Sorry about that."]
            replies:
              - if: says-sorry
                set: { tension: -2 }
                partner: "Thanks."
                go: middle
              - if: says-bye
                set: { tension: +5 }
                go: gone
              - if: says-plan and tension >= 9
                go: unreachable
              - else:
                set: { tension: +1 }
                examples: ["Whatever."]
          middle:
            partner: "So, a plan?"
            examples: ["Here is my plan."]
            replies:
              - if: says-plan
                go: done
              - if: says-bye
                go: gone
                examples: ["Bye, then."]
              - else:
                partner: "Go on."
          done:
            partner: "Deal."
            end: success
          gone:
            partner: "Fine."
            end: { outcome: breakdown, title: Walked out }
          unreachable:
            partner: "Never said."
            end: partial
        rubric: [assertiveness]
        """

    static let scenario: Scenario = {
        ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)).load(yaml: scenarioYAML).scenario!
    }()

    /// Loads a plan in which `↓` marks where the one expected finding points.
    static func findings(_ marked: String) -> (found: [PlanFinding], expected: Scenarios.SourceLocation?) {
        var expected: Scenarios.SourceLocation?
        var lines: [String] = []
        for (index, line) in marked.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let column = Array(line.unicodeScalars).firstIndex(of: "↓") {
                expected = Scenarios.SourceLocation(line: index + 1, column: column + 1)
            }
            lines.append(line.replacingOccurrences(of: "↓", with: ""))
        }
        return (TestPlanLoader().load(yaml: lines.joined(separator: "\n"), scenario: scenario).findings, expected)
    }

    static func plan(_ yaml: String) throws -> TestPlan {
        let result = TestPlanLoader().load(yaml: yaml, scenario: scenario)
        return try #require(result.plan, "\(result.findings)")
    }
}
