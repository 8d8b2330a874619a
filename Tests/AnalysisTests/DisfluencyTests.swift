import Testing

@testable import Analysis

/// Transcribed speech: fillers, discourse "like", "you know", restarts and
/// questions without a '?' must not hide what a reply does.
@Suite struct DisfluencyTests {
    let analyzer = Analyzer()

    @Test(arguments: [
        ("Um, I feel, like, really hurt when you do that.", CueName.iStatement),
        ("I was wondering, um, if you could cover Friday?", .request),
        ("You know, it sounds like you're worn out.", .reflection),
        ("it's, it's really hard to say this. I feel, I feel scared.", .feeling),
        ("so what happened after that", .openQuestion),
        ("who told you that", .closedQuestion),
        // Backchannels are fillers; a sentence of one alone goes with its stop.
        ("Mm-hmm. Thanks, but not this time.", .refusal),
        ("Uh-huh. And then what happened?", .openQuestion),
        // Typed in lower case, a first word before a comma is read as capitalised.
        ("thanks, but not this time.", .refusal),
    ])
    func fillersAndRestartsDoNotHideTheCue(reply: String, cue: CueName) {
        #expect(analyzer.analyze(reply).cues.contains(cue), "\(cue) should fire on \"\(reply)\"")
    }

    @Test(arguments: [
        ("I like, love it.", CueName.feeling),
        ("I mean it.", .hedge),
        ("Do you know, I never thought of that.", .reflection),
        ("what happened was awful", .question),
        ("who cares", .question),
    ])
    func contentWordsAreNotTakenForFillers(reply: String, cue: CueName) {
        #expect(!analyzer.analyze(reply).cues.contains(cue), "\(cue) should not fire on \"\(reply)\"")
    }

    @Test func evidenceStillQuotesTheUsersOwnWords() throws {
        let reply = "Um, I feel, like, really hurt when you do that."
        let match = try #require(analyzer.analyze(reply).matches(for: .iStatement).first)
        let scalars = Array(reply.unicodeScalars)
        let sliced = String(String.UnicodeScalarView(scalars[match.evidence.span.start..<match.evidence.span.end]))
        #expect(match.evidence.excerpt == "I feel, like, really hurt")
        #expect(sliced == match.evidence.excerpt)
    }

    @Test func aBackchannelDoesNotHideADenial() {
        // "Mm-hmm." alone before it once made the denial a second sentence.
        let analysis = analyzer.analyze("Mm-hmm. I never said useless!", previous: "You called me useless.")
        #expect(analysis.cues.contains(.defensiveness))
    }

    /// Speech recognition and quick chat drop the punctuation; a capitalised
    /// question word, or an auxiliary and its subject, after a word still
    /// opens a sentence.
    @Test(arguments: [
        ("I get that it matters to you Could we agree on a rota", 2, CueName.closedQuestion),
        ("That makes sense Where would you like to go", 2, .question),
        ("I'd rather ask Will about it first", 1, nil),
        ("You did WHAT? Without asking me?", 2, nil),
    ] as [(String, Int, CueName?)])
    func unpunctuatedQuestionsOpenTheirOwnSentence(reply: String, sentences: Int, cue: CueName?) {
        #expect(ParsedText(reply).sentences.count == sentences)
        if let cue { #expect(analyzer.analyze(reply).cues.contains(cue)) }
    }

    @Test func aReplyOfFillersAloneHasNoCues() {
        #expect(analyzer.analyze("Um. Uh, hmm.").cues.isEmpty)
    }
}
