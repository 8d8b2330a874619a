import Foundation
import Scenarios
import Scoring

/// The scenarios in the repository's `Scenarios/` folder, loaded as the app loads them.
enum ShippedScenarios {
    /// `Scenarios/` beside `Benchmarks/` (this file is Benchmarks/RehearseBench/…).
    static var defaultFolder: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Scenarios").path
    }

    /// Every `*.yaml` in `folder` (test plans left out) that loads without errors, by file name.
    static func load(from folder: String) -> [Scenario] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let loader = ScenarioLoader(knownRubrics: Set(Rubric.builtInNames))
        return names.filter { $0.hasSuffix(".yaml") && !$0.contains(".test.") }.sorted().compactMap {
            loader.load(path: (folder as NSString).appendingPathComponent($0)).scenario
        }
    }

    /// The rubrics the REPL scores a scenario with: its own, else those named
    /// by its skills, else all. (Mirrors `PlaySession.rubrics(for:)`, which is
    /// internal to RehearseApp.)
    static func rubrics(for scenario: Scenario) -> [Rubric] {
        let named = scenario.rubrics.compactMap(Rubric.named)
        if !named.isEmpty { return named }
        let bySkill = scenario.skills.compactMap(Rubric.named)
        return bySkill.isEmpty ? Rubric.builtIn : bySkill
    }
}
