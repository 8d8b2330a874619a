import Analysis

/// What a rubric criterion needs from the user's replies, as far as the
/// shape of a scenario can decide it. Scoring describes its criteria this
/// way so that the linter can tell when no conversation could earn one.
public struct CriterionRequirement: Hashable, Sendable {
    public enum Need: Hashable, Sendable {
        /// At least this many replies showing one of the cues.
        case replies(Int)
        /// The first reply shows one of the cues.
        case firstReply
    }
    public let rubric: String
    public let criterion: String
    public let need: Need
    public let cues: [CueName]

    public init(rubric: String, criterion: String, need: Need, cues: [CueName]) {
        self.rubric = rubric
        self.criterion = criterion
        self.need = need
        self.cues = cues
    }
}
