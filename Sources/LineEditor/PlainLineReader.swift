/// Reads plain lines from stdin (pipes, files): no prompt echo, no escapes, clean output.
///
/// Piped transcripts must produce output that diffs cleanly, so this reader
/// writes nothing at all, not even the prompt.
public final class PlainLineReader: LineReader {
    private let nextLine: () -> String?

    /// Creates a reader over the process's standard input.
    public init() {
        nextLine = { Swift.readLine(strippingNewline: true) }
    }

    /// Creates a reader over any line source; tests use it to stand in for stdin.
    init(nextLine: @escaping () -> String?) {
        self.nextLine = nextLine
    }

    public func readLine(prompt: String) -> LineInput {
        guard var line = nextLine() else { return .endOfInput }
        // Files written on Windows end lines with "\r\n"; Swift strips only the "\n".
        if line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    public func addHistory(_ line: String) {}

    public func saveHistory() {}

    public var isInteractive: Bool { false }
}
