/// Emotion words, kept apart by what they say.
///
/// Nonviolent Communication's distinction matters to the cues: a *feeling*
/// ("hurt", "worried", "lonely") reports the speaker's inner state, while an
/// *evaluation* ("abandoned", "ignored", "manipulated") is a judgement of
/// what the other person did dressed as a feeling. "I feel hurt" is an
/// owned feeling; "I feel ignored" is blame.
enum EmotionLexicon {
    /// Unpleasant feelings, as adjectives or participles.
    static let unpleasant = WordClass("unpleasant feeling", [
        "hurt", "sad", "angry", "mad", "upset", "frustrated", "worried", "anxious", "scared",
        "afraid", "frightened", "nervous", "lonely", "alone", "ashamed", "embarrassed",
        "guilty", "jealous", "envious", "disappointed", "heartbroken", "devastated",
        "overwhelmed", "stressed", "stressed out", "exhausted", "tired", "drained", "hopeless",
        "helpless", "depressed", "miserable", "low", "resentful", "irritated", "annoyed",
        "furious", "livid", "confused", "lost", "stuck", "numb", "empty", "terrified",
        "panicked", "panicky", "uneasy", "uncomfortable", "insecure", "vulnerable",
        "discouraged", "grieving", "bitter", "tense", "on edge", "fed up", "gutted", "crushed",
        "torn", "conflicted", "restless", "bored", "homesick", "unhappy", "distressed",
        "powerless", "worthless", "useless", "awkward", "shy", "self-conscious", "isolated",
        "defeated", "ashamed", "humiliated", "shaken", "shocked", "hurt", "wounded", "broken",
        "heavy-hearted", "down", "blue", "sick", "burnt out", "burned out", "worn out",
        "run down", "at a loss", "out of my depth", "apprehensive", "dreading", "scared stiff",
        "petrified", "regretful", "remorseful", "sorrowful", "exasperated", "agitated",
        "impatient", "cranky", "grumpy", "sore", "weary", "fragile", "raw", "anxious",
        "troubled", "concerned", "unsettled", "sad", "sadder", "angrier", "lonelier",
        "overloaded", "stretched", "stretched thin", "swamped", "cross", "pissed off",
        "pissed", "hurting", "struggling", "disheartened", "deflated", "despairing", "despondent",
        "bad", "terrible", "awful", "horrible", "rubbish", "dreadful", "wretched", "crap",
        "shattered", "fuming", "mortified", "at the end of my rope", "at the end of my tether", "at my wits end", "flat", "shock", "let down", "in pieces", "a wreck", "knackered", "wiped out", "heartsick",
        "rattled", "flustered", "stung",
        // Registers beyond the first sets (UK, Irish, Australian, US, texting).
        "bummed", "bummed out", "peeved", "narked", "vexed", "jittery", "antsy", "twitchy", "wound up", "on tenterhooks", "nervy", "spooked", "freaked out", "freaking out", "worried sick", "sick with worry", "beside myself", "distraught", "inconsolable", "bereft", "desolate", "forlorn", "glum", "gloomy", "down in the dumps", "mopey", "irritable", "touchy", "indignant", "outraged", "incensed", "enraged", "seething", "raging", "hacked off", "cheesed off", "ticked off", "teed off", "aggrieved", "disoriented", "disorientated", "frazzled", "frayed", "depleted", "done in", "guilt-ridden", "sheepish", "dejected", "crestfallen", "downhearted", "grief-stricken", "lonesome", "heartsore", "browned off", "miffed", "on pins and needles", "all over the place", "a mess", "a nervous wreck",
    ])

    /// Pleasant feelings.
    static let pleasant = WordClass("pleasant feeling", [
        "happy", "glad", "relieved", "grateful", "thankful", "hopeful", "excited", "calm",
        "proud", "safe", "content", "loved", "peaceful", "relaxed", "confident", "pleased",
        "delighted", "joyful", "optimistic", "comfortable", "secure", "cheerful", "thrilled",
        "touched", "moved", "encouraged", "reassured", "inspired", "curious", "eager",
        "at ease", "settled", "appreciated", "valued", "heard", "understood", "supported",
        "respected", "connected", "included", "welcome",
        "chuffed", "stoked", "buzzing", "over the moon", "made up", "psyched", "pumped", "elated", "ecstatic", "overjoyed", "at peace", "energised", "energized", "refreshed", "amused", "fulfilled", "satisfied", "cheered up",
    ])

