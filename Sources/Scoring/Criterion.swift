import Analysis

/// One thing a rubric looks for across a whole conversation, with the
/// feedback for when it is met and when it is missed.
public struct Criterion: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// At least `count` replies show any of the cues.
        case atLeast(Int, of: [CueName])
        /// At most `count` replies show any of the cues (0 = never).
        case atMost(Int, of: [CueName])
        /// The first reply shows any of the cues.
        case firstReply(of: [CueName])
        /// The latest reply shows any of the cues (holding a position to the end).
        case lastReply(of: [CueName])
        /// Matches of `numerator` cues : matches of `denominator` cues ≥ `minimum`.
        /// Not applicable when neither occurs.
        case ratio(numerator: [CueName], denominator: [CueName], minimum: Double)
        /// The share of replies showing any of the cues is at most `maximum`.
        case shareAtMost(Double, of: [CueName])

        /// Met by what a reply does (an ask, a reflection), not by what it avoids.
        public var asksForSomething: Bool {
            switch self {
            case .atLeast, .firstReply, .lastReply: true
            case .atMost, .ratio, .shareAtMost: false
            }
        }

        /// Met by what the replies avoid (blame, hedges).
        public var isAvoidance: Bool {
            switch self {
            case .atMost, .shareAtMost: true
            case .atLeast, .firstReply, .lastReply, .ratio: false
            }
        }
    }

    public let id: String
    /// What is looked for, in a few words ("owned feelings").
    public let title: String
    public let rule: Rule
    public let weight: Int
    public let metFeedback: String
    public let missedFeedback: String

    public init(id: String, title: String, rule: Rule, weight: Int, met: String, missed: String) {
        self.id = id
        self.title = title
        self.rule = rule
        self.weight = weight
        metFeedback = met
        missedFeedback = missed
    }
}

/// A reply as scoring sees it.
public struct ScoredReply: Hashable, Sendable {
    public let turn: Int
    public let text: String
    public let analysis: ReplyAnalysis
    public init(turn: Int, text: String, analysis: ReplyAnalysis) {
        self.turn = turn
        self.text = text
        self.analysis = analysis
    }
}

/// A reply quoted as evidence for or against a criterion.
public struct Quote: Hashable, Codable, Sendable {
    public enum Stance: String, Codable, Sendable {
        /// These words earned the criterion.
        case earned
        /// These words cost it.
        case cost
        /// This reply lacked what was looked for.
        case lacking
        /// Counted, neither good nor bad in itself (the other side of a ratio).
        case counted
    }
    public let turn: Int
    public let stance: Stance
    /// The user's own words: the matched span, or the whole reply when lacking.
    public let words: String
    /// The cue behind the quote, if any.
    public let cue: CueName?

    public init(turn: Int, stance: Stance, words: String, cue: CueName?) {
        self.turn = turn
        self.stance = stance
        self.words = words
        self.cue = cue
    }
}

/// How one criterion went.
public struct CriterionResult: Hashable, Sendable {
    public let criterion: Criterion
    /// nil when the criterion does not apply (e.g. a ratio with nothing to count).
    public let met: Bool?
    /// The figure behind the judgement ("2 of 5 replies", "1:2").
    public let measure: String
    public let quotes: [Quote]
    /// Why the criterion does not apply, when there is more to say than
    /// "not applicable".
    public var reason: String? = nil
    public var feedback: String {
        switch met {
        case true?: criterion.metFeedback
        case false?: criterion.missedFeedback
        case nil: reason ?? "Not applicable in this conversation."
        }
    }
}
