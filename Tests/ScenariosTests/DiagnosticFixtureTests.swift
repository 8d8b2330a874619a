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

    /// docs/lint/RHnnn.md: what the code means, an example, how to fix it.
    @Test func everyCodeHasADocumentationPage() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/lint")
        for code in DiagnosticCode.all {
            let page = docs.appendingPathComponent("\(code.id).md")
            let text = try? String(contentsOf: page, encoding: .utf8)
            #expect(text != nil, "no page docs/lint/\(code.id).md for \(code.id) (\(code.summary))")
            guard let text else { continue }
            #expect(text.hasPrefix("# \(code.id): \(code.summary)\n"), "docs/lint/\(code.id).md should start with its code and summary")
            #expect(text.contains("Severity: **\(code.severity.rawValue)**"), "docs/lint/\(code.id).md states another severity")
            #expect(text.contains("```yaml") && text.contains("[\(code.id)]"), "docs/lint/\(code.id).md needs an example and what check prints for it")
            #expect(text.contains("## How to fix it"), "docs/lint/\(code.id).md needs a fix")
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") && $0.hasPrefix("RH") }
        let known = Set(DiagnosticCode.all.map { "\($0.id).md" })
        #expect(pages.allSatisfy(known.contains), "pages for codes that do not exist: \(pages.filter { !known.contains($0) })")
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
