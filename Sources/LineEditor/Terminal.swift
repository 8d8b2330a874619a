import Glibc

/// Facts about the process's terminal, and the choice of line reader that follows from them.
public enum Terminal {
    /// True when standard input is a terminal.
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// True when standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// A LineEditor for a terminal, a PlainLineReader otherwise (stdin not a tty, or stdout not a tty).
    ///
    /// readline writes its prompt and echo to stdout, which would litter a
    /// redirected transcript, so both ends must be terminals.
    public static func makeReader(historyFile: String?,
                                  completions: @escaping @Sendable (String, String) -> [String]) -> any LineReader {
        if stdinIsTerminal && stdoutIsTerminal {
            return TerminalLineEditor(historyFile: historyFile, completions: completions)
        }
        return PlainLineReader()
    }

    /// Makes SIGINT harmless while the program is busy between reads (so Ctrl-C never kills a session
    /// mid-turn); the editor installs its own handlers only while reading a line.
    ///
    /// The disposition becomes "ignore", which the editor saves and puts back
    /// around each read.
    public static func ignoreInterruptsWhileBusy() {
        signal(SIGINT, SIG_IGN)
    }
}
