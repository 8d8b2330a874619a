import Testing

@testable import Analysis

/// Transcripts: speaker labels and stage directions are not what anyone said,
/// and must not hide what a reply does (nor swallow words that were said).
@Suite struct TranscriptMarksTests {
    let analyzer = Analyzer()

    @Test(arguments: [
        ("[pause] can you tell me who he was?", CueName.openQuestion),
        ("I'm so sorry. [pause] can you tell me who he was?", .openQuestion),
        ("T: Good question.", .validation),
        ("[laughs] Congratulations, that's wonderful.", .appreciation),
        ("(laughs) Congratulations, that's wonderful.", .appreciation),
        ("THERAPIST: [sighs] good question.", .validation),
        ("Speaker 2: Congratulations!", .appreciation),
        ("MARIA: Good question.", .validation),
        ("[client, practice round] Congratulations on the new job.", .appreciation),
        ("[00:14:02] Good question.", .validation),
        ("*sighs* good question.", .validation),
        ("I am *so* hurt.", .feeling),
    ])
    func labelsAndDirectionsDoNotHideTheCue(reply: String, cue: CueName) {
        #expect(analyzer.analyze(reply).cues.contains(cue), "\(cue) should fire on \"\(reply)\"")
    }

    @Test(arguments: [
        // A bracket standing for words, and parentheses holding words, stay.
        ("I told [name] about it.", "name"),
        ("(and I mean it) thank you", "mean"),
        // A word some rule names is not taken for a speaker's name.
        ("Sorry: I can't make it.", "sorry"),
        ("No: not again.", "no"),
        // Not at a line's start, an ordinary colon.
        ("Here is the thing: I'm tired.", "thing"),
    ])
    func wordsThatWereSaidStay(reply: String, word: String) {
        let parsed = ParsedText(reply)
        #expect(parsed.tokens.indices.contains { parsed.tokens.norm($0) == word }, "\"\(word)\" should stay in \"\(reply)\"")
    }

    @Test func labelsAndDirectionsAreDropped() {
        let parsed = ParsedText("T: [laughs] well, (long pause) I'm not sure.")
        let words = parsed.tokens.indices.filter { parsed.tokens[$0].isWord }.map { parsed.tokens.norm($0) }
        #expect(words == ["well", "i", "am", "not", "sure"])
    }

    @Test func evidenceStillQuotesTheUsersOwnCharacters() throws {
        let reply = "[pause] 😔 T: no — [laughs] can you tell me who he was?"
        let match = try #require(analyzer.analyze(reply).matches(for: .openQuestion).first)
        let scalars = Array(reply.unicodeScalars)
        let sliced = String(String.UnicodeScalarView(scalars[match.evidence.span.start..<match.evidence.span.end]))
        #expect(sliced == match.evidence.excerpt)
        #expect(match.evidence.excerpt.hasSuffix("can you tell me who he was?"))
    }

    @Test func aDroppedLabelStillBreaksTheLine() {
        // "Client:" opened the second line: its words are a new sentence.
        let parsed = ParsedText("I see what you mean\nClient: no I don't think you do")
        #expect(parsed.sentences.count == 2)
    }
}
