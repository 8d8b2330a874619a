import Analysis
import Engine
import Scenarios
import Scoring

/// How one run of a plan went.
public struct RunResult: Sendable {
    public let run: PlanRun
    /// Empty when the run passed.
    public let failures: [PlanFailure]
    public var passed: Bool { failures.isEmpty }
}

/// An expectation that did not hold (or a step that could not be played),
/// with the turn and reply it was checked after.
public struct PlanFailure: Sendable, Equatable {
    /// 1-based step number in the run.
    public let step: Int
    /// The reply as written (or `/undo`, `/restart`).
    public let reply: String
    /// The conversation's turn number the reply was answered as, if it was.
    public let turn: Int?
    /// What was checked: `node`, `meters.tension`, `scores.assertiveness`…
    public let subject: String
    public let expected: String
    public let actual: String
    /// Where the expectation (or the step) is written in the plan.
    public let location: SourceLocation

    public init(step: Int, reply: String, turn: Int?, subject: String, expected: String, actual: String, location: SourceLocation) {
        self.step = step
        self.reply = reply
        self.turn = turn
        self.subject = subject
        self.expected = expected
        self.actual = actual
        self.location = location
    }
}

/// Plays a plan's runs through the engine's `Conversation` and checks each
/// step's expectations.
public struct PlanRunner: Sendable {
    public let scenario: Scenario
    let rubrics: [Rubric]

    public init(scenario: Scenario) {
        self.scenario = scenario
        rubrics = Rubric.selection(for: scenario)
    }

    public func run(_ plan: TestPlan) -> [RunResult] {
        plan.runs.map(run)
    }

    public func run(_ run: PlanRun) -> RunResult {
        var conversation = Conversation(scenario: scenario, seed: run.seed, yourName: run.yourName, partnerName: run.partnerName)
        for (index, step) in run.steps.enumerated() {
            let number = index + 1
            var analysis: ReplyAnalysis?
            var crisis = false
            var turn: Int?
            let written: String
            switch step.action {
            case .reply(let text):
                written = text
                switch conversation.respond(text) {
                case .answered(let answered):
                    analysis = answered.analysis
                    turn = answered.number
                case .crisis(let read):
                    analysis = read
                    crisis = true
                case .alreadyOver:
                    let ending = conversation.state.ending.map { "\($0.outcome.rawValue) at `\(conversation.state.node)`" } ?? "ended"
                    return RunResult(run: run, failures: [PlanFailure(
                        step: number, reply: text, turn: nil, subject: "reply",
                        expected: "the conversation still going", actual: "it had already ended (\(ending)); remove this step or the ones after the ending",
                        location: step.location)])
                }
            case .undo:
                written = "/undo"
                if !conversation.undo() {
                    return RunResult(run: run, failures: [PlanFailure(
                        step: number, reply: written, turn: nil, subject: "/undo",
                        expected: "a reply to take back", actual: "none yet", location: step.location)])
                }
            case .restart:
                written = "/restart"
                conversation.restart()
            }
            var failures: [PlanFailure] = []
            let expectsCrisis = step.expectations.contains { $0.kind == .crisis(true) }
            if crisis && !expectsCrisis {
                failures.append(PlanFailure(
                    step: number, reply: written, turn: nil, subject: "crisis",
                    expected: "an answer in character", actual: "read as a possible crisis: the role-play paused and did not answer",
                    location: step.location))
            }
            for expectation in step.expectations {
                if let (subject, expected, actual) = check(expectation.kind, conversation, analysis: analysis, crisis: crisis) {
                    failures.append(PlanFailure(
                        step: number, reply: written, turn: turn, subject: subject,
                        expected: expected, actual: actual, location: expectation.location))
                }
            }
            if !failures.isEmpty { return RunResult(run: run, failures: failures) }
        }
        return RunResult(run: run, failures: [])
    }

    /// nil when the expectation holds; else what was checked, expected and found.
    func check(_ kind: Expectation.Kind, _ conversation: Conversation, analysis: ReplyAnalysis?, crisis: Bool) -> (String, String, String)? {
        let state = conversation.state
        switch kind {
        case .node(let id):
            return state.node == id ? nil : ("node", id, state.node)
        case .partnerSays(let text):
            let lines = state.lastPartnerLines.joined(separator: " ")
            let said = crisis ? "(nothing: the role-play paused)" : "\"\(lines)\""
            return !crisis && lines.lowercased().contains(text.lowercased()) ? nil : ("partner says", "a line containing \"\(text)\"", said)
        case .cues(let names):
            let found = analysis?.cues ?? []
            let missing = names.filter { !found.contains($0) }
            return missing.isEmpty ? nil : ("cues", names.map(\.rawValue).joined(separator: ", "), Self.describe(found) + " (missing: \(missing.map(\.rawValue).joined(separator: ", ")))")
        case .noCues(let names):
            let found = analysis?.cues ?? []
            let present = names.filter { found.contains($0) }
            guard !present.isEmpty, let analysis else { return nil }
            let evidence = present.compactMap { cue in analysis.matches.first { $0.cue == cue }.map { "\(cue.rawValue): \"\($0.evidence.excerpt)\"" } }
            return ("no cues", "none of " + names.map(\.rawValue).joined(separator: ", "), evidence.joined(separator: "; "))
        case .meter(let name, let range):
            let value = state.meters[name] ?? 0
            return range.contains(value) ? nil : ("meters.\(name)", range.planDescription, "\(value)")
        case .ending(let ended, let outcome, let node):
            let actual = state.ending.map { "\($0.outcome.rawValue) at \(state.node) (\"\($0.title)\")" } ?? "none (at \(state.node))"
            if !ended { return state.ending == nil ? nil : ("ending", "none", actual) }
            let expected = [outcome?.rawValue, node.map { "at \($0)" }].compactMap { $0 }.joined(separator: " ")
            guard let ending = state.ending else { return ("ending", expected, actual) }
            let holds = (outcome == nil || ending.outcome == outcome) && (node == nil || state.node == node)
            return holds ? nil : ("ending", expected, actual)
        case .score(let name, let range):
            guard let rubric = rubrics.first(where: { $0.name == name }) else { return ("scores.\(name)", range.planDescription, "no such rubric") }
            let replies = state.turns.map { ScoredReply(turn: $0.number, text: $0.reply, analysis: $0.analysis) }
            let score = rubric.evaluate(replies).score
            guard let score else { return ("scores.\(name)", range.planDescription, "no score yet (no replies)") }
            return range.contains(score) ? nil : ("scores.\(name)", range.planDescription, "\(score)")
        case .crisis(let expected):
            return crisis == expected ? nil : ("crisis", expected ? "read as a possible crisis" : "not read as a crisis", crisis ? "read as a possible crisis" : "answered in character")
        }
    }

    static func describe(_ cues: [CueName]) -> String {
        cues.isEmpty ? "no cues" : cues.map(\.rawValue).joined(separator: ", ")
    }
}
