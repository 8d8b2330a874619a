@testable import Analysis
import Testing

/// A malformed rule pattern stops the program (rules are code, and every
/// test run builds them all), but it must say where: the rule's file and
/// line, the pattern, and what is wrong, so a rule writer can fix it.
@Suite struct RulePatternErrorTests {
    @Test func aMalformedPatternNamesItsFileLineAndTheMistake() async throws {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = CueRule("you are right|you have a point", "validation: a top-level bar")
        }
        let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
        #expect(message.contains("RulePatternErrorTests.swift:"), "the rule's file and line")
        #expect(message.contains("\"you are right|you have a point\""), "the pattern")
        #expect(message.contains("needs them"), "what is wrong and how to write it")
    }

    @Test func anUnknownWordClassIsNamed() async throws {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = TokenPattern("i feel @moods")
        }
        let message = String(decoding: try #require(result).standardErrorContent, as: UTF8.self)
        #expect(message.contains("unknown word class @moods"))
    }

    @Test func wellFormedPatternsStillParse() {
        #expect(TokenPattern("(you are both|both of you are) right").elements.count == 2)
    }
}
