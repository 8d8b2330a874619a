import ArgumentParser
import Engine
import Foundation
import Scenarios

/// `rehearse graph ID|FILE`: the branch map as Graphviz DOT or Mermaid.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a scenario's branch map as Graphviz DOT or Mermaid.",
        discussion: """
            Nodes show the other person's first line; edges show their condition
            (dashed or dotted: else) and meter changes; endings are coloured by
            outcome (green success, amber partial, red breakdown). With --replies,
            the path those replies take is drawn in blue.
              rehearse graph dishes | dot -Tsvg > dishes.svg
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @Argument(help: "A built-in scenario's id or a scenario file.")
    var scenario: String

    @Option(help: "dot (Graphviz) or mermaid.")
    var format: Format = .dot

    @Option(help: ArgumentHelp("Replies, one per line as piped play takes them (- for standard input); highlights the path they take.", valueName: "file"))
    var replies: String?

    @Option(help: "Seed for the other person's line variants while following --replies.")
    var seed: UInt64 = 1

    func run() throws {
        let scenario = try ScenarioLibrary.resolve(self.scenario)
        var map = BranchMap(scenario)
        if let replies {
            let text: String
            if replies == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: replies) else {
                    throw ValidationError("cannot read the replies file \(replies)")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            map.highlight(Self.follow(scenario, replies: text, seed: seed), start: scenario.start)
        }
        print(format == .dot ? map.dot : map.mermaid, terminator: "")
    }

    /// The turns a conversation takes over the replies, as piped play reads
    /// them: blank lines skipped, `/undo` and `/restart` obeyed, `/quit`
    /// stops, other commands ignored, a crisis disclosure not answered.
    static func follow(_ scenario: Scenario, replies text: String, seed: UInt64) -> [Turn] {
        var conversation = Conversation(scenario: scenario, seed: seed)
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("/") {
                let command = line.split(separator: " ").first.map(String.init) ?? line
                switch command {
                case "/undo": conversation.undo()
                case "/restart": conversation.restart()
                case "/quit", "/exit": return conversation.state.turns
                default: continue
                }
                continue
            }
            if case .alreadyOver = conversation.respond(line) { break }
        }
        return conversation.state.turns
    }
}
