import Analysis
import ArgumentParser
import Engine
import LineEditor
import Scenarios
import Scoring
import Foundation

/// How much the REPL helps along the way.
enum PlayMode: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Per-turn cue feedback, hints, examples, undo.
    case practice
    /// No feedback until the end, no undo.
    case exam
}

/// The chat-style loop: shows the other person's lines, reads replies and
/// slash commands, and ends with the report. Knows nothing of readline
/// beyond the `LineReader` it is given.
final class PlaySession {
    static let commands: [(name: String, help: String)] = [
        ("/help", "list these commands"),
        ("/hint", "a coaching hint for this moment (practice)"),
        ("/example", "an example of a reply that would work here"),
        ("/why", "why the other person reacted as they did (practice)"),
        ("/undo", "take back your last reply (practice)"),
        ("/restart", "start the conversation again"),
        ("/score", "your scores so far (practice)"),
        ("/quit", "stop here and see the report"),
        ("/support", "crisis lines and where to get help now"),
    ]
    static var commandNames: [String] { commands.map(\.name) }

    private var conversation: Conversation
    private let mode: PlayMode
    private let reader: any LineReader
    private let output: any Output
    private let style: Style
    private let rubrics: [Rubric]
    private var exampleIndex = 0
    private let indent = "     "

    init(conversation: Conversation, mode: PlayMode, reader: any LineReader, output: any Output, style: Style) {
        self.conversation = conversation
        self.mode = mode
        self.reader = reader
        self.output = output
        self.style = style
        rubrics = Rubric.selection(for: conversation.scenario)
    }

    private var partnerName: String { conversation.state.names.partner }
    private var prompt: String { style.bold("you> ") }

