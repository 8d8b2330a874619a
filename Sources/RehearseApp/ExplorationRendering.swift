import Foundation
import Scenarios
import ScenarioTesting

/// The text `rehearse test --explore` prints for one scenario.
enum ExplorationRendering {
    static func render(_ report: ExplorationReport, file: String, maxTurns: Int, style: Style) -> String {
        let scenario = report.scenario
        var lines: [String] = []
        lines.append(style.bold("Exploring \(scenario.id)") + " (\(file)): \(report.runs) runs from seed \(report.seed), \(report.turns) replies")
        let reachedBranches = report.branches.filter(\.taken).count
        let nodeLine = "  nodes     \(percent(report.nodeCoverage))  (\(report.reachedNodes.count) of \(report.nodeCount))"
        lines.append(report.isFullNodeCoverage ? nodeLine : style.yellow(nodeLine))
        lines.append("  branches  \(percent(report.branchCoverage))  (\(reachedBranches) of \(report.branches.count))")
        let endings = report.endingCounts.map { node, runs in
            let text = "\(node.id) (\(node.ending!.outcome.rawValue)) \(runs)"
            return runs == 0 ? style.yellow(text) : text
        }
        lines.append("  endings   " + (endings.isEmpty ? "none" : endings.joined(separator: " · ")))
        if report.unfinished > 0 {
            lines.append("  \(report.unfinished) run\(report.unfinished == 1 ? "" : "s") reached no ending within \(maxTurns) replies")
        }
        if report.crises > 0 {
            lines.append(style.yellow("  \(report.crises) run\(report.crises == 1 ? "" : "s") stopped: an example reply was read as a possible crisis"))
        }
        let unreached = report.unreachedNodes
        if !unreached.isEmpty {
            lines.append("  nodes never reached:")
            for node in unreached {
                lines.append("    \(file):\(node.location.line):\(node.location.column): `\(node.id)`")
            }
        }
        let untaken = report.untakenBranches
        if !untaken.isEmpty {
            lines.append("  branches no authored reply took:")
            for branch in untaken {
                let condition = branch.condition.map { "if: \($0)" } ?? "else"
                let note = branch.examples == 0 ? " (no examples on this branch)" : " (its \(branch.examples) example\(branch.examples == 1 ? "" : "s") took an earlier branch or never got here)"
                lines.append("    \(file):\(branch.location.line):\(branch.location.column): `\(branch.node)` reply \(branch.index + 1), \(condition)\(note)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func percent(_ share: Double) -> String {
        String(format: "%5.1f %%", share * 100)
    }
}
