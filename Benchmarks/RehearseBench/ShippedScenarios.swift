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

    /// The rubrics the app scores this scenario with.
    static func rubrics(for scenario: Scenario) -> [Rubric] {
        Rubric.selection(for: scenario)
    }
}
