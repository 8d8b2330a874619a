import Scenarios
import ScenarioTesting
import Testing

@Suite struct ExplorerTests {
    @Test func theSameSeedGivesTheSameReport() {
        let explorer = Explorer(scenario: PlanFixture.scenario)
        let first = explorer.explore(runs: 50, seed: 9)
        let second = explorer.explore(runs: 50, seed: 9)
        #expect(first.turns == second.turns)
        #expect(first.endings == second.endings)
        #expect(first.branches.map(\.taken) == second.branches.map(\.taken))
    }

    @Test func coverageCountsNodesAndBranches() {
        let report = Explorer(scenario: PlanFixture.scenario).explore(runs: 200, seed: 1)
        // Five nodes; `unreachable` needs `plan` at the opening, which no example says.
        #expect(report.reachedNodes == ["opening", "middle", "done", "gone"])
        #expect(report.unreachedNodes.map(\.id) == ["unreachable"])
        #expect(!report.isFullNodeCoverage)
        #expect(report.nodeCoverage == 0.8)
        // Seven branches; no example takes the opening's `says-bye` or
        // `says-plan and tension >= 9`, nor the middle's `else`.
        #expect(report.branches.count == 7)
        #expect(report.untakenBranches.map(\.condition) == ["says-bye", "says-plan and tension >= 9", nil])
        #expect(report.untakenBranches.map(\.node) == ["opening", "opening", "middle"])
        #expect(report.untakenBranches.first?.location == SourceLocation(line: 24, column: 9))
        #expect(abs(report.branchCoverage - 4.0 / 7.0) < 1e-9)
        #expect(report.endingCounts.map(\.node.id) == ["done", "gone", "unreachable"])
        #expect(report.endingCounts.map(\.runs).reduce(0, +) + report.unfinished == 200)
        #expect(report.endings["unreachable"] == nil)
    }

    @Test func aWalkWithoutAnEndingStopsAtTheTurnLimit() {
        let report = Explorer(scenario: PlanFixture.scenario, maxTurns: 1).explore(runs: 20, seed: 3)
        #expect(report.turns == 20)
        #expect(report.unfinished == 20)
    }

    @Test func walksStopAtANodeWithoutExamples() throws {
        let yaml = PlanFixture.scenarioYAML
            .replacingOccurrences(of: "examples: [\"Here is my plan.\"]", with: "coach: Plan.")
            .replacingOccurrences(of: "examples: [\"Bye, then.\"]", with: "partner: \"Bye.\"")
        let scenario = try #require(ScenarioLoader().load(yaml: yaml).scenario)
        let report = Explorer(scenario: scenario).explore(runs: 30, seed: 2)
        #expect(report.stuckAt["middle"] == 30)
        #expect(report.unfinished == 30)
        #expect(report.endings.isEmpty)
    }
}
