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
}
