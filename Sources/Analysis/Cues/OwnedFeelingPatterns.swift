/// The ways a speaker reports their own feeling, shared by the
/// `i-statement` and `feeling` detectors.
enum OwnedFeelingPatterns {
    /// "I feel hurt", "I'm really worried", "I've been so lonely".
    static let iFeel = "i (@intens)* (feel|felt|am feeling|was feeling|have been feeling|had been feeling|have felt|feel so|keep feeling) (@intens)* @feeling"
    static let iAm = "i (@intens)* (am|was|have been|had been|get|got|become|became|keep getting|will be|would be|must be) (@intens)* (as|in)? @feeling"
    /// "I'm not okay", "I don't feel safe": a denied pleasant word reports an unpleasant feeling.
    static let iAmNot = "i (@intens)* (am|was|do|did|have|have been|had) (not|never) (@intens)* (feel|felt|feeling|been)? (@intens)* @deniable"
    /// "I feel so much guilt", "I'm full of regret".
    static let iFeelNoun = "i (@intens)* (feel|felt|have|had|am|carry) (@intens)* (full of|so much|a lot of|such|a sense of|some|this|real|such a)? @feelingnoun"
    /// "I worry", "I miss her", "I dread Sundays".
    static let iFeelVerb = "i (have|had)? (@intens)* (worry|worried|fear|feared|dread|dreaded|miss|missed|regret|resent|resented|panic|panicked|grieve|ache) (about|for|that|you|him|her|them|it|my|our|the|every|so|a lot|when|this|those|these|his|being|having|talking|seeing|$)"
}
