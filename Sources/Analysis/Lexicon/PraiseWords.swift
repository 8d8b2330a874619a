/// Words that praise a person: they turn "you're always…" from a charge into
/// a compliment ("you're always so thoughtful").
enum PraiseWords {
    static let all = WordClass("praise word", [
        "thoughtful", "kind", "generous", "supportive", "patient", "helpful", "lovely", "sweet",
        "caring", "considerate", "reliable", "good", "great", "brilliant", "amazing", "wonderful",
        "fun", "funny", "there", "there for me", "right", "honest", "welcome", "fair", "smart",
        "clever", "wise", "calm", "gentle", "understanding", "positive", "organised",
        "organized", "on time", "ready to help", "the first to help", "a good friend",
        "a great friend", "a good listener", "a great help", "a star", "a lifesaver",
        "good to me", "good with", "so good", "so kind",
    ])
}
