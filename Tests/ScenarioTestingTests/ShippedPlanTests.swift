import Foundation
import Scenarios
import ScenarioTesting
import Scoring
import Testing

/// Every shipped scenario's test plan passes, found by walking `Scenarios/`,
/// so a new scenario and its plan are covered without touching this file.
@Suite struct ShippedPlanTests {
    static let scenariosFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Scenarios")

    /// Files under `Scenarios/` (recursively) whose name ends with `suffix`, sorted.
    static func files(endingWith suffix: String) -> [String] {
        let folder = scenariosFolder.path
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(suffix) { found.append((folder as NSString).appendingPathComponent(relative)) }
        }
        return found.sorted()
    }

    static var plans: [String] { files(endingWith: TestPlanLoader.planSuffix) }
    static var scenarios: [String] { files(endingWith: ".yaml").filter { !TestPlanLoader.isPlan($0) } }

    static func loadScenario(_ path: String) throws -> Scenario {
        let result = ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)).load(path: path)
        return try #require(result.scenario, "\(path): \(result.findings.map { "\($0.location): \($0.message)" })")
    }

    @Test func theShippedLibraryHasPlans() {
        #expect(Self.plans.count >= 3)
    }

    @Test(arguments: scenarios)
    func everyShippedScenarioHasAPlan(_ scenario: String) {
        let plan = TestPlanLoader.planPath(forScenario: scenario)
        #expect(FileManager.default.fileExists(atPath: plan), "\(scenario) has no test plan beside it (\(plan))")
    }

    @Test(arguments: plans)
    func shippedPlanPasses(_ plan: String) throws {
        let scenario = try Self.loadScenario(TestPlanLoader.scenarioPath(forPlan: plan))
        let loaded = TestPlanLoader().load(path: plan, scenario: scenario)
        let testPlan = try #require(loaded.plan, "\(plan): \(loaded.findings.map { "\($0.location): \($0.message)" })")
        #expect(!testPlan.runs.isEmpty)
        for result in PlanRunner(scenario: scenario).run(testPlan) {
            let failures = result.failures.map { "step \($0.step) (\($0.location)) \($0.subject): expected \($0.expected), actual \($0.actual)" }
            #expect(result.passed, "\(plan) run `\(result.run.name)`: \(failures.joined(separator: "; "))")
        }
    }

    @Test(arguments: plans)
    func shippedPlanCoversEveryEnding(_ plan: String) throws {
        let scenario = try Self.loadScenario(TestPlanLoader.scenarioPath(forPlan: plan))
        let testPlan = try #require(TestPlanLoader().load(path: plan, scenario: scenario).plan)
        var reached: Set<String> = []
        for run in testPlan.runs {
            for step in run.steps {
                for expectation in step.expectations {
                    if case .ending(true, _, let node?) = expectation.kind { reached.insert(node) }
                }
            }
        }
        let endings = scenario.nodeOrder.filter { scenario.nodes[$0]?.ending != nil }
        #expect(Set(endings).subtracting(reached).isEmpty, "\(plan) checks no run ending at: \(Set(endings).subtracting(reached).sorted())")
    }

    @Test(arguments: scenarios)
    func explorationReachesEveryShippedNode(_ path: String) throws {
        let report = Explorer(scenario: try Self.loadScenario(path)).explore(runs: 1000, seed: 1)
        #expect(report.isFullNodeCoverage, "\(path): never reached \(report.unreachedNodes.map(\.id))")
    }
}
