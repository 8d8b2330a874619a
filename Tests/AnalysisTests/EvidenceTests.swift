import Testing

@testable import Analysis

@Suite struct EvidenceTests {
    let analyzer = Analyzer()

    @Test func spansAndExcerptsQuoteTheReply() throws {
        let reply = "Zoë 💛, I feel hurt when plans change."
        let match = try #require(analyzer.analyze(reply).matches(for: .iStatement).first)
        let scalars = Array(reply.unicodeScalars)
        let sliced = String(String.UnicodeScalarView(scalars[match.evidence.span.start..<match.evidence.span.end]))
        #expect(match.evidence.excerpt == "I feel hurt")
        #expect(sliced == match.evidence.excerpt)
        #expect(match.evidence.span == Span(start: 7, end: 18))
        #expect(match.evidence.rule == "i-statement: I + feel + emotion word")
    }

    @Test func reflectionsCarryTheWordsTheyShare() throws {
        let analysis = analyzer.analyze(
            "So you've been covering every late shift.",
            previous: "I've covered every single late shift this month.")
        let match = try #require(analysis.matches(for: .reflection).first)
        #expect(match.evidence.sharedWords == ["covering", "late", "shift"])
        #expect(analysis.matches(for: .blame).isEmpty)
    }

    @Test func otherCuesCarryNoSharedWords() {
        let analysis = analyzer.analyze("You should rest.", previous: "I need rest.")
        #expect(analysis.matches.allSatisfy { $0.evidence.sharedWords.isEmpty })
    }

    @Test func eachMatchIsListedOnceAndCuesDeduplicate() {
        let analysis = analyzer.analyze("You always do this. You never listen.")
        #expect(analysis.matches(for: .blame).count == 2)
        #expect(analysis.cues.filter { $0 == .blame }.count == 1)
    }

    @Test func overlappingRulesForOneCueGiveOneMatch() {
        let analysis = analyzer.analyze("I'm so sorry, I apologise.")
        #expect(analysis.matches(for: .apology).count == 2)
        let single = analyzer.analyze("I'm really so sorry.")
        #expect(single.matches(for: .apology).count == 1)
    }

    @Test func feelingWordsAndJudgementsAreKeptApart() {
        let hurt = analyzer.analyze("I feel hurt when you're on your phone.")
        #expect(hurt.contains(.iStatement) && hurt.contains(.feeling) && !hurt.contains(.blame))
        let ignored = analyzer.analyze("I feel ignored when you're on your phone.")
        #expect(!ignored.contains(.iStatement) && !ignored.contains(.feeling) && ignored.contains(.blame))
        let like = analyzer.analyze("I feel like you're never here.")
        #expect(!like.contains(.iStatement) && like.contains(.blame))
    }

    @Test func questionsAreSplitByForm() {
        let open = analyzer.analyze("What was that like?")
        #expect(open.cues.contains(.question) && open.contains(.openQuestion) && !open.contains(.closedQuestion))
        let closed = analyzer.analyze("Was it hard?")
        #expect(closed.contains(.question) && closed.contains(.closedQuestion) && !closed.contains(.openQuestion))
        let advice = analyzer.analyze("Why don't you just leave?")
        #expect(advice.contains(.question) && advice.contains(.advice) && !advice.contains(.openQuestion))
        let two = analyzer.analyze("What happened? Did he apologise?")
        #expect(two.matches(for: .question).count == 2)
    }

    @Test func emptyReplyHasNoCues() {
        #expect(analyzer.analyze("").matches.isEmpty)
        #expect(analyzer.analyze("   ", previous: "").matches.isEmpty)
    }
}

@Suite struct ContentWordsTests {
    @Test func stemsMeetAcrossInflections() {
        #expect(Stemmer.stem("worried") == Stemmer.stem("worries"))
        #expect(Stemmer.stem("worrying") == Stemmer.stem("worry"))
        #expect(Stemmer.stem("making") == Stemmer.stem("make"))
        #expect(Stemmer.stem("stopped") == Stemmer.stem("stop"))
        #expect(Stemmer.stem("felt") == Stemmer.stem("feel"))
        #expect(Stemmer.stem("children") == Stemmer.stem("child"))
        #expect(Stemmer.stem("nguyễn") == "nguyễn")
    }

    /// "Stop micromanaging my weekends" names no "you" but charges the
    /// listener: a denial in its own words answers a charge, and is
    /// defensive; the same words after a plain question are not.
    @Test func anImperativeChargeAddressesTheListener() {
        #expect(ContentWords(of: ParsedText("Stop micromanaging my weekends.")).chargesListener)
        #expect(ContentWords(of: ParsedText("Stop being so dramatic, it's one weekend.")).addressesListener)
        #expect(!ContentWords(of: ParsedText("Stop. Let me think.")).addressesListener)
        #expect(!ContentWords(of: ParsedText("The bus stop is closed.")).addressesListener)
        let reply = "I'm not treating you like a child, I'm asking when you'll be home."
        #expect(Analyzer().analyze(reply, previous: "Stop treating me like a child, Dad.").cues.contains(.defensiveness))
        #expect(!Analyzer().analyze(reply, previous: "What did you do at the weekend?").cues.contains(.defensiveness))
    }

    @Test func sharedWordsSkipFunctionWordsAndFrames() {
        let previous = ContentWords(of: ParsedText("I'm so worried about the kids and the money."))
        let reply = ParsedText("It sounds like you're worrying about the kids.")
        #expect(previous.shared(in: reply, range: reply.tokens.indices) == ["worrying", "kids"])
    }
}
