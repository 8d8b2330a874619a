/// Small word classes shared by many cue rules.
enum WordClasses {
    /// The speaker's own words ("I", "me", "my"): a sentence with one is
    /// about the speaker, not the other person.
    static let firstPersonSingular: Set<String> = ["i", "me", "my", "mine", "myself"]
    /// The same with "we", "us", "our".
    static let firstPerson: Set<String> = firstPersonSingular.union(["we", "us", "our"])

    /// Degree words between a verb and an adjective ("I'm *really quite* tired").
    static let intensifiers = WordClass("intensifier", [
        "so", "really", "very", "quite", "a bit", "a little", "a little bit", "kind of",
        "sort of", "rather", "pretty", "incredibly", "extremely", "totally", "completely",
        "absolutely", "deeply", "truly", "super", "too", "just", "also", "still",
        "honestly", "genuinely", "bit", "more", "even", "utterly", "awfully", "terribly",
        "seriously", "starting to feel", "getting", "becoming", "a lot more", "increasingly",
        "feeling", "been", "frankly", "properly", "fairly", "somewhat", "slightly",
        "a tad", "beyond", "that", "this", "such", "literally", "actually", "clearly", "obviously",
    ])

    /// Days and parts of the week, for offers ("I could do Mondays").
    static let days = WordClass("day", [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "weekdays", "weekends", "tomorrow", "tonight", "next week", "next weekend",
        "this weekend", "the weekend", "the weekends",
    ])

    /// Subjects that are someone other than the speaker.
    static let otherPerson = WordClass("another person", [
        "you", "he", "she", "they", "your", "his", "her", "their",
    ])

    /// Auxiliaries and modals that open a yes/no question.
    static let questionAuxiliaries: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will",
        "should", "shall", "have", "has", "had", "am", "may", "might", "must",
    ]

    /// Subjects that can follow an inverted auxiliary.
    static let questionSubjects: Set<String> = [
        "i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "anyone",
        "anybody", "someone", "somebody", "everyone", "everything", "your", "my", "our",
        "the", "these", "those", "any", "his", "her", "their", "y'all", "ya",
    ]
}
