/// `rehearse check`'s library side: loads a file and, when it has no errors,
/// lints the scenario too. Findings come back sorted by position; the
/// scenario only when neither step found an error.
public struct ScenarioChecker: Sendable {
    public var loader: ScenarioLoader
    public var linter: ScenarioLinter

    public init(loader: ScenarioLoader, linter: ScenarioLinter) {
        self.loader = loader
        self.linter = linter
    }

    public func check(path: String) -> LoadResult {
        withLint(loader.load(path: path))
    }

    public func check(yaml text: String, path: String? = nil) -> LoadResult {
        withLint(loader.load(yaml: text, path: path))
    }

    private func withLint(_ result: LoadResult) -> LoadResult {
        guard let scenario = result.scenario else { return result }
        let findings = (result.findings + linter.lint(scenario)).sorted { $0.location < $1.location }
        let hasErrors = findings.contains { $0.severity == .error }
        return LoadResult(scenario: hasErrors ? nil : scenario, findings: findings)
    }
}
