import Testing
@testable import LineEditor

@Suite struct PromptMarkupTests {
    @Test func plainPromptIsUnchanged() {
        #expect(markInvisibleEscapes(in: "you> ") == "you> ")
    }

    @Test func colourCodesAreWrapped() {
        let prompt = "\u{1B}[1;32myou>\u{1B}[0m "
        #expect(markInvisibleEscapes(in: prompt) == "\u{01}\u{1B}[1;32m\u{02}you>\u{01}\u{1B}[0m\u{02} ")
    }

    @Test func titleSequencesAreWrappedWhole() {
        let prompt = "\u{1B}]0;Rehearse\u{07}you> "
        #expect(markInvisibleEscapes(in: prompt) == "\u{01}\u{1B}]0;Rehearse\u{07}\u{02}you> ")
    }

    @Test func alreadyMarkedPromptIsLeftAlone() {
        let marked = "\u{01}\u{1B}[1m\u{02}you> "
        #expect(markInvisibleEscapes(in: marked) == marked)
    }

    @Test func unterminatedEscapeRunsToTheEnd() {
        #expect(markInvisibleEscapes(in: "you> \u{1B}[1") == "you> \u{01}\u{1B}[1\u{02}")
    }
}
