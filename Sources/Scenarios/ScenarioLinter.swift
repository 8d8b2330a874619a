import Analysis

/// The checks that need the whole scenario: which nodes and endings a
/// conversation can reach, replies that can never be taken, meters and cues
/// that do nothing, rubric criteria no conversation can earn, and nodes
/// without help for the learner. Runs on scenarios that loaded without errors.
public struct ScenarioLinter: Sendable {
    /// The rubric criteria a scenario is scored with.
    public var requirements: @Sendable (Scenario) -> [CriterionRequirement]

    public init(requirements: @escaping @Sendable (Scenario) -> [CriterionRequirement] = { _ in [] }) {
        self.requirements = requirements
    }

    public func lint(_ scenario: Scenario) -> [Finding] {
        var findings: [Finding] = []
        let flow = FlowAnalysis(scenario)
        reachability(flow, &findings)
        replies(flow, &findings)
        meters(scenario, &findings)
        cues(scenario, &findings)
        criteria(flow, requirements(scenario), &findings)
        help(scenario, &findings)
        return findings.sorted { $0.location < $1.location }
    }

    // MARK: Reachability (RH021, RH022, RH023)

    private func reachability(_ flow: FlowAnalysis, _ findings: inout [Finding]) {
        let scenario = flow.scenario
        for (index, id) in flow.nodeIDs.enumerated() where flow.states[index] == nil {
            let node = scenario.nodes[id]!
            if let ending = node.ending {
                findings.append(Finding(.unreachableEnding, "no conversation reaches the ending `\(id)` (\(ending.outcome.rawValue)): no reply that can be taken leads to it", at: node.location))
            } else {
                findings.append(Finding(.unreachableNode, "no conversation reaches the node `\(id)`: no reply that can be taken leads to it", at: node.location))
            }
        }
        // Walk back from the endings a conversation reaches.
        let edges = flow.edges
        var incoming = Array(repeating: [Int](), count: flow.nodeIDs.count)
        for edge in edges { incoming[edge.to].append(edge.from) }
        var canEnd = Array(repeating: false, count: flow.nodeIDs.count)
        var stack = flow.nodeIDs.indices.filter { flow.isEnding($0) && flow.states[$0] != nil }
        for index in stack { canEnd[index] = true }
        while let index = stack.popLast() {
            for from in incoming[index] where !canEnd[from] {
                canEnd[from] = true
                stack.append(from)
            }
        }
        var outgoing = Array(repeating: [Int](), count: flow.nodeIDs.count)
        for edge in edges { outgoing[edge.from].append(edge.to) }
        for (index, id) in flow.nodeIDs.enumerated() where flow.states[index] != nil && !canEnd[index] {
            // The nodes the conversation can still get to from here, to show the loop.
            var seen: Set<Int> = [index]
            var queue = [index]
            while let next = queue.popLast() {
                for to in outgoing[next] where seen.insert(to).inserted { queue.append(to) }
            }
            let loop = flow.nodeIDs.indices.filter { seen.contains($0) }.map { "`\(flow.nodeIDs[$0])`" }
            let shown = loop.prefix(5).joined(separator: ", ") + (loop.count > 5 ? " and \(loop.count - 5) more" : "")
            findings.append(Finding(.noWayToEnd, "once at the node `\(id)`, no ending can be reached: the conversation can only go round \(shown). Give one of them a reply that leads towards an ending", at: scenario.nodes[id]!.location))
        }
    }

    // MARK: Replies never taken (RH024, RH025)

    private func replies(_ flow: FlowAnalysis, _ findings: inout [Finding]) {
        let scenario = flow.scenario
        for (index, id) in flow.nodeIDs.enumerated() {
            guard let outcome = flow.outcomes[index], let state = flow.states[index] else { continue }
            let node = scenario.nodes[id]!
            // Replies after an `else` are RH019's.
            let lastTried = node.replies.firstIndex(where: \.isElse) ?? node.replies.count - 1
            for reply in 0..<min(lastTried + 1, node.replies.count) where !outcome.taken[reply] {
                let current = node.replies[reply]
                let why = explanation(flow, index, state)
                if !outcome.canHold[reply] {
                    let condition = current.conditionSource ?? "else"
                    let crisis = current.condition?.allCues.contains(.crisis) == true
                        ? " (a reply showing `crisis` is never answered in character, so no branch is taken on it)" : ""
                    findings.append(Finding(.impossibleCondition, "`\(condition)` can never hold at the node `\(id)`\(why)\(crisis), so this reply is never taken", at: current.location))
                } else if let earlier = outcome.shadowedBy[reply] {
                    let shadow = node.replies[earlier]
                    let condition = shadow.conditionSource ?? "else"
                    findings.append(Finding(.shadowedReply, "this reply is never tried: the reply at line \(shadow.location.line) (`\(condition)`) always holds at the node `\(id)`\(why) and is taken first", at: current.location))
                }
            }
        }
    }

