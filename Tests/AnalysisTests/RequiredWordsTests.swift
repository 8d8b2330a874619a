import Testing

@testable import Analysis

/// The analyzer skips a rule in a sentence lacking the words the rule
/// cannot match without; these pin down which words those are.
@Suite struct RequiredWordsTests {
    private func required(_ source: String) -> [Set<String>] {
        TokenPattern(source).requiredWordSets
    }

    @Test func mandatoryWordsAfterTheFirstAreRequired() {
        #expect(required("i blame you") == [["blame"], ["you"]])
    }

    @Test func theFirstWordIsLeftOutAsTheIndexAlreadyChecksIt() {
        #expect(required("(you|you have) ~ never") == [["never"]])
    }

    @Test func alternativesRequireOneWordOfEachOption() {
        #expect(required("it is (not your fault|all on you)") == [["is"], ["not", "all"]])
    }

    @Test func optionalGappedAndSuffixElementsRequireNothing() {
        #expect(required("i (really)? ~ -ing $").isEmpty)
    }

    @Test func anOptionalWordBeforeARequiredOneDoesNotHideIt() {
        #expect(required("so (it|this|that)? (sounds|(just)? seems)") == [["sounds", "seems"]])
    }

    /// The rule index keeps the two smallest sets (`smallestRequiredWordSets`,
    /// which stops early); it must pick what sorting every set by size would.
    @Test func theIndexKeepsTheTwoSmallestSetsOfEveryBuiltInPattern() {
        let patterns = BuiltInCues.detectors.flatMap { $0.rules.map(\.pattern) + $0.vetoes }
        #expect(patterns.count > 1000)
        for (index, pattern) in patterns.enumerated() {
            let first = TokenPattern.firstWords(of: pattern.elements, word: { $0 }, wordClass: { $0.sortedFirstWords })
            let sorted = TokenPattern.requiredWordSets(
                of: pattern.elements, firstWords: first, word: { $0 }, wordClass: { $0.sortedFirstWords })
                .enumerated().filter { $0.element.count <= 24 }
                .sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }
                .prefix(2).map(\.element)
            let picked = TokenPattern.smallestRequiredWordSets(
                of: pattern.elements, firstWords: first, maxWords: 24, word: { $0 }, wordClass: { $0.sortedFirstWords })
            let kept = [picked.best, picked.second].compactMap { $0 }
            #expect(kept == sorted, "pattern \(index): \(pattern.source)")
        }
    }
}
