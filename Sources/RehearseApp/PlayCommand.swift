import ArgumentParser
import Engine
import Foundation
import LineEditor
import Scenarios

/// `rehearse play ID|FILE` (and plain `rehearse`, which asks for a pick).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Rehearse a conversation: Rehearse plays the other person.",
        discussion: """
            Without a scenario, lists the built-in ones and asks for a number.
            With standard input not a terminal, reads one reply per line, so a
            transcript can be piped in: printf 'Hi\\n/quit\\n' | rehearse play dishes
            """)

    @Argument(help: "A built-in scenario's id or a scenario file.")
    var scenario: String?

    @Option(help: "practice (feedback after each reply, hints, undo) or exam (feedback only at the end).")
    var mode: PlayMode = .practice

    @Option(help: "Seed for the other person's line variants; the same seed and replies give the same conversation.")
    var seed: UInt64?

    @Option(help: "The other person's name, e.g. of the real person you are preparing to talk to.")
    var partnerName: String?

    @Option(help: "Your name, where the other person says it.")
    var yourName: String?

    func validate() throws {
        if let partnerName, partnerName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--partner-name needs a name")
        }
    }

    func run() throws {
        let output = StandardOutput()
        let style = Style.forStandardOutput()
        let chosen: Scenario
        if let scenario {
            chosen = try ScenarioLibrary.resolve(scenario)
        } else {
            guard let picked = try ScenarioPicker(output: output, style: style).pick() else { return }
            chosen = picked
        }
        let conversation = Conversation(
            scenario: chosen, seed: seed ?? UInt64.random(in: 0...UInt64.max),
            yourName: yourName, partnerName: partnerName?.trimmingCharacters(in: .whitespaces))
        let historyFile = DataHome.prepare().map(DataHome.historyFile(in:))
        if historyFile == nil {
            FileHandle.standardError.write(Data("rehearse: cannot create \(DataHome.folder()); this session's replies will not be kept in history\n".utf8))
        }
        let commands = PlaySession.commandNames
        let reader = Terminal.makeReader(historyFile: historyFile) { line, word in
            // Only a slash command at the start of the line completes.
            line.hasPrefix("/") && !line.dropFirst().contains(" ") ? completeCommand(word, among: commands) : []
        }
        if reader.isInteractive { Terminal.ignoreInterruptsWhileBusy() }
        PlaySession(conversation: conversation, mode: mode, reader: reader, output: output, style: style).run()
    }
}

/// The numbered menu shown by plain `rehearse`.
struct ScenarioPicker {
    let output: any Output
    let style: Style

    func pick() throws -> Scenario? {
        let scenarios = ScenarioLibrary.builtIn()
        guard !scenarios.isEmpty else {
            throw ValidationError("no built-in scenarios were found; set REHEARSE_SCENARIOS to the Scenarios folder, or run `rehearse play FILE`")
        }
        output.line(style.bold("Pick a conversation to rehearse:"))
        for (index, scenario) in scenarios.enumerated() {
            output.line(String(format: "%3d. ", index + 1) + "\(scenario.title) · \(scenario.area.label) · level \(scenario.level)")
        }
        while true {
            output.write("Number (or q to quit): ")
            guard let answer = Swift.readLine()?.trimmingCharacters(in: .whitespaces) else {
                output.line()
                return nil
            }
            if ["q", "quit", "/quit"].contains(answer.lowercased()) { return nil }
            if let number = Int(answer), scenarios.indices.contains(number - 1) {
                output.line()
                return scenarios[number - 1]
            }
            if let match = scenarios.first(where: { $0.id == answer }) {
                output.line()
                return match
            }
            output.line("Type a number from 1 to \(scenarios.count).")
        }
    }
}
