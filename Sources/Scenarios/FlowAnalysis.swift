import Analysis

/// Which truth values a condition can take over a set of conversation states
/// (three-valued, Kleene logic): `.yes`, `.no` or both.
struct Truth: OptionSet, Sendable {
    let rawValue: UInt8
    static let yes = Truth(rawValue: 1)
    static let no = Truth(rawValue: 2)
    static let either: Truth = [.yes, .no]

    var negated: Truth {
        var result: Truth = []
        if contains(.yes) { result.insert(.no) }
        if contains(.no) { result.insert(.yes) }
        return result
    }
}

/// The values a meter can have, as a set of 0…10 (bit `v` set when `v` is possible).
struct MeterValues: Hashable, Sendable {
    var bits: UInt16

    static let empty = MeterValues(bits: 0)
    static let all = MeterValues(bits: 0x7FF)
    static func just(_ value: Int) -> MeterValues { MeterValues(bits: 1 << UInt16(value)) }

    var values: [Int] { Meter.range.filter { bits & (1 << UInt16($0)) != 0 } }
    var isEmpty: Bool { bits == 0 }
    mutating func insert(_ value: Int) { bits |= 1 << UInt16(value) }

    func applying(_ effect: MeterEffect.Change) -> MeterValues {
        var result = MeterValues.empty
        for value in values { result.insert(MeterEffect(meter: "", change: effect).apply(to: value)) }
        return result
    }

    /// `0…4, 7`: runs of values as an author reads them.
    var description: String {
        var runs: [String] = []
        var values = self.values[...]
        while let first = values.first {
            var last = first
            values = values.dropFirst()
            while values.first == last + 1 { last = values.removeFirst() }
            runs.append(first == last ? "\(first)" : "\(first)…\(last)")
        }
        return runs.joined(separator: ", ")
    }
}

/// What may hold at a node over every conversation that reaches it: each
/// meter's possible values (taken one meter at a time) and the possible turn
/// numbers. An over-approximation: every real state is inside it, so what it
/// rules out is truly impossible.
struct AbstractState: Equatable, Sendable {
    var meters: [MeterValues]
    var turnLow: Int
    /// nil: no upper bound.
    var turnHigh: Int?

    /// The union of both, widened: a turn bound that keeps growing (a loop)
    /// becomes unbounded, so the analysis always finishes.
    func joined(with other: AbstractState) -> AbstractState {
        var result = self
        for index in meters.indices { result.meters[index].bits |= other.meters[index].bits }
        result.turnLow = min(turnLow, other.turnLow)
        if let high = turnHigh, let otherHigh = other.turnHigh {
            result.turnHigh = otherHigh > high ? nil : high
        } else {
            result.turnHigh = nil
        }
        return result
    }

    var turnDescription: String {
        turnHigh.map { $0 == turnLow ? "\(turnLow)" : "\(turnLow)…\($0)" } ?? "\(turnLow) or more"
    }
}

