import Scenarios

/// The whole state of a conversation, Codable: undo, restart, resume and
/// saves are copies of it. It carries the seed and a format version.
public struct ConversationState: Codable, Hashable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion = ConversationState.currentFormatVersion
    public var scenarioID: String
    public var seed: UInt64
    public var generator: SeededGenerator
    public var names: Names
    public var node: String
    public var meters: [String: Int]
    /// Nodes arrived at, in order of first arrival.
    public var visited: [String]
    public var turns: [Turn]
    /// What the other person said most recently.
    public var lastPartnerLines: [String]
    public var ending: Ending?

    public var isOver: Bool { ending != nil }
}

/// The names that `{you}` and `{partner}` stand for.
public struct Names: Codable, Hashable, Sendable {
    public var you: String
    public var partner: String
    public init(you: String, partner: String) {
        self.you = you
        self.partner = partner
    }
}