    /// Plays until an ending, `/quit`, end of input, or a stop after a crisis pause.
    func run() {
        printHeader()
        printPartner(conversation.openingLines)
        if let ending = conversation.state.ending {
            finish(ending: ending)
            return
        }
        while true {
            // A program driving Rehearse through pipes sees each line as it is said.
            output.flush()
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                finish(ending: nil)
                return
            case .interrupted:
                continue
            case .line(let raw):
                if !reader.isInteractive { output.line("you> " + raw) }
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if text.hasPrefix("/") {
                    reader.addHistory(text)
                    if handleCommand(text) == .stop { return }
                } else if respond(to: text) == .stop {
                    return
                }
            }
        }
    }

    private enum Flow { case goOn, stop }

    // MARK: Replies

    private func respond(to text: String) -> Flow {
        switch conversation.respond(text) {
        case .crisis:
            return pauseForCrisis()
        case .alreadyOver:
            return .stop
        case .answered(let turn):
            reader.addHistory(text)
            // Saved after every reply, so a killed terminal loses nothing.
            reader.saveHistory()
            if mode == .practice { printFeedback(turn) }
            printPartner(turn.partnerLines)
            if let ending = turn.ending {
                finish(ending: ending)
                return .stop
            }
            return .goOn
        }
    }

    private func printFeedback(_ turn: Turn) {
        var seen = Set<CueName>()
        var parts: [String] = []
        for match in turn.analysis.matches where seen.insert(match.cue).inserted {
            parts.append("\(CueTone.of(match.cue).mark(style)) \(match.cue)")
        }
        output.line(indent + (parts.isEmpty ? style.dim("· nothing detected (try /hint)") : parts.joined(separator: "  ")))
        if !turn.meterChanges.isEmpty {
            let moves = turn.meterChanges.filter { $0.delta != 0 }.map { "\($0.meter) \($0.before)→\($0.after)" }
            if !moves.isEmpty { output.line(indent + style.dim(moves.joined(separator: " · "))) }
        }
    }

    private func printPartner(_ lines: [String]) {
        for line in lines where !line.isEmpty {
            output.line("\(style.bold(style.yellow(partnerName + ":"))) \(line)")
        }
    }

    private func pauseForCrisis() -> Flow {
        output.line()
        output.line(CrisisSupport.message)
        while true {
            output.line(CrisisSupport.choice)
            output.flush()
            switch reader.readLine(prompt: "> ") {
            case .endOfInput:
                output.line(CrisisSupport.farewell)
                return .stop
            case .interrupted:
                continue
            case .line(let raw):
                if !reader.isInteractive { output.line("> " + raw) }
                let answer = raw.trimmingCharacters(in: .whitespaces).lowercased()
                if ["stop", "/quit", "quit", "end"].contains(answer) {
                    output.line(CrisisSupport.farewell)
                    return .stop
                }
                if ["go on", "continue", "goon", "go"].contains(answer) {
                    output.line(style.dim("Back to the role-play. \(partnerName) is waiting for your reply."))
                    printPartner(conversation.state.lastPartnerLines)
                    return .goOn
                }
            }
        }
    }

    // MARK: Commands

    private func handleCommand(_ text: String) -> Flow {
        let name = text.split(separator: " ").first.map(String.init)?.lowercased() ?? text
        switch name {
        case "/help":
            for command in Self.commands {
                output.line(indent + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.help)
            }
        case "/hint":
            guard practiceOnly("Hints are") else { break }
            output.line(indent + "Hint: " + (conversation.currentNode?.coach.map(conversation.fill) ?? "no hint for this moment."))
        case "/example":
            let examples = conversation.currentNode?.examples ?? []
            if examples.isEmpty {
                output.line(indent + "No example for this moment.")
            } else {
                output.line(indent + "For example: \"\(conversation.fill(examples[exampleIndex % examples.count]))\"")
                exampleIndex += 1
            }
        case "/why":
            guard practiceOnly("Explanations are") else { break }
            explainLastTurn()
        case "/undo":
            guard practiceOnly("Undo is") else { break }
            let number = conversation.state.turns.count
            if conversation.undo() {
                output.line(indent + "Took back reply \(number).")
                printPartner(conversation.state.lastPartnerLines)
            } else {
                output.line(indent + "Nothing to take back yet.")
            }
        case "/restart":
            conversation.restart()
            exampleIndex = 0
            output.line(indent + "Starting again.")
            printPartner(conversation.openingLines)
        case "/score":
            guard practiceOnly("Scores are") else { break }
            printReport()
        case "/quit", "/exit":
            finish(ending: nil)
            return .stop
        case "/support":
            output.line()
            output.line(CrisisSupport.onRequest)
        default:
            output.line(indent + "Unknown command \(name). Type /help for the list.")
        }
        return .goOn
    }

    /// - Parameter subject: what is off, with its verb ("Undo is").
    private func practiceOnly(_ subject: String) -> Bool {
        guard mode == .exam else { return true }
        output.line(indent + "\(subject) off in exam mode; everything is explained at the end.")
        return false
    }

    private func explainLastTurn() {
        guard let turn = conversation.state.turns.last else {
            output.line(indent + "Nothing to explain yet: reply first.")
            return
        }
        let detected = turn.analysis.cues.map(\.rawValue)
        output.line(indent + "Reply \(turn.number): \"\(turn.reply)\"")
        output.line(indent + "Detected: " + (detected.isEmpty ? "nothing" : detected.joined(separator: ", ")))
        let node = conversation.scenario.node(turn.node)
        switch (turn.branch.replyIndex, turn.branch.condition) {
        case (nil, _):
            output.line(indent + "No reply at this point matched, so \(partnerName) repeated the question.")
        case (let index?, nil):
            let tried = node?.replies.prefix(index).compactMap(\.conditionSource) ?? []
            output.line(indent + "None of the conditions held" + (tried.isEmpty ? "" : " (\(tried.joined(separator: "; ")))") + ", so the `else` branch was taken.")
        case (_, let condition?):
            output.line(indent + "Branch taken: if \(condition)")
            for match in turn.branch.firedBy {
                output.line(indent + "  because of \(match.cue): \"\(match.evidence.excerpt)\" (\(match.evidence.rule))")
            }
        }
        for change in turn.meterChanges {
            output.line(indent + "\(change.meter): \(change.before) → \(change.after)")
        }
        if turn.nextNode != turn.node {
            output.line(indent + "The conversation moved on (\(turn.node) → \(turn.nextNode)).")
        }
    }

    // MARK: Ending and report

    private var scoredReplies: [ScoredReply] {
        conversation.state.turns.map { ScoredReply(turn: $0.number, text: $0.reply, analysis: $0.analysis) }
    }

    private func printReport() {
        let results = rubrics.map { $0.evaluate(scoredReplies) }
        for line in ReportRenderer(style: style).render(results) { output.line(line) }
    }

    private func finish(ending: Ending?) {
        output.line()
        if let ending {
            output.line(style.bold("── Ending: \(ending.title) (\(ending.outcome.rawValue)) ──"))
        } else {
            output.line(style.bold("── Stopped before an ending ──"))
        }
        if conversation.state.turns.isEmpty {
            output.line("No replies to score.")
        } else {
            printReport()
        }
        reader.saveHistory()
    }

    private func printHeader() {
        let scenario = conversation.scenario
        let skills = scenario.skills.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")
        output.line(style.bold(scenario.title) + " · \(scenario.area.label) · level \(scenario.level) · skills: \(skills)")
        output.line("Goal: \(scenario.goal)")
        if let note = scenario.contentNote {
            output.line(style.yellow("Content note: \(note)"))
        }
        // Crisis detection misses many disclosures it has not seen worded
        // before (Evaluation/README.md): where a scenario may stir up loss or
        // conflict, say up front where help is, rather than rely on it.
        if scenario.contentNote != nil || scenario.area == .grief {
            output.line(style.dim("If this brings up more than you want to carry right now, type /support at any time for crisis lines and where to get help."))
        }
        let relation = scenario.partner.relation.map { ", \($0)" } ?? ""
        let manner = scenario.partner.manner.map { " Manner: \($0)." } ?? ""
        output.line("You are talking with \(partnerName)\(relation).\(manner)")
        switch mode {
        case .practice: output.line(style.dim("Practice mode: feedback after each reply. Type /help for commands."))
        case .exam: output.line(style.dim("Exam mode: no feedback or undo until the end. Type /help for commands."))
        }
        output.line()
    }
}
