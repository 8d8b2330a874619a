import Foundation
import Testing

/// `rehearse graph` from the command line, drawn by Graphviz's `dot`.
@Suite struct GraphCommandTests {
    /// Every scenario in the library, so a new one is drawn too.
    static let shipped: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".test.yaml") }
            .map { String($0.dropLast(".yaml".count)) }.sorted()
    }()

    /// Graphviz's `dot` (Debian package `graphviz`; .ci/run installs it).
    static var dot: URL? {
        ["/usr/bin/dot", "/usr/local/bin/dot"].map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `dot -Tsvg` over `source`; returns its status and output.
    static func render(_ source: String) throws -> (status: Int32, svg: String, errors: String) {
        let dot = try #require(Self.dot, "Graphviz `dot` is not installed (apt-get install graphviz)")
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-graph-\(UUID().uuidString).dot")
        try Data(source.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = dot
        process.arguments = ["-Tsvg", input.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = Rehearse.ErrorCollector(err.fileHandleForReading)
        let svg = out.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.wait(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: svg, as: UTF8.self), errorText)
    }

    @Test(arguments: shipped)
    func everyShippedScenarioRendersWithGraphviz(_ id: String) throws {
        let result = try Rehearse.run(["graph", id])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph \"\(id)\" {"))
        let drawn = try Self.render(result.stdout)
        #expect(drawn.status == 0, "\(drawn.errors)")
        #expect(drawn.errors.isEmpty, "\(drawn.errors)")
        #expect(drawn.svg.contains("<svg"))
        #expect(drawn.svg.contains("start"))
    }

    @Test(arguments: shipped)
    func everyShippedScenarioHasAMermaidMap(_ id: String) throws {
        let result = try Rehearse.run(["graph", id, "--format", "mermaid"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("flowchart TD\n"))
        #expect(result.stdout.contains("start --> n"))
    }

    @Test func repliesHighlightThePathInTheDrawing() throws {
        let replies = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-replies-\(UUID().uuidString).txt")
        try Data("You're right, I'm sorry, I can see you're fed up.\n/hint\nI feel frustrated too, and I need us to share it.\n".utf8).write(to: replies)
        defer { try? FileManager.default.removeItem(at: replies) }
        let result = try Rehearse.run(["graph", "dishes", "--replies", replies.path, "--seed", "4"])
        #expect(result.status == 0, "\(result.stderr)")
        // The start arrow, opening → softening and softening → your-side.
        let highlighted = result.stdout.split(separator: "\n").filter { $0.contains("->") && $0.contains("penwidth=3") }
        #expect(highlighted.count == 3, "\(highlighted)")
        #expect(highlighted.contains { $0.contains("\"node:opening\" -> \"node:softening\"") })
        #expect(highlighted.contains { $0.contains("\"node:softening\" -> \"node:your-side\"") })
        let drawn = try Self.render(result.stdout)
        #expect(drawn.status == 0, "\(drawn.errors)")
        #expect(drawn.svg.contains("#1565c0"))
    }

    @Test func awkwardTextStillRenders() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-awkward-\(UUID().uuidString).yaml")
        try Data("""
            format: rehearse/1
            id: awkward
            title: "A \\"quoted\\" title \\\\N"
            area: skills-drill
            skills: [assertiveness]
            level: 1
            goal: Draw it.
            partner: { name: Sam }
            start: "node"
            nodes:
              "node":
                partner: "Back\\\\slash \\\\l and \\"quotes\\" { } < > | #"
                coach: Say it.
                examples: ["Could you?"]
                replies:
                  - if: request
                    go: "edge"
                  - else:
              "edge":
                partner: "Done."
                end: partial
            """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Rehearse.run(["graph", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let drawn = try Self.render(result.stdout)
        #expect(drawn.status == 0, "\(drawn.errors)")
        #expect(drawn.svg.contains("Back\\slash \\l and &quot;quotes&quot; { } &lt; &gt; | #"), "\(drawn.svg)")
    }

    @Test func anUnknownScenarioIsExplained() throws {
        let result = try Rehearse.run(["graph", "no-such-thing"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no built-in scenario is called `no-such-thing`"))
    }
}
