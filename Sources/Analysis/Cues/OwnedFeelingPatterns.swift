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
    /// "I'm going to miss you", "I'll miss this lot".
    static let iWillMiss = "i (will|am going to|am gonna|'ll) (@intens)* miss (you|this|them|it|her|him|everyone|you all|the)"
    /// "I hate keeping you waiting".
    static let iHateDoing = "i (@intens)* hate (keeping|having|seeing|being|letting|making|leaving|doing this|asking)"
    static let iFeelVerb = "i (have|had|would|'d)? (@intens)* (worry|worried|fear|feared|dread|dreaded|miss|missed|regret|resent|resented|panic|panicked|grieve|ache) (about|for|that|you|him|her|them|it|my|our|the|every|so|a lot|when|this|those|these|his|being|having|talking|seeing|home|$)"

    /// Phrases that look like an owned feeling but are something else:
    /// appreciation ("I'm glad you came"), an offer ("I'm happy to pay"),
    /// politeness ("I'm afraid"), validation ("I'd be annoyed too"), a trait
    /// ("I'm so shy"), a complaint ("I'm tired of…"), a refusal ("I'm not
    /// comfortable lending it"). Shared by `i-statement` and `feeling`.
    static let nearMisses = [
        "i am (@intens)* (glad|happy|pleased|relieved|thrilled|delighted) (that)? you",
        "i am (@intens)* (happy|glad|pleased) to (pay|help|do|take|cover|drive|look|lend|give|go|come|chat|talk|listen|swap|share)",
        "i am afraid ($|that|so|not|i)",
        "i (would|'d|might|could) (@intens)* (be|feel) (@intens)* @feeling (too|as well|in your|if)",
        "i am (@intens)* (awkward|shy) (,|$|with|around|at|in)",
        "i am not (@intens)* (great|good|brilliant) (with|at)",
        "i (@intens)* (am|was|get|got) (@intens)* (sick|tired) of",
        "i am not (@intens)* (comfortable|happy|okay|ok) (-ing|sharing|selling|lending|doing|going|giving)",
        // From set E: a question frame, praise of them, an offer.
        "i am (@intens)* curious (,|about|what|how|why|to|if|whether|who|where|when)",
        "i am (@intens)* proud of you",
        "(would|'d) be (@intens)* (happy|glad|delighted|pleased) to",
        // From set G: missing an appointment, not a person.
        "i (@intens)* missed (my|the|a|an) (own)? (appointment|bus|train|flight|deadline|call|turn|exit|stop|chance|shot|meeting|class|lesson|dentist|doctor|dose|period|payment|match|game|start)",
    ]
}
