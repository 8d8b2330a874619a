import Testing

@testable import Analysis

@Suite struct TokenizerTests {
    private func norms(_ text: String) -> [String] { Tokenizer.tokenize(text).map(\.norm) }

    /// The text each token covers, cut out by its scalar offsets.
    private func slices(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokenize(text).map { token in
            String(String.UnicodeScalarView(scalars[token.start..<token.end]))
        }
    }

    @Test func splitsContractionsWithStraightAndCurlyApostrophes() {
        #expect(norms("I'm sure you don't") == ["i", "am", "sure", "you", "do", "not"])
        #expect(norms("I’m sure you don’t") == ["i", "am", "sure", "you", "do", "not"])
        #expect(norms("can't won't shan't") == ["can", "not", "will", "not", "shall", "not"])
        #expect(norms("they're we've she'll") == ["they", "are", "we", "have", "she", "will"])
        #expect(norms("let's go") == ["let", "us", "go"])
    }

    @Test func readsSToldAndDFromTheWordAfter() {
        #expect(norms("it's late") == ["it", "is", "late"])
        #expect(norms("she's been away") == ["she", "has", "been", "away"])
        #expect(norms("Sam's car") == ["sam", "'s", "car"])
        #expect(norms("I'd like that") == ["i", "would", "like", "that"])
        #expect(norms("I'd been waiting") == ["i", "had", "been", "waiting"])
    }

    @Test func expandsChatSpellings() {
        #expect(norms("im fine, dont worry") == ["i", "am", "fine", ",", "do", "not", "worry"])
        #expect(norms("gonna be ok") == ["going", "to", "be", "ok"])
    }

    @Test func clitickSpansPointAtTheirOwnLetters() {
        #expect(slices("don’t") == ["do", "n’t"])
        #expect(slices("I’m") == ["I", "’m"])
        // Without an apostrophe both parts share the word's span.
        #expect(slices("dont") == ["dont", "dont"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "Zoë said 👋🏽 to Nguyễn"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.norm) == ["zoë", "said", "👋🏽", "to", "nguyễn"])
        #expect(slices(text) == ["Zoë", "said", "👋🏽", "to", "Nguyễn"])
        #expect(tokens[2].kind == .symbol)
        #expect(tokens.last?.end == text.unicodeScalars.count)
    }

    @Test func decomposedLettersStayInTheWord() {
        let text = "Zoe\u{308} is here"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.first?.end == 4)
        #expect(tokens.first?.norm == "zoë")
    }

    @Test func emojiSequencesAreOneSymbol() {
        let tokens = Tokenizer.tokenize("ok 👨‍👩‍👧 🇬🇧!")
        #expect(tokens.map(\.kind) == [.word, .symbol, .symbol, .punctuation])
    }

    @Test func quotesAndHyphensAndNumbers() {
        #expect(norms("She said 'no' to me") == ["she", "said", "'", "no", "'", "to", "me"])
        #expect(norms("self-harm isn't well-known") == ["self-harm", "is", "not", "well-known"])
        #expect(norms("3.5 hours at 10:30") == ["3.5", "hours", "at", "10:30"])
        #expect(norms("'cause I said") == ["because", "i", "said"])
        #expect(norms("parents' house") == ["parents", "'", "house"])
    }

    @Test func emptyAndBlankText() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize("  \n\t ").isEmpty)
    }
}

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let parsed = ParsedText(text)
        return parsed.sentences.map { parsed.excerpt(from: $0.tokens.lowerBound, through: $0.tokens.upperBound - 1) }
    }

    @Test func splitsAtClosingMarksAndLineBreaks() {
        #expect(sentences("I'm tired. Are you?! Fine") == ["I'm tired.", "Are you?!", "Fine"])
        #expect(sentences("first line\nsecond line") == ["first line", "second line"])
    }

    @Test func keepsAbbreviationsAndTrailingEllipsesTogether() {
        #expect(sentences("Dr. Okafor called. I just… don't know") == ["Dr. Okafor called.", "I just… don't know"])
        #expect(sentences("Well... Maybe.") == ["Well...", "Maybe."])
    }

    @Test func marksQuestions() {
        let parsed = ParsedText("You're leaving? Okay.")
        #expect(parsed.sentences.map(\.endsWithQuestionMark) == [true, false])
    }

    @Test func skipsOpenersAndAddressedNames() {
        let parsed = ParsedText("Well, Sam, could you help?")
        let start = parsed.contentStart[0]
        #expect(parsed.tokens[start].norm == "could")
    }
}
