/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A line the user entered, without its newline.
    case line(String)
    /// Ctrl-C: the half-typed line was cleared; the caller keeps going.
    case interrupted
    /// Ctrl-D on an empty line, or end of file on a pipe.
    case endOfInput
}

/// A source of lines for the REPL: a terminal editor or plain standard input.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` (which may contain ANSI colour codes).
    func readLine(prompt: String) -> LineInput
    /// Adds a line to history (the caller decides which lines; never interrupted ones).
    func addHistory(_ line: String)
    /// Writes history to disk if this reader keeps a history file (no-op otherwise).
    func saveHistory()
    /// True when this reader is an interactive terminal editor.
    var isInteractive: Bool { get }
}
