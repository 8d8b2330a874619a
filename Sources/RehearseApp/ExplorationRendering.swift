import Foundation
import Scenarios
import ScenarioTesting

/// The text `rehearse test --explore` prints for one scenario.
enum ExplorationRendering {
    /// How many endings, unreached nodes and untaken branches are listed
    /// before the rest are counted (unless `listAll`).
    static let listLimit = 20

    static func render(_ report: ExplorationReport, file: String, maxTurns: Int, listAll: Bool = false, style: Style) -> String {
        func capped<T>(_ items: [T]) -> (shown: ArraySlice<T>, hidden: Int) {
            listAll || items.count <= listLimit ? (items[...], 0) : (items.prefix(listLimit), items.count - listLimit)
        }
        let scenario = report.scenario
        var lines: [String] = []
        lines.append(style.bold("Exploring \(scenario.id)") + " (\(file)): \(report.runs) runs from seed \(report.seed), \(report.turns) replies")
        let reachedBranches = report.branches.filter(\.taken).count
        let nodeLine = "  nodes     \(percent(report.nodeCoverage))  (\(report.reachedNodes.count) of \(report.nodeCount))"
        lines.append(report.isFullNodeCoverage ? nodeLine : style.yellow(nodeLine))
        lines.append("  branches  \(percent(report.branchCoverage))  (\(reachedBranches) of \(report.branches.count))")
        let endingCounts = capped(report.endingCounts)
        var endings = endingCounts.shown.map { node, runs in
            let text = "\(node.id) (\(node.ending!.outcome.rawValue)) \(runs)"
            return runs == 0 ? style.yellow(text) : text
        }
        if endingCounts.hidden > 0 {
            let reached = report.endingCounts.dropFirst(listLimit).filter { $0.runs > 0 }.count
            endings.append("\(endingCounts.hidden) more (\(reached) of them reached; --all lists them)")
        }
        lines.append("  endings   " + (endings.isEmpty ? "none" : endings.joined(separator: " · ")))
        let stuck = report.stuckAt.values.reduce(0, +)
        if report.unfinished - stuck > 0 {
            let count = report.unfinished - stuck
            lines.append("  \(count) run\(count == 1 ? "" : "s") reached no ending within \(maxTurns) replies")
        }
        for id in scenario.nodeOrder {
            guard let count = report.stuckAt[id], let node = scenario.nodes[id] else { continue }
            lines.append(style.yellow("  \(count) run\(count == 1 ? "" : "s") stopped at `\(id)` (\(file):\(node.location.line):\(node.location.column)): it has no example replies to try"))
        }
        if report.crises > 0 {
            lines.append(style.yellow("  \(report.crises) run\(report.crises == 1 ? "" : "s") stopped: an example reply was read as a possible crisis"))
        }
        let unreached = report.unreachedNodes
        if !unreached.isEmpty {
            lines.append("  nodes never reached:")
            let list = capped(unreached)
            for node in list.shown {
                lines.append("    \(file):\(node.location.line):\(node.location.column): `\(node.id)`")
            }
            if list.hidden > 0 { lines.append("    … and \(list.hidden) more (--all lists them)") }
        }
        let untaken = report.untakenBranches
        if !untaken.isEmpty {
            lines.append("  branches no authored reply took:")
            let list = capped(untaken)
            for branch in list.shown {
                let condition = branch.condition.map { "if: \($0)" } ?? "else"
                let note: String
                if branch.examples == 0 {
                    note = " (no examples on this branch)"
                } else if branch.examplesTried {
                    note = branch.examples == 1 ? " (its example took another branch)" : " (its examples took other branches)"
                } else {
                    note = " (its examples were never tried here; try more --runs)"
                }
                lines.append("    \(file):\(branch.location.line):\(branch.location.column): `\(branch.node)` reply \(branch.index + 1), \(condition)\(note)")
            }
            if list.hidden > 0 { lines.append("    … and \(list.hidden) more (--all lists them)") }
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ share: Double) -> String {
        String(format: "%5.1f %%", share * 100)
    }
}