    /// Mild words that only say something about feeling when denied:
    /// "I'm fine" is small talk, "I'm not okay" is a disclosure.
    static let mildPleasant = WordClass("mild pleasant word", [
        "ok", "okay", "fine", "good", "great", "well", "alright", "all right", "right",
        "myself", "better",
    ])

    /// Evaluations dressed as feelings: each says what the other person did.
    static let evaluations = WordClass("evaluation word", [
        "abandoned", "ignored", "manipulated", "disrespected", "betrayed", "rejected",
        "neglected", "used", "unappreciated", "unheard", "unwanted", "unsupported",
        "taken for granted", "criticised", "criticized", "attacked", "cheated", "belittled",
        "patronised", "patronized", "misunderstood", "invalidated", "pressured", "provoked",
        "put down", "dismissed", "blamed", "controlled", "judged", "invisible",
        "cornered", "intimidated", "insulted", "bullied", "lied to", "mistreated",
        "unvalued", "undervalued", "overlooked", "excluded", "left out", "smothered",
        "suffocated", "threatened", "guilt-tripped", "gaslit", "gaslighted", "played",
        "walked all over", "taken advantage of", "unloved", "uncared for", "dumped on",
        "interrupted", "micromanaged", "nagged", "picked on", "singled out", "ganged up on",
        "sidelined", "brushed off", "shut out", "left behind", "forgotten",
    ])

    /// Words for what a situation does to someone ("frustrating",
    /// "lonely"): "that sounds frustrating" names the other's feeling.
    static let evoking = WordClass("feeling-evoking word", [
        "frustrating", "exhausting", "lonely", "scary", "frightening", "upsetting",
        "overwhelming", "stressful", "infuriating", "heartbreaking", "painful", "depressing",
        "worrying", "terrifying", "hurtful", "humiliating", "embarrassing", "disappointing",
        "annoying", "maddening", "isolating", "draining", "confusing", "distressing",
        "nerve-wracking", "nerve-racking", "unsettling", "demoralising", "demoralizing",
        "discouraging", "agonising", "agonizing", "heartbreaking", "sad", "awful", "horrible",
        "terrible", "devastating", "crushing", "tiring", "anxiety-inducing", "mortifying",
        "galling", "gutting", "sting", "stings", "stung",
    ])

    /// Hardship words for validating: "that sounds hard".
    static let hardship = WordClass("hardship word", [
        "hard", "difficult", "tough", "rough", "awful", "painful", "horrible", "terrible",
        "a lot", "so much", "a lot to deal with", "a lot to carry", "a lot to handle",
        "brutal", "unfair", "a nightmare", "heavy", "a struggle", "challenging", "a hard time",
        "a tough time", "a difficult time", "a rough time",
    ])

    /// Feelings as nouns: "so much anger", "a lot of guilt".
    static let nouns = WordClass("feeling noun", [
        "anger", "sadness", "grief", "guilt", "shame", "fear", "anxiety", "dread", "regret",
        "resentment", "relief", "joy", "pride", "hope", "loneliness", "frustration",
        "despair", "panic", "jealousy", "hurt", "pain", "sorrow", "stress", "worry",
        "embarrassment", "disappointment", "gratitude", "love",
    ])

    /// Every word naming the speaker's own state.
    static let feelings = WordClass("feeling word", union: [unpleasant, pleasant])

    /// Everything a listener might name in someone else: their feelings and
    /// their sense of being treated badly ("you feel ignored" reflects it).
    static let anyFeeling = WordClass("emotion word", union: [unpleasant, pleasant, evaluations])

    /// What can be denied to report a feeling: "not happy", "don't feel safe".
    static let deniable = WordClass("pleasant or mild word", union: [pleasant, mildPleasant])
}
