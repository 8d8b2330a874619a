import Testing

@testable import Analysis

@Suite struct NegationScopeTests {
    /// The words a negation reaches, in order.
    private func negatedWords(_ text: String) -> [String] {
        let parsed = ParsedText(text)
        return parsed.tokens.indices.filter { parsed.negated[$0] }.map { parsed.tokens[$0].norm }
    }

    @Test func reachesTheRestOfTheClause() {
        #expect(negatedWords("I don't blame you") == ["blame", "you"])
        #expect(negatedWords("I'm not saying you're lazy") == ["saying", "you", "are", "lazy"])
    }

    @Test func stopsAtPunctuationAndNewClauses() {
        #expect(negatedWords("I'm not angry, you're lazy") == ["angry"])
        #expect(negatedWords("It's not late but you're rude") == ["late"])
    }

    @Test func isBoundedInReach() {
        let words = negatedWords("not one two three four five six seven eight nine ten")
        #expect(words.count == NegationScope.maximumReach)
    }

    @Test func answersAndIdiomsDoNotNegate() {
        #expect(negatedWords("No, you're lazy").isEmpty)
        #expect(negatedWords("No wonder you're tired").isEmpty)
        #expect(negatedWords("Not only are you late") == [])
    }

    @Test func negationChangesWhatFires() {
        let analyzer = Analyzer()
        #expect(!analyzer.analyze("I don't blame you.").contains(.blame))
        #expect(!analyzer.analyze("I'm not saying you're lazy.").contains(.insult))
        #expect(!analyzer.analyze("It's not your fault.").contains(.blame))
        #expect(analyzer.analyze("It's your fault.").contains(.blame))
        #expect(!analyzer.analyze("I'm not saying you should quit.").contains(.advice))
        #expect(analyzer.analyze("You should quit.").contains(.advice))
        // A denied pleasant word is still a feeling; a denied unpleasant one is not.
        #expect(analyzer.analyze("I'm not okay.").contains(.feeling))
        #expect(!analyzer.analyze("I'm not angry.").contains(.feeling))
    }
}
