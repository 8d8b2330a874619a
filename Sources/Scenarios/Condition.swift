import Analysis

/// A reply's `if`: a small, safe expression over cues, meters, the turn
/// number and visited nodes. Nothing in it can run code.
public indirect enum Condition: Hashable, Sendable, CustomStringConvertible {
    case cue(CueName)
    case meter(String, Comparison, Int)
    case turn(Comparison, Int)
    case visited(String)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case equal = "==", notEqual = "!="

        public func holds(_ lhs: Int, _ rhs: Int) -> Bool {
            switch self {
            case .less: lhs < rhs
            case .lessOrEqual: lhs <= rhs
            case .greater: lhs > rhs
            case .greaterOrEqual: lhs >= rhs
            case .equal: lhs == rhs
            case .notEqual: lhs != rhs
            }
        }
    }

    /// What a condition is evaluated against.
    public struct Context: Sendable {
        public var cues: Set<CueName>
        public var meters: [String: Int]
        public var turn: Int
        public var visited: Set<String>
        public init(cues: Set<CueName>, meters: [String: Int], turn: Int, visited: Set<String>) {
            self.cues = cues
            self.meters = meters
            self.turn = turn
            self.visited = visited
        }
    }

    public func evaluate(in context: Context) -> Bool {
        switch self {
        case .cue(let name): context.cues.contains(name)
        case .meter(let name, let op, let value): op.holds(context.meters[name] ?? 0, value)
        case .turn(let op, let value): op.holds(context.turn, value)
        case .visited(let node): context.visited.contains(node)
        case .not(let inner): !inner.evaluate(in: context)
        case .and(let lhs, let rhs): lhs.evaluate(in: context) && rhs.evaluate(in: context)
        case .or(let lhs, let rhs): lhs.evaluate(in: context) || rhs.evaluate(in: context)
        }
    }

    /// Cue names the condition mentions without a `not` in front: the cues
    /// that can make it true, used to explain why a branch was taken.
    public var positiveCues: [CueName] {
        switch self {
        case .cue(let name): [name]
        case .meter, .turn, .visited, .not: []
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.positiveCues + rhs.positiveCues
        }
    }

    /// Every cue name mentioned.
    public var allCues: [CueName] {
        switch self {
        case .cue(let name): [name]
        case .meter, .turn, .visited: []
        case .not(let inner): inner.allCues
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.allCues + rhs.allCues
        }
    }

    public var description: String { render(parentPrecedence: 0) }

    private var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .not: 3
        default: 4
        }
    }

    private func render(parentPrecedence: Int) -> String {
        let text: String
        switch self {
        case .cue(let name): text = name.rawValue
        case .meter(let name, let op, let value): text = "\(name) \(op.rawValue) \(value)"
        case .turn(let op, let value): text = "turn \(op.rawValue) \(value)"
        case .visited(let node): text = "visited(\(node))"
        case .not(let inner): text = "not \(inner.render(parentPrecedence: precedence))"
        case .and(let lhs, let rhs):
            text = "\(lhs.render(parentPrecedence: precedence)) and \(rhs.render(parentPrecedence: precedence + 1))"
        case .or(let lhs, let rhs):
            text = "\(lhs.render(parentPrecedence: precedence)) or \(rhs.render(parentPrecedence: precedence + 1))"
        }
        return precedence < parentPrecedence ? "(\(text))" : text
    }
}
