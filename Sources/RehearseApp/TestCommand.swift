import ArgumentParser
import Foundation
import Scenarios
import ScenarioTesting

/// `rehearse test PATH…`: run scenario test plans, or with `--explore` walk
/// scenarios automatically and report coverage.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenario test plans (NAME.test.yaml beside NAME.yaml), or explore scenarios with --explore.",
        discussion: """
            A scenario file runs the plan beside it; a plan file runs itself; a folder runs every plan in it. \
            Prints one line per run and a diff for each failure; exits 1 when any run fails or a file has errors.

            With --explore, walks each scenario --runs times, replying with the example replies authored on \
            nodes and branches (chosen from --seed), and reports node and branch coverage, endings reached, \
            nodes never reached and branches no example took. Exits 0 unless a file fails to load, or, with \
            --require-full, some node was never reached. See docs/test-plans.md.
            """)

    @Argument(help: "Scenario files, test plans (.test.yaml) or folders.")
    var paths: [String]

    @Flag(help: "Walk each scenario with its authored example replies and report coverage.")
    var explore = false

    @Option(help: "With --explore: the seed the walks are chosen from; the same seed gives the same report (default 1).")
    var seed: UInt64?

    @Option(help: "With --explore: how many walks per scenario (default 1000).")
    var runs: Int?

    @Option(help: "With --explore: a walk that reaches no ending stops after this many replies (default 40).")
    var maxTurns: Int?

    @Flag(help: "With --explore: exit 1 unless every node of every scenario was reached.")
    var requireFull = false

    @Flag(help: "With --explore: list every ending, unreached node and untaken branch (else the first \(ExplorationRendering.listLimit) of each).")
    var all = false

    func validate() throws {
        if !explore && (requireFull || all || runs != nil || seed != nil || maxTurns != nil) {
            throw ValidationError("--seed, --runs, --max-turns, --require-full and --all go with --explore")
        }
        if let runs, runs < 1 { throw ValidationError("--runs should be 1 or more") }
        if let maxTurns, maxTurns < 1 { throw ValidationError("--max-turns should be 1 or more") }
    }

    func run() throws {
        let style = Style.forStandardOutput()
        if explore {
            let ok = try exploreScenarios(style: style)
            if !ok { throw ExitCode(1) }
        } else {
            let ok = try runPlans(style: style)
            if !ok { throw ExitCode(1) }
        }
    }

    // MARK: Test plans

    func runPlans(style: Style) throws -> Bool {
        var passed = 0, failed = 0, broken = 0
        let plans = try TestTargets.plans(in: paths)
        if plans.isEmpty {
            print(style.red("no test plans (*.test.yaml) in \(paths.joined(separator: ", ")); `rehearse new ID` writes a scenario with one"))
            return false
        }
        for plan in plans {
            let scenarioFile = TestPlanLoader.scenarioPath(forPlan: plan)
            guard FileManager.default.fileExists(atPath: plan) else {
                print("\(style.red("✗")) \(scenarioFile): no test plan beside it (expected \(plan); `rehearse new` writes a starting one)")
                broken += 1
                continue
            }
            guard let scenario = loadScenario(scenarioFile, forPlan: plan, style: style) else {
                broken += 1
                continue
            }
            let loaded = TestPlanLoader().load(path: plan, scenario: scenario)
            guard let testPlan = loaded.plan else {
                for finding in loaded.findings {
                    print("\(plan):\(finding.location.line):\(finding.location.column): error: \(finding.message)")
                }
                broken += 1
                continue
            }
            for result in PlanRunner(scenario: scenario).run(testPlan) {
                let place = "\(plan):\(result.run.location.line)"
                if result.passed {
                    passed += 1
                    print("\(style.green("✓")) \(result.run.name)  \(style.dim(place))")
                } else {
                    failed += 1
                    print("\(style.red("✗")) \(result.run.name)  \(style.dim(place))")
                    print(Self.render(result.failures, plan: plan, style: style))
                }
            }
        }
        var summary = "\(passed + failed) runs: \(passed) passed, \(failed) failed"
        if broken > 0 { summary += "; \(broken) file\(broken == 1 ? "" : "s") could not be run" }
        print()
        print(failed + broken == 0 ? style.green(summary) : style.red(summary))
        return failed + broken == 0
    }

    /// The failures of one run as a diff: the step, its reply, then expected and actual.
    static func render(_ failures: [PlanFailure], plan: String, style: Style) -> String {
        var lines: [String] = []
        guard let first = failures.first else { return "" }
        let turn = first.turn.map { ", turn \($0)" } ?? ""
        lines.append("    step \(first.step)\(turn), after: \(first.reply.hasPrefix("/") ? first.reply : "\"\(first.reply)\"")")
        for failure in failures {
            lines.append("    \(plan):\(failure.location.line):\(failure.location.column): \(failure.subject)")
            lines.append("      " + style.green("expected: \(failure.expected)"))
            lines.append("      " + style.red("actual:   \(failure.actual)"))
        }
        return lines.joined(separator: "\n")
    }

    private func loadScenario(_ file: String, forPlan plan: String, style: Style) -> Scenario? {
        guard FileManager.default.fileExists(atPath: file) else {
            print("\(style.red("✗")) \(plan): no scenario beside it (expected \(file))")
            return nil
        }
        let result = ScenarioLibrary.loader.load(path: file)
        guard let scenario = result.scenario else {
            print("\(style.red("✗")) \(file) has errors (`rehearse check \(file)`):")
            for finding in result.findings where finding.severity == .error {
                print("    " + Diagnostic.render(finding, path: file))
            }
            return nil
        }
        return scenario
    }

    // MARK: Exploration

    func exploreScenarios(style: Style) throws -> Bool {
        var ok = true
        let files = try TestTargets.scenarios(in: paths)
        for (number, file) in files.enumerated() {
            if number > 0 { print() }
            let result = ScenarioLibrary.loader.load(path: file)
            guard let scenario = result.scenario else {
                print("\(style.red("✗")) \(file) has errors (`rehearse check \(file)`):")
                for finding in result.findings where finding.severity == .error {
                    print("    " + Diagnostic.render(finding, path: file))
                }
                ok = false
                continue
            }
            let limit = maxTurns ?? 40
            let report = Explorer(scenario: scenario, maxTurns: limit).explore(runs: runs ?? 1000, seed: seed ?? 1)
            print(ExplorationRendering.render(report, file: file, maxTurns: limit, listAll: all, style: style))
            if requireFull && !report.isFullNodeCoverage { ok = false }
        }
        return ok
    }
}

/// Which files `rehearse test` works on.
enum TestTargets {
    /// Plan files: a plan as itself, a scenario's plan beside it (which may
    /// be missing: the caller says so), every plan in a folder.
    static func plans(in paths: [String]) throws -> [String] {
        try ScenarioLibrary.files(in: paths, matching: TestPlanLoader.isPlan) { path in
            TestPlanLoader.isPlan(path) ? path : TestPlanLoader.planPath(forScenario: path)
        }
    }

    /// Scenario files: a plan's scenario beside it, scenario files as
    /// themselves, every scenario in a folder.
    static func scenarios(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            if TestPlanLoader.isPlan(path) {
                files.append(TestPlanLoader.scenarioPath(forPlan: path))
            } else {
                files += try ScenarioLibrary.scenarioFiles(in: [path])
            }
        }
        return files
    }
}
