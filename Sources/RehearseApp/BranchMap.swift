import Engine
import Foundation
import Scenarios

/// A scenario's branch map, ready to draw: nodes labelled with the other
/// person's first line, one edge per reply, and (optionally) the path a
/// conversation took.
struct BranchMap {
    struct Node {
        let id: String
        /// The node's first partner line, shortened.
        let line: String
        let ending: Ending?
        let isStart: Bool
        var isOnPath = false
    }

    struct Edge {
        let from: String
        let to: String
        /// The condition as written, or nil for `else`.
        let condition: String?
        /// `tension +2, trust -1`.
        let effects: String
        var isOnPath = false
        var isElse: Bool { condition == nil }
    }

    let title: String
    let scenarioID: String
    private(set) var nodes: [Node]
    private(set) var edges: [Edge]

    /// Longest label line before shortening, in characters.
    static let lineLimit = 48

    init(_ scenario: Scenario) {
        title = scenario.title
        scenarioID = scenario.id
        nodes = scenario.nodeOrder.map { id in
            let node = scenario.nodes[id]!
            let first = node.partnerLines.first ?? ""
            let line = first.replacingOccurrences(of: "{you}", with: "you").replacingOccurrences(of: "{partner}", with: scenario.partner.name)
            return Node(id: id, line: Self.shorten(line), ending: node.ending, isStart: id == scenario.start)
        }
        edges = scenario.nodeOrder.flatMap { id in
            scenario.nodes[id]!.replies.map { reply in
                Edge(
                    from: id, to: reply.target ?? id, condition: reply.conditionSource.map(Self.oneLine),
                    effects: reply.effects.map(\.description).joined(separator: ", "))
            }
        }
    }

    /// Marks the path of a conversation: the nodes it was at and the replies it took.
    mutating func highlight(_ turns: [Turn], start: String) {
        var visited: Set<String> = [start]
        var taken: Set<String> = []
        for turn in turns {
            visited.insert(turn.node)
            visited.insert(turn.nextNode)
            if let index = turn.branch.replyIndex { taken.insert("\(turn.node)\u{0}\(index)") }
        }
        for index in nodes.indices where visited.contains(nodes[index].id) { nodes[index].isOnPath = true }
        // Edges are numbered per node in reply order, as `taken` records them.
        var position: [String: Int] = [:]
        for index in edges.indices {
            let from = edges[index].from
            let reply = position[from, default: 0]
            position[from] = reply + 1
            if taken.contains("\(from)\u{0}\(reply)") { edges[index].isOnPath = true }
        }
    }

    /// Whitespace runs (newlines too) as single spaces, control characters dropped.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20:
                pendingSpace = !scalars.isEmpty
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The line on one row: cut at a word before `lineLimit` characters, with `…`.
    static func shorten(_ text: String) -> String {
        let line = oneLine(text)
        guard line.count > lineLimit else { return line }
        let cut = line.prefix(lineLimit - 1)
        let endsAWord = line[cut.endIndex] == " "
        let atWord = endsAWord ? cut : cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:.-")) + "…"
    }
}
