import Foundation
@testable import RehearseApp
import Scenarios
import Testing

/// The branch map's two formats: labels escaped, Mermaid well formed.
@Suite struct BranchMapTests {
    /// Node ids and lines with every character the formats treat as syntax.
    static let awkward = """
        format: rehearse/1
        id: awkward
        title: "Quotes \\" and \\\\ backslashes"
        area: skills-drill
        skills: [assertiveness]
        level: 1
        goal: Break the drawing.
        partner: { name: "Sam \\"The Rock\\"" }
        state: { tension: 5 }
        start: "end"
        nodes:
          "end":
            partner: "He said \\"no\\" | # <b> & `c` \\\\l {partner}"
            coach: Say it.
            examples: ["I need help."]
            replies:
              - if: tension > 3 and request
                set: { tension: -1 }
                go: "node with spaces"
              - else:
          "node with spaces":
            partner: "[brackets] (parens) {braces}"
            end: { outcome: breakdown, title: "A \\"bad\\" end" }
        """

    static var scenarios: [Scenario] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Scenarios")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") && !$0.contains(".test.") }
        let shipped = files.compactMap { ScenarioLoader().load(path: folder.appendingPathComponent($0).path).scenario }
        return shipped + [ScenarioLoader().load(yaml: awkward).scenario].compactMap { $0 }
    }

    @Test func theAwkwardScenarioLoads() {
        let result = ScenarioLoader().load(yaml: Self.awkward)
        #expect(result.scenario != nil, "\(result.findings)")
        #expect(Self.scenarios.count >= 4)
    }

    @Test(arguments: scenarios)
    func mermaidIsWellFormed(_ scenario: Scenario) throws {
        var map = BranchMap(scenario)
        let text = map.mermaid
        try MermaidShape.check(text, nodes: scenario.nodeOrder.count, edges: map.edges.count + 1, highlighted: 0)
        // With a path: the taken links are styled, and only links that exist.
        let turns = GraphCommand.follow(scenario, replies: "Could you help me with this?\nI'm sorry, that makes sense.\n", seed: 1)
        map.highlight(turns, start: scenario.start)
        try MermaidShape.check(map.mermaid, nodes: scenario.nodeOrder.count, edges: map.edges.count + 1, highlighted: turns.filter { $0.branch.replyIndex != nil }.count + 1)
    }

    @Test func mermaidLabelsHideSyntax() throws {
        let scenario = try #require(ScenarioLoader().load(yaml: Self.awkward).scenario)
        let text = BranchMap(scenario).mermaid
        #expect(text.contains("He said #quot;no#quot; #124; #35; #lt;b#gt; #amp; #96;c#96; #92;l Sam #quot;The Rock#quot;"), "\(text)")
        #expect(text.contains("n0 -->|\"tension #gt; 3 and request<br/>tension -1\"| n1"), "\(text)")
        #expect(!text.contains("  end"), "`end` is reserved in Mermaid and must not be an id")
    }

    @Test func dotStringsEscapeQuotesAndBackslashes() throws {
        let scenario = try #require(ScenarioLoader().load(yaml: Self.awkward).scenario)
        let text = BranchMap(scenario).dot
        #expect(text.contains("digraph \"awkward\" {"))
        #expect(text.contains("graph [label=\"Quotes \\\" and \\\\ backslashes\""), "\(text)")
        #expect(text.contains("\"node:end\" [label=\"end\\n“He said \\\"no\\\" | # <b> & `c` \\\\l Sam \\\"The Rock\\\"”\""), "\(text)")
        #expect(text.contains("\"node:end\" -> \"node:node with spaces\" [label=\"tension > 3 and request\\ntension -1\"];"), "\(text)")
        #expect(text.contains("\"node:end\" -> \"node:end\" [label=\"else\", style=dashed];"))
        #expect(text.contains("\"start\" -> \"node:end\";"))
    }

    @Test func endingsAreStyledByOutcome() throws {
        let scenario = try #require(ScenarioLoader().load(yaml: Self.awkward).scenario)
        let map = BranchMap(scenario)
        #expect(map.dot.contains("peripheries=2, fillcolor=\"#ffcdd2\", color=\"#c62828\""))
        #expect(map.mermaid.contains("n1([\"node with spaces"))
        #expect(map.mermaid.contains("class n1 breakdown"))
    }

    @Test func longLinesAreShortenedAtAWord() {
        let short = BranchMap.shorten("Seriously? The sink is full again, and I am not your cleaner, not today and not tomorrow.")
        #expect(short == "Seriously? The sink is full again, and I am not…")
        #expect(short.count <= BranchMap.lineLimit)
        #expect(BranchMap.shorten("Line one\nline\ttwo\u{1B}") == "Line one line two")
    }

    @Test func repliesHighlightThePathTaken() throws {
        let scenario = try #require(ScenarioLoader().load(yaml: Self.awkward).scenario)
        var map = BranchMap(scenario)
        let turns = GraphCommand.follow(scenario, replies: "hmm\n/hint\n\nCould you help me move on Saturday?\n", seed: 3)
        #expect(turns.count == 2)
        map.highlight(turns, start: scenario.start)
        #expect(map.edges.map(\.isOnPath) == [true, true])
        #expect(map.nodes.map(\.isOnPath) == [true, true])
        #expect(map.mermaid.contains("linkStyle 0,1,2 stroke:#1565c0"))
        let undone = GraphCommand.follow(scenario, replies: "hmm\nCould you help me move on Saturday?\n/undo\n", seed: 3)
        #expect(undone.count == 1)
    }
}

