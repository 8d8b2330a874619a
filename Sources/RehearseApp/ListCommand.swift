import Foundation
import ArgumentParser
import Scenarios

/// `rehearse list`: the built-in scenario library.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the built-in scenarios, grouped by area.")

    @Option(help: "Only this area: \(Area.allCases.map(\.rawValue).joined(separator: ", ")).")
    var area: String?

    @Option(help: "Only scenarios that practise this skill (e.g. assertiveness).")
    var skill: String?

    @Option(help: ArgumentHelp("Only this level, or a range of levels: 2, or 1-3 (1 gentle … 5 hard).", valueName: "N|N-M"))
    var level: String?

    func validate() throws {
        if let area, Area(rawValue: area) == nil {
            throw ValidationError("unknown area `\(area)`; use one of \(Area.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let level, Self.levels(level) == nil {
            throw ValidationError("`--level \(level)`: give a level from 1 to 5, or a range such as 1-3")
        }
    }

    /// "2" → 2...2, "1-3" → 1...3; nil when it is not a level or range within 1…5.
    static func levels(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
            low <= high, (1...5).contains(low), (1...5).contains(high)
        else { return nil }
        return low...high
    }

    func run() throws {
        let output = StandardOutput()
        let style = Style.forStandardOutput()
        let scenarios = ScenarioLibrary.builtIn().filter { scenario in
            (area.map { scenario.area.rawValue == $0 } ?? true) && (skill.map { scenario.skills.contains($0) } ?? true)
                && (level.flatMap(Self.levels).map { $0.contains(scenario.level) } ?? true)
        }
        if scenarios.isEmpty {
            output.line("No scenarios match.")
            return
        }
        let idWidth = scenarios.map(\.id.count).max()! + 2
        for area in Area.allCases {
            let group = scenarios.filter { $0.area == area }
            guard !group.isEmpty else { continue }
            output.line(style.bold(area.label.capitalized))
            for scenario in group {
                output.line("  " + scenario.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                    + "\(scenario.title) · level \(scenario.level) · \(scenario.skills.joined(separator: ", "))")
            }
        }
        output.line()
        output.line(style.dim("Play one with: rehearse play ID"))
    }
}
