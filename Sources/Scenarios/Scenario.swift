import Analysis

/// A loaded, checked scenario: the other person, the meters, and the
/// conversation's nodes.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var area: Area
    public var skills: [String]
    public var level: Int
    public var goal: String
    public var contentNote: String?
    public var partner: Partner
    /// Meters in the order the file declares them, with starting values.
    public var meters: [Meter]
    public var phraseCues: [PhraseCue]
    public var start: String
    public var nodes: [String: Node]
    /// Node ids in file order (for stable output).
    public var nodeOrder: [String]
    /// Built-in rubric names to score with.
    public var rubrics: [String]
    /// The file it came from, if any.
    public var path: String?
    /// Where the file declares things, for findings about them.
    public var sourceMap = SourceMap()

    public func node(_ id: String) -> Node? { nodes[id] }

    /// Cue names a condition in this scenario may use.
    public var knownCues: Set<CueName> {
        Set(CueName.builtIn).union(phraseCues.map(\.name))
    }
}

/// Where a scenario file declares its meters, cues, skills and rubrics.
public struct SourceMap: Sendable {
    public var meters: [String: SourceLocation] = [:]
    public var cues: [CueName: SourceLocation] = [:]
    public var skills: [String: SourceLocation] = [:]
    public var rubrics: [String: SourceLocation] = [:]
    public init() {}
}

/// The IPT problem area (or a skills drill) a scenario belongs to.
public enum Area: String, CaseIterable, Codable, Sendable {
    case roleDispute = "role-dispute"
    case roleTransition = "role-transition"
    case grief
    case interpersonalDeficits = "interpersonal-deficits"
    case skillsDrill = "skills-drill"

    /// Words for people, e.g. "role dispute".
    public var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}

/// The other person.
public struct Partner: Hashable, Codable, Sendable {
    public var name: String
    public var relation: String?
    public var manner: String?
    public init(name: String, relation: String? = nil, manner: String? = nil) {
        self.name = name
        self.relation = relation
        self.manner = manner
    }
}

/// One of the other person's inner meters (tension, trust…), 0…10.
public struct Meter: Hashable, Codable, Sendable {
    public var name: String
    public var initial: Int
    public static let range = 0...10
    public init(name: String, initial: Int) {
        self.name = name
        self.initial = initial
    }
}

/// A moment in the conversation.
public struct Node: Sendable {
    public var id: String
    /// What the other person says on arriving here; one variant is picked.
    public var partnerLines: [String]
    public var coach: String?
    public var examples: [String]
    public var replies: [Reply]
    public var ending: Ending?
    public var location: SourceLocation
}

/// One way the conversation can go from a node.
public struct Reply: Sendable {
    /// nil for `else`.
    public var condition: Condition?
    /// The condition as written, for explanations.
    public var conditionSource: String?
    public var effects: [MeterEffect]
    /// The other person's reaction; one variant is picked.
    public var partnerLines: [String]
    /// The node to move to; nil stays on the current node.
    public var target: String?
    /// Replies the author expects to take this branch (used by exploration
    /// and shown by `/example`).
    public var examples: [String] = []
    public var location: SourceLocation

    public var isElse: Bool { condition == nil }
}

/// A change to a meter when a reply is taken.
public struct MeterEffect: Hashable, Codable, Sendable {
    public enum Change: Hashable, Codable, Sendable {
        case add(Int)
        case set(Int)
    }
    public var meter: String
    public var change: Change

    public init(meter: String, change: Change) {
        self.meter = meter
        self.change = change
    }

    /// The new value, kept within `Meter.range`.
    public func apply(to value: Int) -> Int {
        let raw: Int
        switch change {
        case .add(let delta): raw = value + delta
        case .set(let newValue): raw = newValue
        }
        return min(max(raw, Meter.range.lowerBound), Meter.range.upperBound)
    }

    /// As an author would write it: `tension +2`, `trust =5`.
    public var description: String {
        switch change {
        case .add(let delta): return "\(meter) \(delta >= 0 ? "+" : "")\(delta)"
        case .set(let value): return "\(meter) =\(value)"
        }
    }
}

/// How a conversation ended.
public struct Ending: Hashable, Codable, Sendable {
    public enum Outcome: String, CaseIterable, Codable, Sendable {
        case success, partial, breakdown
    }
    public var outcome: Outcome
    public var title: String

    public init(outcome: Outcome, title: String) {
        self.outcome = outcome
        self.title = title
    }
}