/// A structural check of a Mermaid flowchart, line by line: the header,
/// node declarations with valid ids and quoted labels free of raw syntax
/// characters, edges between declared nodes, and styles that refer to
/// declared nodes and existing links.
enum MermaidShape {
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    static let id = #"[A-Za-z][A-Za-z0-9_]*"#
    static let label = #""(?:[^"|<>`]|<br/>)*""#

    static func check(_ text: String, nodes expectedNodes: Int, edges expectedEdges: Int, highlighted: Int) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "flowchart TD" else { throw Malformed(description: "header: \(lines.first ?? "")") }
        if lines.last == "" { lines.removeLast() }
        let reserved: Set<String> = ["end", "graph", "flowchart", "subgraph", "class", "classDef", "style", "linkStyle", "click"]
        var declared: Set<String> = []
        var classes: Set<String> = []
        var edges = 0
        var styled = 0
        func match(_ line: String, _ pattern: String) -> [String]? {
            guard let regex = try? NSRegularExpression(pattern: "^" + pattern + "$"),
                  let found = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { return nil }
            return (0..<found.numberOfRanges).map { index in
                Range(found.range(at: index), in: line).map { String(line[$0]) } ?? ""
            }
        }
        for line in lines.dropFirst() {
            if let parts = match(line, "  (\(id))(?:\\[\(label)\\]|\\(\\[\(label)\\]\\)|\\(\\((\(id))\\)\\))") {
                guard !reserved.contains(parts[1]), declared.insert(parts[1]).inserted else { throw Malformed(description: "bad or repeated id: \(line)") }
            } else if let parts = match(line, "  (\(id)) (-->|-\\.->)(?:\\|\(label)\\|)? (\(id))") {
                guard declared.contains(parts[1]), declared.contains(parts[3]) else { throw Malformed(description: "edge to an undeclared node: \(line)") }
                edges += 1
            } else if let parts = match(line, "  classDef (\(id)) [a-z-]+:[#A-Za-z0-9]+(?:,[a-z-]+:[#A-Za-z0-9]+)*") {
                classes.insert(parts[1])
            } else if let parts = match(line, "  class ((?:\(id),)*\(id)) (\(id))") {
                guard classes.contains(parts[2]) else { throw Malformed(description: "undefined class: \(line)") }
                for member in parts[1].split(separator: ",") where !declared.contains(String(member)) {
                    throw Malformed(description: "class for an undeclared node: \(line)")
                }
            } else if let parts = match(line, "  linkStyle ((?:[0-9]+,)*[0-9]+) [a-z-]+:[#A-Za-z0-9]+(?:,[a-z-]+:[#A-Za-z0-9]+)*") {
                for index in parts[1].split(separator: ",") where Int(index)! >= edges {
                    throw Malformed(description: "style for a link that does not exist: \(line)")
                }
                styled += parts[1].split(separator: ",").count
            } else {
                throw Malformed(description: "unreadable line: \(line)")
            }
        }
        guard declared.count == expectedNodes + 1 else { throw Malformed(description: "\(declared.count) nodes, expected \(expectedNodes) and the start marker") }
        guard edges == expectedEdges else { throw Malformed(description: "\(edges) edges, expected \(expectedEdges)") }
        guard styled == highlighted || (highlighted == 0 && styled == 0) else { throw Malformed(description: "\(styled) links highlighted, expected \(highlighted)") }
    }
}