/// A condition with meters by index, ready to evaluate many times.
indirect enum CompiledCondition: Sendable {
    case cue(CueName)
    case meter(Int, Condition.Comparison, Int)
    case turn(Condition.Comparison, Int)
    case visited(String)
    case not(CompiledCondition)
    case and(CompiledCondition, CompiledCondition)
    case or(CompiledCondition, CompiledCondition)

    init(_ condition: Condition, meterIndex: [String: Int]) {
        switch condition {
        case .cue(let name): self = .cue(name)
        case .meter(let name, let op, let value): self = .meter(meterIndex[name] ?? -1, op, value)
        case .turn(let op, let value): self = .turn(op, value)
        case .visited(let node): self = .visited(node)
        case .not(let inner): self = .not(CompiledCondition(inner, meterIndex: meterIndex))
        case .and(let lhs, let rhs): self = .and(CompiledCondition(lhs, meterIndex: meterIndex), CompiledCondition(rhs, meterIndex: meterIndex))
        case .or(let lhs, let rhs): self = .or(CompiledCondition(lhs, meterIndex: meterIndex), CompiledCondition(rhs, meterIndex: meterIndex))
        }
    }

    /// What the condition can be given fixed meter values (-1: unknown), a
    /// turn (nil: unknown), the node the conversation is at, and optionally a
    /// cue known to be present. Other cues may or may not be present.
    func evaluate(_ env: Environment) -> Truth {
        switch self {
        case .cue(let name):
            // The engine answers a crisis disclosure out of character and
            // never takes a branch on it.
            if name == .crisis { return .no }
            return name == env.presentCue ? .yes : .either
        case .meter(let index, let op, let value):
            guard index >= 0, env.meters[index] >= 0 else { return .either }
            return op.holds(env.meters[index], value) ? .yes : .no
        case .turn(let op, let value):
            guard let turn = env.turn else { return .either }
            return op.holds(turn, value) ? .yes : .no
        case .visited(let node):
            return node == env.node || node == env.start ? .yes : .either
        case .not(let inner):
            return inner.evaluate(env).negated
        case .and(let lhs, let rhs):
            let left = lhs.evaluate(env)
            if left == .no { return .no }
            let right = rhs.evaluate(env)
            var result: Truth = []
            if left.contains(.yes) && right.contains(.yes) { result.insert(.yes) }
            if left.contains(.no) || right.contains(.no) { result.insert(.no) }
            return result
        case .or(let lhs, let rhs):
            let left = lhs.evaluate(env)
            if left == .yes { return .yes }
            let right = rhs.evaluate(env)
            var result: Truth = []
            if left.contains(.yes) || right.contains(.yes) { result.insert(.yes) }
            if left.contains(.no) && right.contains(.no) { result.insert(.no) }
            return result
        }
    }

    /// The constants each meter is compared with, the turn's, and the cues.
    func collect(meters: inout [Int: Set<Int>], turns: inout Set<Int>, cues: inout Set<CueName>) {
        switch self {
        case .cue(let name): cues.insert(name)
        case .visited: break
        case .meter(let index, _, let value): if index >= 0 { meters[index, default: []].insert(value) }
        case .turn(_, let value): turns.insert(value)
        case .not(let inner): inner.collect(meters: &meters, turns: &turns, cues: &cues)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            lhs.collect(meters: &meters, turns: &turns, cues: &cues)
            rhs.collect(meters: &meters, turns: &turns, cues: &cues)
        }
    }

    struct Environment {
        var meters: [Int]
        var turn: Int?
        var node: String
        var start: String
        var presentCue: CueName?
    }
}

/// Which conversations a scenario allows, worked out without running it:
/// for every node, the states it can be reached in (`AbstractState`), and
/// which of its replies can be taken. A branch counts as takeable unless its
/// condition is provably false in every state the node can be in (cues are
/// free: any reply may show any cue), so "unreachable" is never a guess.
struct FlowAnalysis: Sendable {
    /// What can happen at one node, given the states it can be in.
    struct NodeOutcome: Sendable {
        /// Per reply: can it be taken?
        var taken: [Bool]
        /// Per reply: can its condition hold at all here (ignoring earlier replies)?
        var canHold: [Bool]
        /// Per reply: the first earlier reply that always held when this one could.
        var shadowedBy: [Int?]
        /// Per reply: the state it leads to (nil when never taken).
        var successors: [AbstractState?]
        /// No reply held (a node without `else`): the conversation stays.
        var fallThrough: AbstractState?
    }

    struct Edge: Hashable, Sendable {
        let from: Int
        /// nil: no reply held and the conversation stayed.
        let reply: Int?
        let to: Int
    }

    let scenario: Scenario
    let nodeIDs: [String]
    let nodeIndex: [String: Int]
    let meterIndex: [String: Int]
    private let plans: [Plan]
    /// The states each node can be in; nil: no conversation reaches it.
    private(set) var states: [AbstractState?]
    private(set) var outcomes: [NodeOutcome?]
    /// The state each outcome was worked out for, so the last round's are reused.
    private var outcomeStates: [AbstractState?]

