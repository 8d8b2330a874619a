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

    /// Warning signs in combination (`CrisisSigns`): wordings no phrase rule
    /// lists, caught because a means and looking into it, an act of harm on
    /// one's own body, or things put in order beside hopelessness come
    /// together in what the speaker says of themselves.
    @Test(arguments: [
        "I keep a strip of my nan's codeine in my coat. I counted it again last night.",
        "been scraping my wrists with the edge of a ruler",
        "I've been up on the multi-storey most evenings. Just leaning over.",
        "I've sorted out my passwords for my sister. It'll be a relief for everyone soon.",
        "There's a rope in my boot I bought in March.",
    ])
    func warningSignsTogetherFire(_ reply: String) {
        let analysis = Self.analyzer.analyze(reply)
        let crisis = analysis.matches.filter { $0.cue == .crisis }
        #expect(!crisis.isEmpty, "\(reply)")
        #expect(crisis.allSatisfy { $0.evidence.rule.hasSuffix("(warning signs together)") }, "no phrase rule catches \(reply); the signs do")
    }

    @Test(arguments: [
        "I bought a rope for the climbing wall.",
        "My dad cut his arm on the fence and it bled for ages.",
        "I burnt my hand on the oven, it's fine.",
        "I counted the tablets the chemist gave me, all there.",
        "Do you have any pills or a rope at home?",
        "We stood on the bridge and watched the boats.",
        "I'm saving for a new bike.",
    ])
    func oneSignAloneOrSomeoneElseDoesNotFire(_ reply: String) {
        #expect(!Self.analyzer.analyze(reply).contains(.crisis), "\(reply)")
    }

    @Test func crisisSilencesCuesThatWouldMisreadIt() {
        let analysis = Self.analyzer.analyze("I'd rather not wake up tomorrow.")
        #expect(analysis.contains(.crisis))
        #expect(!analysis.contains(.refusal))
    }
}
