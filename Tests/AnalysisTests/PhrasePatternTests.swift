import Testing

@testable import Analysis

@Suite struct PhrasePatternTests {
    private func pattern(_ source: String) throws -> PhrasePattern { try PhrasePattern(source) }

    private func excerpts(_ source: String, in text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try pattern(source).matches(in: text).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    @Test func matchesWordsCaseInsensitivelyOnWordBoundaries() throws {
        #expect(try excerpts("take turns", in: "Could we Take Turns?") == ["Take Turns"])
        #expect(try excerpts("take turns", in: "overtake turnstiles").isEmpty)
        #expect(try excerpts("rota", in: "A rota, maybe a ROTA.") == ["rota", "ROTA"])
    }

    @Test func ignoresPunctuationBetweenWords() throws {
        #expect(try excerpts("take turns", in: "take, turns") == ["take, turns"])
    }

    @Test func starStandsForOneOrMoreWords() throws {
        #expect(try excerpts("alternate * days", in: "we alternate the odd days") == ["alternate the odd days"])
        #expect(try excerpts("alternate * days", in: "alternate days").isEmpty)
        #expect(try excerpts("* sorry", in: "sorry").isEmpty)
        #expect(try excerpts("* sorry", in: "so sorry") == ["so sorry"])
        #expect(try excerpts("sorry *", in: "sorry about that") == ["sorry about"])
        #expect(try excerpts("a * * b", in: "a x b").isEmpty)
        #expect(try excerpts("a * * b", in: "a x y b") == ["a x y b"])
    }

    @Test func contractionsMatchTheirSpelledOutForms() throws {
        #expect(try excerpts("don't worry", in: "Do not worry") == ["Do not worry"])
        #expect(try excerpts("do not worry", in: "Don’t worry") == ["Don’t worry"])
        #expect(try excerpts("zoë", in: "Thanks ZOË!") == ["ZOË"])
    }

    @Test func repeatedWordsAreFoundWithoutBacktracking() throws {
        let text = Array(repeating: "a", count: 2_000).joined(separator: " ") + " b"
        #expect(try pattern("a a a b").matches(in: text).count == 1)
        #expect(try pattern("a * a * b").matches(in: text).count == 1)
    }

    @Test func rejectsEmptyPatterns() {
        #expect(throws: PhrasePatternError.self) { try PhrasePattern("") }
        #expect(throws: PhrasePatternError.self) { try PhrasePattern("   ") }
        do {
            _ = try PhrasePattern("  *  * ")
            Issue.record("a pattern of only '*' must be rejected")
        } catch {
            #expect(error.offset == 2)
        }
    }

    @Test func pointsAtTheOffendingScalar() {
        func offset(of source: String) -> Int? {
            do {
                _ = try PhrasePattern(source)
                return nil
            } catch {
                return error.offset
            }
        }
        #expect(offset(of: "take (turns)") == 5)
        #expect(offset(of: "Zoë's turn!") == 10)
        #expect(offset(of: "a+b") == 1)
        #expect(offset(of: "alternate*") == 9)
        #expect(offset(of: "rota - days") == 5)
        #expect(offset(of: "hyphen-ok it's fine") == nil)
        #expect(offset(of: "Nguyễn’s rota") == nil)
    }

    @Test func analyzerEmitsScenarioCues() throws {
        let cue = PhraseCue(name: "mentions-rota", patterns: [try pattern("rota"), try pattern("alternate * days")])
        let analysis = Analyzer(phraseCues: [cue]).analyze("Let's do a rota. We could alternate the days.")
        let matches = analysis.matches(for: "mentions-rota")
        #expect(matches.map(\.evidence.excerpt) == ["rota", "alternate the days"])
        #expect(matches.map(\.evidence.rule) == ["scenario cue: rota", "scenario cue: alternate * days"])
        #expect(analysis.cues.filter { $0 == "mentions-rota" }.count == 1)
    }
}
