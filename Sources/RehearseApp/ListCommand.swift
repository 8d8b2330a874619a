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

    func validate() throws {
        if let area, Area(rawValue: area) == nil {
            throw ValidationError("unknown area `\(area)`; use one of \(Area.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let output = StandardOutput()
        let style = Style.forStandardOutput()
        let scenarios = ScenarioLibrary.builtIn().filter { scenario in
            (area.map { scenario.area.rawValue == $0 } ?? true) && (skill.map { scenario.skills.contains($0) } ?? true)
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