    /// ` (here tension is 0…4, turn is 3 or more)`: what the node's
    /// conditions read, as the analysis knows it.
    private func explanation(_ flow: FlowAnalysis, _ index: Int, _ state: AbstractState) -> String {
        var parts = flow.meters(readAt: index).map { "\(flow.scenario.meters[$0].name) is \(state.meters[$0].description)" }
        if flow.readsTurn(at: index) { parts.append("the turn is \(state.turnDescription)") }
        return parts.isEmpty ? "" : " (here \(parts.joined(separator: ", ")))"
    }

    // MARK: Meters (RH026, RH027)

    private func meters(_ scenario: Scenario, _ findings: inout [Finding]) {
        var read = Set<String>(), written = Set<String>()
        var example: [String: String] = [:]
        for id in scenario.nodeOrder {
            for reply in scenario.nodes[id]!.replies {
                for meter in reply.condition?.meters ?? [] {
                    read.insert(meter)
                    if example[meter] == nil { example[meter] = reply.conditionSource }
                }
                for effect in reply.effects { written.insert(effect.meter) }
            }
        }
        for meter in scenario.meters {
            let location = scenario.sourceMap.meters[meter.name] ?? .start
            if !read.contains(meter.name) {
                let message = written.contains(meter.name)
                    ? "no condition reads the meter `\(meter.name)`: its changes are shown in feedback but never change where the conversation goes"
                    : "the meter `\(meter.name)` is declared but no condition reads it and no reply changes it; use it or remove it"
                findings.append(Finding(.meterNeverRead, message, at: location))
            } else if !written.contains(meter.name) {
                findings.append(Finding(.meterNeverWritten, "conditions read the meter `\(meter.name)` (e.g. `\(example[meter.name] ?? meter.name)`), but no reply changes it: it stays at \(meter.initial), so those conditions always give the same answer. Add `set: { \(meter.name): +1 }` where it should move", at: location))
            }
        }
    }

    // MARK: Cues (RH028)

    private func cues(_ scenario: Scenario, _ findings: inout [Finding]) {
        var used = Set<CueName>()
        for id in scenario.nodeOrder {
            for reply in scenario.nodes[id]!.replies { used.formUnion(reply.condition?.allCues ?? []) }
        }
        for cue in scenario.phraseCues where !used.contains(cue.name) {
            findings.append(Finding(.unusedCue, "no condition uses the cue `\(cue.name.rawValue)`; use it in an `if:` or remove it", at: scenario.sourceMap.cues[cue.name] ?? .start))
        }
    }

    // MARK: Rubric criteria (RH029)

    private func criteria(_ flow: FlowAnalysis, _ requirements: [CriterionRequirement], _ findings: inout [Finding]) {
        guard !requirements.isEmpty, let start = flow.nodeIndex[flow.scenario.start] else { return }
        let edges = flow.edges
        var byCue: [CueName: [Bool]] = [:]
        var reported = Set<String>()
        var walks: Walks?
        for requirement in requirements {
            let key = "\(requirement.rubric)/\(requirement.criterion)"
            guard reported.insert(key).inserted else { continue }
            // Which transitions a reply showing one of the cues can take.
            var withCue = Array(repeating: false, count: edges.count)
            for cue in requirement.cues {
                let taken = byCue[cue] ?? edgesTaken(flow, showing: cue)
                byCue[cue] = taken
                for index in edges.indices where taken[index] { withCue[index] = true }
            }
            let cueList = Self.list(requirement.cues.map { "`\($0.rawValue)`" })
            let location = flow.scenario.sourceMap.rubrics[requirement.rubric]
                ?? flow.scenario.sourceMap.skills[requirement.rubric]
                ?? flow.scenario.nodes[flow.scenario.start]!.location
            switch requirement.need {
            case .firstReply:
                if !edges.indices.contains(where: { withCue[$0] && edges[$0].from == start }) {
                    findings.append(Finding(.unearnableCriterion, "the criterion \"\(requirement.criterion)\" of the rubric `\(requirement.rubric)` needs a first reply showing \(cueList), but no reply at the start node `\(flow.scenario.start)` can show one and be answered", at: location))
                }
            case .replies(let needed):
                // Every edge leaves a reachable node: one will do for one reply.
                guard needed > 1 || !withCue.contains(true) else { continue }
                if walks == nil { walks = Walks(nodes: flow.nodeIDs.count, edges: edges) }
                let most = walks!.mostWeighted(from: start, weighted: withCue)
                if let most, most < needed {
                    findings.append(Finding(.unearnableCriterion, "the criterion \"\(requirement.criterion)\" of the rubric `\(requirement.rubric)` needs \(needed) replies showing \(cueList), but no conversation here can hold more than \(most == 1 ? "one such reply" : "\(most) such replies")", at: location))
                }
            }
        }
    }

