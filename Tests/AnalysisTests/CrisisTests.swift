import Testing

@testable import Analysis

/// Safety: disclosures must pause the session, hyperbole must not.
@Suite struct CrisisTests {
    static let analyzer = Analyzer()

    @Test(arguments: [
        "I want to die.",
        "I'd rather not wake up tomorrow.",
        "Everyone would be better off without me.",
        "I want to end it all.",
        "I've been cutting myself.",
        "There's no reason to go on.",
        "i wanna kill myself",
        "I keep thinking about ending my life.",
        "Honestly I don’t want to be here anymore",
        "I'm not suicidal, I just think about dying.",
        "I've been self-harming again.",
        "Life isn't worth living.",
        "I've got nothing left to live for.",
        "I took a bunch of pills.",
        "what's the point in living",
    ])
    func disclosureFires(_ reply: String) {
        #expect(Self.analyzer.analyze(reply).contains(.crisis))
    }

    @Test(arguments: [
        "This commute is killing me.",
        "I'm dying to see them.",
        "I could kill for a coffee.",
        "My feet are killing me.",
        "That joke killed me.",
        "I nearly died laughing.",
        "I'd rather die than sing karaoke.",
        "I'm going to kill him if he's late again.",
        "Are you thinking about killing yourself?",
        "I cut myself off from my old friends.",
        "I took my pills this morning.",
        "She's dead set on it.",
        "You'll be the death of me.",
        "Let's end it here for today.",
    ])
    func hyperboleDoesNotFire(_ reply: String) {
        #expect(!Self.analyzer.analyze(reply).contains(.crisis))
    }

    @Test func crisisSilencesCuesThatWouldMisreadIt() {
        let analysis = Self.analyzer.analyze("I'd rather not wake up tomorrow.")
        #expect(analysis.contains(.crisis))
        #expect(!analysis.contains(.refusal))
    }
}