    /// A node's replies, compiled.
    private struct Plan: Sendable {
        var conditions: [CompiledCondition?]
        var targets: [Int]
        var effects: [[(meter: Int, change: MeterEffect.Change)]]
        var meters: [Int]
        /// Per meter in `meters`: the constants it is compared with.
        var meterConstants: [[Int]]
        var turnConstants: [Int]
        var cues: Set<CueName>
        var isEnding: Bool
    }

    /// More meter combinations than this at one node and the meters the
    /// node's conditions read are taken as unknown (still sound, less exact).
    static let combinationLimit = 4096
    /// Updates of one node's state before a meter that keeps growing there
    /// is taken to have any value.
    static let updatesBeforeWidening = 12
    private var updates: [Int]
    private var earliestTurn: [Int] = []

    init(_ scenario: Scenario) {
        self.scenario = scenario
        nodeIDs = scenario.nodeOrder
        var nodeIndex: [String: Int] = [:]
        for (index, id) in nodeIDs.enumerated() { nodeIndex[id] = index }
        self.nodeIndex = nodeIndex
        var meterIndex: [String: Int] = [:]
        for (index, meter) in scenario.meters.enumerated() { meterIndex[meter.name] = index }
        self.meterIndex = meterIndex
        plans = nodeIDs.enumerated().map { index, id in
            let node = scenario.nodes[id]!
            let conditions = node.replies.map { $0.condition.map { CompiledCondition($0, meterIndex: meterIndex) } }
            var meters: [Int: Set<Int>] = [:], turns = Set<Int>(), cues = Set<CueName>()
            for condition in conditions { condition?.collect(meters: &meters, turns: &turns, cues: &cues) }
            let read = meters.keys.sorted()
            return Plan(
                conditions: conditions,
                targets: node.replies.map { $0.target.flatMap { nodeIndex[$0] } ?? index },
                effects: node.replies.map { reply in reply.effects.compactMap { effect in meterIndex[effect.meter].map { ($0, effect.change) } } },
                meters: read, meterConstants: read.map { meters[$0]!.sorted() }, turnConstants: turns.sorted(),
                cues: cues, isEnding: node.ending != nil)
        }
        states = Array(repeating: nil, count: nodeIDs.count)
        outcomes = Array(repeating: nil, count: nodeIDs.count)
        outcomeStates = Array(repeating: nil, count: nodeIDs.count)
        updates = Array(repeating: 0, count: nodeIDs.count)
        run()
    }

    private mutating func run() {
        guard let start = nodeIndex[scenario.start] else { return }
        states[start] = AbstractState(meters: scenario.meters.map { .just($0.initial) }, turnLow: 1, turnHigh: 1)
        // Rounds over the nodes in reverse post-order (a node before the
        // nodes it leads to, loops aside), each round updating the nodes whose
        // state changed: the states settle in a few rounds instead of
        // rippling through the graph once per change.
        let order = reversePostOrder(from: start)
        earliestTurn = earliestTurns(from: start)
        var dirty = Array(repeating: false, count: nodeIDs.count)
        dirty[start] = true
        var changed = true
        while changed {
            changed = false
            for index in order where dirty[index] {
                dirty[index] = false
                guard let state = states[index], !plans[index].isEnding else { continue }
                let outcome = explore(index, state)
                outcomes[index] = outcome
                outcomeStates[index] = state
                for (reply, successor) in outcome.successors.enumerated() {
                    if let successor { changed = merge(successor, into: plans[index].targets[reply], &dirty) || changed }
                }
                if let stay = outcome.fallThrough { changed = merge(stay, into: index, &dirty) || changed }
            }
        }
        for index in nodeIDs.indices where !plans[index].isEnding {
            if let state = states[index], state != outcomeStates[index] { outcomes[index] = explore(index, state) }
        }
        edges = collectEdges()
    }

