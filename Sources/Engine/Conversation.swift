import Analysis
import Scenarios

/// Runs a scenario. Pulled by the caller: `start()` for the opening lines,
/// then `respond(_:)` for each reply. Knows no terminal.
public struct Conversation: Sendable {
    public let scenario: Scenario
    public let analyzer: Analyzer
    public private(set) var state: ConversationState
    /// States before each reply, for `undo()`.
    private var undoStack: [ConversationState] = []
    private let initialState: ConversationState

    /// What a reply led to.
    public enum Outcome: Sendable {
        /// The reply was answered (and maybe ended the conversation).
        case answered(Turn)
        /// The reply may disclose a crisis: it is not answered in character,
        /// not scored, and nothing changed. The caller shows help.
        case crisis(ReplyAnalysis)
        /// The conversation has already ended.
        case alreadyOver
    }

    public init(scenario: Scenario, seed: UInt64, yourName: String? = nil, partnerName: String? = nil) {
        self.scenario = scenario
        analyzer = Analyzer(phraseCues: scenario.phraseCues)
        let names = Names(you: yourName ?? "you", partner: partnerName ?? scenario.partner.name)
        var state = ConversationState(
            scenarioID: scenario.id, seed: seed, generator: SeededGenerator(seed: seed), names: names,
            node: scenario.start,
            meters: Dictionary(uniqueKeysWithValues: scenario.meters.map { ($0.name, $0.initial) }),
            visited: [scenario.start], turns: [], lastPartnerLines: [], ending: nil)
        let start = scenario.nodes[scenario.start]
        state.lastPartnerLines = start.map { [Self.pick($0.partnerLines, &state).replacingPlaceholders(you: names.you, partner: names.partner)] } ?? []
        state.ending = start?.ending
        self.state = state
        initialState = state
    }

    /// Resumes from a saved state of the same scenario.
    public init(scenario: Scenario, restoring state: ConversationState) {
        self.scenario = scenario
        analyzer = Analyzer(phraseCues: scenario.phraseCues)
        self.state = state
        initialState = state
    }

    /// The node the conversation is at.
    public var currentNode: Node? { scenario.nodes[state.node] }

    /// The other person's opening lines (chosen at init, names filled in).
    public var openingLines: [String] { initialState.lastPartnerLines }

    public var canUndo: Bool { !undoStack.isEmpty }

    /// Analyses a reply in context (what the other person just said) without
    /// answering it.
    public func analyze(_ reply: String) -> ReplyAnalysis {
        analyzer.analyze(reply, previous: state.lastPartnerLines.joined(separator: " "))
    }

    public mutating func respond(_ text: String) -> Outcome {
        guard !state.isOver else { return .alreadyOver }
        return respond(text, analysis: analyze(text))
    }

    /// Answers a reply already analysed with `analyze(_:)` in the current
    /// context. Exploration replays the same few example replies thousands of
    /// times and keeps their analyses, so it analyses each (reply, previous
    /// line) pair once.
    public mutating func respond(_ text: String, analysis: ReplyAnalysis) -> Outcome {
        guard !state.isOver, let node = currentNode else { return .alreadyOver }
        if analysis.contains(.crisis) { return .crisis(analysis) }
        undoStack.append(state)

        let number = state.turns.count + 1
        let context = Condition.Context(
            cues: Set(analysis.cues), meters: state.meters, turn: number, visited: Set(state.visited))
        let index = node.replies.firstIndex { $0.condition?.evaluate(in: context) ?? true }
        let reply = index.map { node.replies[$0] }

        var changes: [MeterChange] = []
        for effect in reply?.effects ?? [] {
            let before = state.meters[effect.meter] ?? 0
            let after = effect.apply(to: before)
            state.meters[effect.meter] = after
            changes.append(MeterChange(meter: effect.meter, before: before, after: after))
        }

        var lines: [String] = []
        if let reply, !reply.partnerLines.isEmpty {
            lines.append(Self.pick(reply.partnerLines, &state))
        }
        let nextID = reply?.target ?? node.id
        let next = scenario.nodes[nextID] ?? node
        if next.id != node.id || lines.isEmpty {
            lines += [Self.pick(next.partnerLines, &state)].filter { !$0.isEmpty }
        }
        if !state.visited.contains(next.id) { state.visited.append(next.id) }
        state.node = next.id
        state.ending = next.ending

        let fired = reply?.condition?.positiveCues.flatMap { analysis.matches(for: $0) } ?? []
        let turn = Turn(
            number: number, node: node.id, previousLine: state.lastPartnerLines.joined(separator: " "),
            reply: text, analysis: analysis,
            branch: Branch(replyIndex: index, condition: reply?.conditionSource, firedBy: fired),
            meterChanges: changes, partnerLines: lines.map { fill($0) }, nextNode: next.id, ending: next.ending)
        state.turns.append(turn)
        state.lastPartnerLines = turn.partnerLines
        return .answered(turn)
    }

    /// Takes back the last reply. Returns false when there is none.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        state = previous
        return true
    }

    /// Back to the opening, with the same seed (so the same opening line).
    public mutating func restart() {
        state = initialState
        undoStack.removeAll()
    }

    /// A line with `{you}` and `{partner}` filled in.
    public func fill(_ line: String) -> String {
        line.replacingPlaceholders(you: state.names.you, partner: state.names.partner)
    }

    private static func pick(_ variants: [String], _ state: inout ConversationState) -> String {
        guard variants.count > 1 else { return variants.first ?? "" }
        return variants[Int(state.generator.next() % UInt64(variants.count))]
    }
}

extension String {
    func replacingPlaceholders(you: String, partner: String) -> String {
        var result = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("you}") {
                result += you
                rest = after.dropFirst(4)
            } else if after.hasPrefix("partner}") {
                result += partner
                rest = after.dropFirst(8)
            } else {
                result.append("{")
                rest = after
            }
        }
        return result + rest
    }
}
