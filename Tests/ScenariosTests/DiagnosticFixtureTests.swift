import Foundation
import Scenarios
import Scoring
import Testing

/// Every diagnostic code has a fixture named after it whose first line says
/// what must be reported: `# expect: RH006 20:13` (code, then line:column).
@Suite struct DiagnosticFixtureTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let checker = ScenarioChecker(
        loader: ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)),
        linter: ScenarioLinter(requirements: { Rubric.requirements(for: $0) }))

    static var fixtures: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix("RH") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everyCodeHasAFixture() {
        let covered = Set(Self.fixtures.map { String($0.lastPathComponent.prefix(5)) })
        for code in DiagnosticCode.all {
            #expect(covered.contains(code.id), "no fixture for \(code.id) (\(code.summary))")
        }
    }

    @Test func codesAreUniqueAndOrdered() {
        let ids = DiagnosticCode.all.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
    }

    @Test(arguments: fixtures)
    func fixtureReportsItsCodeAtItsPosition(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first)
        let parts = header.split(separator: " ")
        try #require(parts.count >= 3 && parts[1] == "expect:", "fixture header should be `# expect: CODE [LINE:COL]`")
        let code = String(parts[2])
        let result = Self.checker.check(yaml: text, path: file.path)
        let matching = result.findings.filter { $0.code.id == code }
        #expect(!matching.isEmpty, "expected \(code), got \(result.findings.map { "\($0.code.id) \($0.location) \($0.message)" })")
        #expect(result.findings.allSatisfy { $0.code.id == code }, "only \(code) expected, got \(result.findings.map { "\($0.code.id) \($0.location) \($0.message)" })")
        if parts.count >= 4 {
            #expect(matching.first.map { "\($0.location)" } == String(parts[3]), "\(matching.map { "\($0.location) \($0.message)" })")
        }
        if matching.contains(where: { $0.severity == .error }) {
            #expect(result.scenario == nil)
        }
    }

    @Test func validFixtureHasNoFindings() {
        let result = Self.checker.check(path: Self.folder.appendingPathComponent("valid.yaml").path)
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.scenario?.id == "fixture")
    }
}
