import Scenarios
import ScenarioTesting
import Testing

@Suite struct PlanRunnerTests {
    static func results(_ yaml: String) throws -> [RunResult] {
        PlanRunner(scenario: PlanFixture.scenario).run(try PlanFixture.plan(yaml))
    }

    @Test func aPlanThatHoldsPasses() throws {
        let results = try Self.results("""
            runs:
              - name: sorry then a plan
                your-name: Kim
                steps:
                  - reply: Sorry about that.
                    node: middle
                    partner-says: SO, A PLAN
                    cues: [says-sorry]
                    no-cues: [says-bye]
                    meters: { tension: 3 }
                    ending: none
                  - reply: Here is my plan.
                    ending: { outcome: success, node: done }
                    scores: { assertiveness: 0..10 }
            """)
        #expect(results.map(\.passed) == [true])
    }

    @Test func aWrongNodeFailsWithExpectedActualTurnAndReply() throws {
        let result = try #require(try Self.results("""
            runs:
              - name: wrong
                steps:
                  - reply: Whatever.
                    node: opening
                  - reply: Whatever again.
                    node: middle
                    meters: { tension: 8..10 }
            """).first)
        #expect(!result.passed)
        #expect(result.failures == [
            PlanFailure(step: 2, reply: "Whatever again.", turn: 2, subject: "node", expected: "middle", actual: "opening", location: SourceLocation(line: 7, column: 9)),
            PlanFailure(step: 2, reply: "Whatever again.", turn: 2, subject: "meters.tension", expected: "8..10", actual: "7", location: SourceLocation(line: 8, column: 9)),
        ])
    }

    @Test func theRunStopsAtTheFirstFailingStep() throws {
        let result = try #require(try Self.results("""
            runs:
              - name: stops
                steps:
                  - reply: Whatever.
                    ending: success
                  - reply: Sorry.
                    node: opening
            """).first)
        #expect(result.failures.map(\.step) == [1])
        #expect(result.failures.first?.actual == "none (at opening)")
    }

    @Test func replyingAfterTheEndingFails() throws {
        let result = try #require(try Self.results("""
            runs:
              - name: too long
                steps:
                  - reply: Bye.
                    ending: breakdown
                  - reply: Sorry.
            """).first)
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.step == 2)
        #expect(result.failures.first?.actual.hasPrefix("it had already ended (breakdown at `gone`)") == true)
    }

    @Test func cuesAndNoCuesNameWhatWasFound() throws {
        let result = try #require(try Self.results("""
            runs:
              - name: cues
                steps:
                  - reply: Sorry, bye.
                    cues: [says-plan]
                    no-cues: [says-bye]
            """).first)
        #expect(result.failures.map(\.subject) == ["cues", "no cues"])
        #expect(result.failures[0].actual == "apology, says-sorry, says-bye (missing: says-plan)")
        #expect(result.failures[1].actual == "says-bye: \"bye\"")
    }

    @Test func undoAndRestartChangeTheState() throws {
        let results = try Self.results("""
            runs:
              - name: undo
                steps:
                  - reply: Sorry.
                    node: middle
                  - reply: /undo
                    node: opening
                    meters: { tension: 5 }
                  - reply: Bye.
                    ending: breakdown
                  - reply: /restart
                    ending: none
                    node: opening
              - name: nothing to undo
                steps:
                  - reply: /undo
            """)
        #expect(results[0].passed, "\(results[0].failures)")
        #expect(results[1].failures.first?.subject == "/undo")
    }

    @Test func scoresAreCheckedAgainstTheRubric() throws {
        let result = try #require(try Self.results("""
            runs:
              - name: score
                steps:
                  - reply: Whatever.
                    scores: { assertiveness: 10 }
            """).first)
        #expect(result.failures.map(\.subject) == ["scores.assertiveness"])
    }

    @Test func theSeedAndPartnerNameReachTheConversation() throws {
        // Seeds pick among the opening's variants; the partner line is filled with names.
        let results = try Self.results("""
            runs:
              - name: named
                your-name: Kim
                steps:
                  - reply: /restart
                    partner-says: ", kim."
            """)
        #expect(results[0].passed, "\(results[0].failures)")
    }
}