    /// Per transition of `flow.edges`: can a reply showing `cue` take it?
    /// Where no condition of a node names the cue, every transition can.
    private func edgesTaken(_ flow: FlowAnalysis, showing cue: CueName) -> [Bool] {
        var result = Array(repeating: true, count: flow.edges.count)
        var first = 0
        while first < flow.edges.count {
            let node = flow.edges[first].from
            var last = first
            while last < flow.edges.count && flow.edges[last].from == node { last += 1 }
            if flow.mentions(cue, at: node), let state = flow.states[node] {
                let outcome = flow.explore(node, state, presentCue: cue)
                for index in first..<last {
                    result[index] = flow.edges[index].reply.map { outcome.taken[$0] } ?? (outcome.fallThrough != nil)
                }
            }
            first = last
        }
        return result
    }

    /// The transitions between nodes, grouped into loops (strongly connected
    /// components), for counting how many weighted steps a walk can take.
    struct Walks {
        let outgoing: [[Int]]
        let edges: [FlowAnalysis.Edge]
        let component: [Int]
        let members: [[Int]]

        init(nodes count: Int, edges: [FlowAnalysis.Edge]) {
            self.edges = edges
            var outgoing = Array(repeating: [Int](), count: count)
            for (index, edge) in edges.enumerated() { outgoing[edge.from].append(index) }
            self.outgoing = outgoing
            let found = StronglyConnected.components(count: count, successors: { outgoing[$0].map { edges[$0].to } })
            component = found.of
            var members = Array(repeating: [Int](), count: found.count)
            for node in 0..<count { members[found.of[node]].append(node) }
            self.members = members
        }

        /// The most weighted edges any walk from `start` can take; nil when
        /// unbounded (a weighted edge inside a loop).
        func mostWeighted(from start: Int, weighted: [Bool]) -> Int? {
            for (index, edge) in edges.enumerated() where weighted[index] && component[edge.from] == component[edge.to] { return nil }
            // Components come sinks first, so every successor's best is known.
            var best = Array(repeating: 0, count: members.count)
            for group in members.indices {
                var most = 0
                for node in members[group] {
                    for index in outgoing[node] where component[edges[index].to] != group {
                        most = max(most, best[component[edges[index].to]] + (weighted[index] ? 1 : 0))
                    }
                }
                best[group] = most
            }
            return best[component[start]]
        }
    }

    // MARK: Help for the learner (RH031, RH032)

    private func help(_ scenario: Scenario, _ findings: inout [Finding]) {
        for id in scenario.nodeOrder {
            let node = scenario.nodes[id]!
            guard node.ending == nil else { continue }
            if node.coach?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                findings.append(Finding(.missingCoach, "the node `\(id)` has no `coach:` hint, so /hint has nothing to say here", at: node.location))
            }
            // Examples on a reply (the replies that take it) count too.
            if node.examples.isEmpty && node.replies.allSatisfy(\.examples.isEmpty) {
                findings.append(Finding(.missingExamples, "the node `\(id)` has no `examples:` (on the node or on its replies), so /example has nothing to show here", at: node.location))
            }
        }
    }

    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
}

/// Strongly connected components (Tarjan's algorithm, without recursion so
/// that long chains of nodes cannot overflow the stack).
enum StronglyConnected {
    /// `of[node]` is the node's component; components are numbered sinks first.
    static func components(count: Int, successors: (Int) -> [Int]) -> (of: [Int], count: Int) {
        var index = Array(repeating: -1, count: count)
        var low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var component = Array(repeating: -1, count: count)
        var stack: [Int] = []
        var next = 0, components = 0
        var lists = Array(repeating: [Int](), count: count)
        for root in 0..<count where index[root] < 0 {
            var frames: [(node: Int, position: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            lists[root] = successors(root)
            while let frame = frames.last {
                let node = frame.node
                if frame.position < lists[node].count {
                    frames[frames.count - 1].position += 1
                    let to = lists[node][frame.position]
                    if index[to] < 0 {
                        index[to] = next; low[to] = next; next += 1
                        stack.append(to); onStack[to] = true
                        lists[to] = successors(to)
                        frames.append((to, 0))
                    } else if onStack[to] {
                        low[node] = min(low[node], index[to])
                    }
                } else {
                    frames.removeLast()
                    if let parent = frames.last { low[parent.node] = min(low[parent.node], low[node]) }
                    if low[node] == index[node] {
                        while let member = stack.popLast() {
                            onStack[member] = false
                            component[member] = components
                            if member == node { break }
                        }
                        components += 1
                    }
                }
            }
        }
        return (component, components)
    }
}

extension Condition {
    /// Every meter name compared in the condition.
    var meters: [String] {
        switch self {
        case .meter(let name, _, _): [name]
        case .cue, .turn, .visited: []
        case .not(let inner): inner.meters
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.meters + rhs.meters
        }
    }
}
