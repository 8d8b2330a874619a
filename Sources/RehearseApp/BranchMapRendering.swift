import Scenarios

/// How each outcome is drawn, the same in both formats.
extension Ending.Outcome {
    var fill: String {
        switch self {
        case .success: "#c8e6c9"
        case .partial: "#fff3b0"
        case .breakdown: "#ffcdd2"
        }
    }
    var stroke: String {
        switch self {
        case .success: "#2e7d32"
        case .partial: "#b7791f"
        case .breakdown: "#c62828"
        }
    }
}

extension BranchMap {
    static let pathColour = "#1565c0"

    /// An edge's label lines: the condition (or `else`), then the meter changes.
    static func labelLines(_ edge: Edge) -> [String] {
        wrap(edge.condition ?? "else", width: 32) + (edge.effects.isEmpty ? [] : [edge.effects])
    }

    /// Words on lines of at most `width` characters (a longer word keeps its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in oneLine(text).split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        return lines + [current]
    }

    /// A node's label lines: its id, the first line in quotes, and for an
    /// ending its outcome and title.
    static func labelLines(_ node: Node) -> [String] {
        var lines = [node.id]
        if !node.line.isEmpty { lines.append("“\(node.line)”") }
        if let ending = node.ending { lines.append("\(ending.outcome.rawValue): \(oneLine(ending.title))") }
        return lines
    }

    // MARK: Graphviz DOT

    /// The map in Graphviz's DOT language (`dot -Tsvg` draws it).
    var dot: String {
        var out = "digraph \(Self.dotQuoted(scenarioID)) {\n"
        out += "  graph [label=\(Self.dotQuoted(title)), labelloc=t, fontname=\"Helvetica\", rankdir=TB];\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        out += "  \"start\" [shape=circle, label=\"start\", width=0.5, fixedsize=true, fillcolor=\"#eeeeee\"];\n"
        for node in nodes {
            var attributes = ["label=\(Self.dotLabel(Self.labelLines(node)))"]
            if let ending = node.ending {
                attributes += ["shape=box", "peripheries=2", "fillcolor=\"\(ending.outcome.fill)\"", "color=\"\(ending.outcome.stroke)\""]
            }
            if node.isStart { attributes.append("penwidth=2") }
            if node.isOnPath { attributes += ["color=\"\(Self.pathColour)\"", "penwidth=3"] }
            out += "  \(Self.dotID(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        if let start = nodes.first(where: \.isStart) {
            out += "  \"start\" -> \(Self.dotID(start.id))\(start.isOnPath ? " [color=\"\(Self.pathColour)\", penwidth=3]" : "");\n"
        }
        for edge in edges {
            var attributes = ["label=\(Self.dotLabel(Self.labelLines(edge)))"]
            if edge.isElse { attributes.append("style=dashed") }
            if edge.isOnPath { attributes += ["color=\"\(Self.pathColour)\"", "fontcolor=\"\(Self.pathColour)\"", "penwidth=3"] }
            out += "  \(Self.dotID(edge.from)) -> \(Self.dotID(edge.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    /// Node ids get a prefix so that none can be the `start` marker.
    static func dotID(_ id: String) -> String { dotQuoted("node:" + id) }

    /// A DOT string: quotes and backslashes escaped (so `\l` and friends in
    /// a line stay text), line breaks as `\n`.
    static func dotQuoted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in oneLine(text).unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out.append("\\") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }

    static func dotLabel(_ lines: [String]) -> String {
        "\"" + lines.map { String(dotQuoted($0).dropFirst().dropLast()) }.joined(separator: "\\n") + "\""
    }

    // MARK: Mermaid

    /// The map as a Mermaid flowchart. Node ids are `n0`, `n1`… in file
    /// order (a scenario's ids may hold characters, or words such as `end`,
    /// that Mermaid reserves); labels are quoted with entity codes.
    var mermaid: String {
        var out = "flowchart TD\n"
        var ids: [String: String] = [:]
        for (index, node) in nodes.enumerated() { ids[node.id] = "n\(index)" }
        out += "  start((start))\n"
        for node in nodes {
            let label = Self.mermaidLabel(Self.labelLines(node))
            let id = ids[node.id]!
            out += node.ending == nil ? "  \(id)[\(label)]\n" : "  \(id)([\(label)])\n"
        }
        var links: [String] = []
        var onPath: [Int] = []
        if let start = nodes.first(where: \.isStart) {
            if start.isOnPath { onPath.append(links.count) }
            links.append("  start --> \(ids[start.id]!)")
        }
        for edge in edges {
            if edge.isOnPath { onPath.append(links.count) }
            let arrow = edge.isElse ? "-.->" : "-->"
            links.append("  \(ids[edge.from]!) \(arrow)|\(Self.mermaidLabel(Self.labelLines(edge)))| \(ids[edge.to]!)")
        }
        out += links.map { $0 + "\n" }.joined()
        for outcome in Ending.Outcome.allCases {
            out += "  classDef \(outcome.rawValue) fill:\(outcome.fill),stroke:\(outcome.stroke),stroke-width:2px\n"
            let members = nodes.filter { $0.ending?.outcome == outcome }.map { ids[$0.id]! }
            if !members.isEmpty { out += "  class \(members.joined(separator: ",")) \(outcome.rawValue)\n" }
        }
        out += "  classDef first stroke-width:3px\n"
        if let start = nodes.first(where: \.isStart) { out += "  class \(ids[start.id]!) first\n" }
        let visited = nodes.filter(\.isOnPath).map { ids[$0.id]! }
        if !visited.isEmpty {
            out += "  classDef path stroke:\(Self.pathColour),stroke-width:3px\n"
            out += "  class \(visited.joined(separator: ",")) path\n"
        }
        if !onPath.isEmpty {
            out += "  linkStyle \(onPath.map(String.init).joined(separator: ",")) stroke:\(Self.pathColour),stroke-width:3px\n"
        }
        return out
    }

    /// `"…"` with the characters Mermaid would read as syntax written as
    /// entity codes (`#quot;`, `#35;`…), and lines joined with `<br/>`.
    static func mermaidLabel(_ lines: [String]) -> String {
        let escaped = lines.map { line in
            var out = ""
            for scalar in oneLine(line).unicodeScalars {
                switch scalar {
                case "\"": out += "#quot;"
                case "#": out += "#35;"
                case "&": out += "#amp;"
                case "<": out += "#lt;"
                case ">": out += "#gt;"
                case "|": out += "#124;"
                case "`": out += "#96;"
                case "\\": out += "#92;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        return "\"" + escaped.joined(separator: "<br/>") + "\""
    }
}

