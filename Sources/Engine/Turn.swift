import Analysis
import Scenarios

/// One reply and everything that followed from it.
public struct Turn: Codable, Hashable, Sendable {
    /// 1-based number of the reply.
    public let number: Int
    /// The node the reply was given at.
    public let node: String
    /// What the other person had just said (the context for reflections).
    public let previousLine: String
    public let reply: String
    public let analysis: ReplyAnalysis
    public let branch: Branch
    public let meterChanges: [MeterChange]
    /// What the other person said back.
    public let partnerLines: [String]
    /// The node the conversation moved to (the same node when it stayed).
    public let nextNode: String
    /// Set when this turn ended the conversation.
    public let ending: Ending?
}

/// Which of a node's replies was taken, and why.
public struct Branch: Codable, Hashable, Sendable {
    /// Index into the node's replies; nil when no reply matched (no `else`).
    public let replyIndex: Int?
    /// The `if` as written; nil for `else` or no match.
    public let condition: String?
    /// The user's cues that the condition names: the words that took this branch.
    public let firedBy: [CueMatch]

    public var isElse: Bool { replyIndex != nil && condition == nil }
}

/// How one meter moved in a turn.
public struct MeterChange: Codable, Hashable, Sendable {
    public let meter: String
    public let before: Int
    public let after: Int
    public var delta: Int { after - before }

    public init(meter: String, before: Int, after: Int) {
        self.meter = meter
        self.before = before
        self.after = after
    }
}
