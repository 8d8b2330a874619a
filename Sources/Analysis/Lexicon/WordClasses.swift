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

    /// What a speaker threatens to do if the other person does not comply
    /// (a sanction): bring in an authority, tell someone, take something
    /// away, leave. Verb phrases without a subject, in the forms that follow
    /// "I will", "I am", "I am going to" or "we will have to"; the threat
    /// rules add the condition ("if…", "…or", "…and", "either…or").
    static let sanctions = WordClass("a sanction", [
        "call the police", "call security", "call the cops", "ring the police", "phone the police",
        "calling the police", "calling security", "calling the cops", "ringing the police",
        "get security", "getting security", "have you removed", "have you escorted out",
        "go to the landlord", "going to the landlord", "go to the judge", "going to the judge",
        "go back to the judge", "going back to the judge", "go back to court", "going back to court",
        "go to court", "going to court", "go to hr", "going to hr", "go to the council", "going to the council",
        "go to the school", "going to the school", "go to the police", "going to the police",
        "raise it with hr", "raise this with hr", "take it to hr", "take this to hr", "escalate this", "escalate it",
        "take you to court", "taking you to court", "take you to the tribunal", "taking you to the tribunal",
        "take you to the tenancy tribunal", "take you to small claims", "taking you to small claims",
        "see you in court", "see you in small claims", "see you in front of a judge",
        "report you", "reporting you", "report this", "reporting this", "report it", "reporting it",
        "tell your mum", "telling your mum", "tell your mom", "telling your mom", "tell your dad",
        "telling your dad", "tell your mother", "telling your mother", "tell your father", "telling your father",
        "tell your wife", "telling your wife", "tell your husband", "telling your husband",
        "tell everyone", "telling everyone", "tell your boss", "telling your boss", "tell the teacher",
        "telling the teacher", "tell your parents", "telling your parents",
        "change the locks", "changing the locks", "cancel the contract", "cancelling the contract",
        "stop the deliveries", "stop deliveries", "stop the service", "stopping the deliveries",
        "ask you to leave", "asking you to leave", "kick you out", "kicking you out", "throw you out",
        "throwing you out", "cut you off", "cutting you off", "stop your allowance", "stopping your allowance",
        "take it out of the deposit", "taking it out of the deposit", "keep the deposit", "keeping the deposit",
        "keep the car", "keeping the car", "sell your", "selling your", "bin your", "binning your",
        "run away", "running away", "walk out", "walking out",
        "stop paying", "stopping paying", "stop coming", "not be coming",
        "get it towed", "have it towed", "getting it towed", "get you towed", "have you towed",
        "getting towed", "be towed", "be getting towed", "press charges", "pressing charges", "sue", "suing",
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
