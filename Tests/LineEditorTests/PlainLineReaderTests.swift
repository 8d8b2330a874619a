import Testing
@testable import LineEditor

@Suite struct PlainLineReaderTests {
    /// A reader over fixed lines, standing in for a pipe.
    private func reader(_ lines: [String]) -> PlainLineReader {
        var remaining = lines[...]
        return PlainLineReader { remaining.popFirst() }
    }

    @Test func readsLinesThenEndOfInput() {
        let reader = reader(["hello", "", "bye"])
        #expect(reader.readLine(prompt: "you> ") == .line("hello"))
        #expect(reader.readLine(prompt: "you> ") == .line(""))
        #expect(reader.readLine(prompt: "you> ") == .line("bye"))
        #expect(reader.readLine(prompt: "you> ") == .endOfInput)
        #expect(reader.readLine(prompt: "you> ") == .endOfInput)
    }

    @Test func stripsCarriageReturnOfWindowsLineEnds() {
        let reader = reader(["hello\r", "a\rb"])
        #expect(reader.readLine(prompt: "") == .line("hello"))
        #expect(reader.readLine(prompt: "") == .line("a\rb"))
    }

    @Test func isNotInteractiveAndKeepsNoHistory() {
        let reader = reader([])
        reader.addHistory("ignored")
        reader.saveHistory()
        #expect(!reader.isInteractive)
    }
}