    private mutating func merge(_ successor: AbstractState, into target: Int, _ dirty: inout [Bool]) -> Bool {
        var merged = states[target].map { $0.joined(with: successor) } ?? successor
        // The fewest replies any path needs to get here, ignoring conditions:
        // a sound first turn that back edges cannot lower round after round.
        merged.turnLow = min(merged.turnLow, earliestTurn[target])
        guard merged != states[target] else { return false }
        // A meter still growing after many updates (a loop nudging it a step
        // at a time) may take any value: sound, and the rounds stay few.
        updates[target] += 1
        if updates[target] > Self.updatesBeforeWidening, let old = states[target] {
            for meter in merged.meters.indices where merged.meters[meter] != old.meters[meter] {
                merged.meters[meter] = .all
            }
        }
        states[target] = merged
        dirty[target] = true
        return true
    }

    /// For each node, 1 + the fewest replies that lead to it through any
    /// reply (breadth first, conditions ignored).
    private func earliestTurns(from start: Int) -> [Int] {
        var turn = Array(repeating: Int.max, count: nodeIDs.count)
        turn[start] = 1
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            guard !plans[node].isEnding else { continue }
            for to in plans[node].targets where turn[to] == Int.max {
                turn[to] = turn[node] + 1
                queue.append(to)
            }
        }
        return turn
    }

    /// Nodes reachable from `start` through any reply, in reverse post-order.
    private func reversePostOrder(from start: Int) -> [Int] {
        var seen = Array(repeating: false, count: nodeIDs.count)
        var post: [Int] = []
        var stack: [(node: Int, next: Int)] = [(start, 0)]
        seen[start] = true
        while let top = stack.last {
            let targets = plans[top.node].isEnding ? [] : plans[top.node].targets
            if top.next < targets.count {
                stack[stack.count - 1].next += 1
                let to = targets[top.next]
                if !seen[to] {
                    seen[to] = true
                    stack.append((to, 0))
                }
            } else {
                post.append(top.node)
                stack.removeLast()
            }
        }
        return post.reversed()
    }

    /// The replies of a node over every state in `state`; with `presentCue`,
    /// only over replies that show that cue.
    func explore(_ index: Int, _ state: AbstractState, presentCue: CueName? = nil) -> NodeOutcome {
        let plan = plans[index]
        let count = plan.conditions.count
        var outcome = NodeOutcome(
            taken: Array(repeating: false, count: count), canHold: Array(repeating: false, count: count),
            shadowedBy: Array(repeating: nil, count: count), successors: Array(repeating: nil, count: count),
            fallThrough: nil)

        // The meters the conditions read take each of their possible values
        // in turn (so `tension > 5 and tension < 3` is seen to be false).
        // Values on the same side of every constant a meter is compared with
        // here behave alike, so one stands for its class; too many
        // combinations and the meters count as unknown.
        let choices: [[(value: Int, members: MeterValues)]] = plan.meters.indices.map { slot in
            // A value's class: how many constants lie below it, and whether it is one.
            let constants = plan.meterConstants[slot]
            var classes = Array(repeating: (value: -1, members: MeterValues.empty), count: 2 * constants.count + 1)
            let bits = state.meters[plan.meters[slot]].bits
            for value in Meter.range where bits & (1 << UInt16(value)) != 0 {
                var below = 0
                while below < constants.count && constants[below] < value { below += 1 }
                let key = 2 * below + (below < constants.count && constants[below] == value ? 1 : 0)
                if classes[key].value < 0 { classes[key].value = value }
                classes[key].members.insert(value)
            }
            return classes.filter { $0.value >= 0 }
        }
        let combinations = choices.reduce(1) { $0 * max($1.count, 1) }
        let enumerate = combinations <= Self.combinationLimit
        // Turn numbers that stand for every turn in the range: the range's
        // start and each constant c, c + 1 and c - 1 inside it (every stretch
        // between constants starts and ends at one of them).
        var turns: [Int?] = [nil]
        if !plan.turnConstants.isEmpty {
            var points = Set([state.turnLow])
            if let high = state.turnHigh { points.insert(high) }
            for constant in plan.turnConstants { points.formUnion([constant - 1, constant, constant + 1]) }
            turns = points.filter { point in point >= state.turnLow && (state.turnHigh.map { point <= $0 } ?? true) }.sorted()
        }
        let maxConstant = plan.turnConstants.last ?? Int.max

        // What each reply (and the fall-through, at index `count`) was taken with.
        var meterValues = Array(repeating: Array(repeating: MeterValues.empty, count: plan.meters.count), count: count + 1)
        var turnLow = Array(repeating: Int.max, count: count + 1)
        var turnHigh = Array(repeating: Int?.some(Int.min), count: count + 1)
        var reached = Array(repeating: false, count: count + 1)

        var env = CompiledCondition.Environment(
            meters: Array(repeating: -1, count: scenario.meters.count), turn: nil,
            node: nodeIDs[index], start: scenario.start, presentCue: presentCue)
        var position = Array(repeating: 0, count: plan.meters.count)
        while true {
            if enumerate {
                for (slot, meter) in plan.meters.enumerated() { env.meters[meter] = choices[slot][position[slot]].value }
            }
            for turn in turns {
                env.turn = turn
                var stopper: Int?
                var takers: [Int] = []
                for reply in 0..<count {
                    let truth = plan.conditions[reply]?.evaluate(env) ?? .yes
                    if truth.contains(.yes) {
                        outcome.canHold[reply] = true
                        if let stopper {
                            if outcome.shadowedBy[reply] == nil { outcome.shadowedBy[reply] = stopper }
                        } else {
                            takers.append(reply)
                        }
                    }
                    if stopper == nil && truth == .yes { stopper = reply }
                }
                if stopper == nil { takers.append(count) }
                for taker in takers {
                    reached[taker] = true
                    if enumerate {
                        for slot in plan.meters.indices { meterValues[taker][slot].bits |= choices[slot][position[slot]].members.bits }
                    }
                    if let turn {
                        turnLow[taker] = min(turnLow[taker], turn)
                        if let high = turnHigh[taker] {
                            turnHigh[taker] = state.turnHigh == nil && turn > maxConstant ? nil : max(high, turn)
                        }
                    }
                }
            }
            // Next combination of meter values.
            guard enumerate else { break }
            var slot = 0
            while slot < position.count {
                position[slot] += 1
                if position[slot] < choices[slot].count { break }
                position[slot] = 0
                slot += 1
            }
            if slot == position.count { break }
        }

        for taker in 0...count where reached[taker] {
            var successor = state
            if enumerate {
                for (slot, meter) in plan.meters.enumerated() { successor.meters[meter] = meterValues[taker][slot] }
            }
            if turns != [nil] {
                successor.turnLow = turnLow[taker]
                successor.turnHigh = turnHigh[taker]
            }
            successor.turnLow += 1
            successor.turnHigh = successor.turnHigh.map { $0 + 1 }
            if taker < count {
                for effect in plan.effects[taker] {
                    successor.meters[effect.meter] = successor.meters[effect.meter].applying(effect.change)
                }
                outcome.taken[taker] = true
                outcome.successors[taker] = successor
            } else {
                outcome.fallThrough = successor
            }
        }
        return outcome
    }

    /// Every transition some conversation may take, from reachable nodes.
    private(set) var edges: [Edge] = []

    private func collectEdges() -> [Edge] {
        var result: [Edge] = []
        for (index, outcome) in outcomes.enumerated() {
            guard let outcome else { continue }
            for reply in outcome.taken.indices where outcome.taken[reply] {
                result.append(Edge(from: index, reply: reply, to: plans[index].targets[reply]))
            }
            if outcome.fallThrough != nil { result.append(Edge(from: index, reply: nil, to: index)) }
        }
        return result
    }

    func isEnding(_ index: Int) -> Bool { plans[index].isEnding }
    func mentions(_ cue: CueName, at index: Int) -> Bool { plans[index].cues.contains(cue) }
    func meters(readAt index: Int) -> [Int] { plans[index].meters }
    func readsTurn(at index: Int) -> Bool { !plans[index].turnConstants.isEmpty }
}
