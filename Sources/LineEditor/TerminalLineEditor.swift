@preconcurrency internal import CReadline
import Glibc
import Synchronization

/// GNU readline on a terminal: line editing, persistent history, tab completion.
///
/// readline keeps one global state (line buffer, history list, hooks), so
/// only one editor should exist at a time: making an editor replaces the
/// in-memory history with its own file's, and each `readLine` makes its
/// completions the active ones.
///
/// Lines are read with readline's callback interface and `poll()` on stdin and
/// a self-pipe, so Ctrl-C and window resizes are handled outside signal
/// handlers (see `SignalRelay`). Handlers are installed only during `readLine`;
/// between reads the process's own dispositions apply (see
/// `Terminal.ignoreInterruptsWhileBusy()`).
public final class TerminalLineEditor: LineReader {
    private let historyFile: String?
    private let historyLimit: Int
    private let completions: ReadlineCompletion.Provider

    /// Creates an editor and loads its history.
    ///
    /// - historyFile: where history persists (created 0600; its folder is made 0700 if missing); nil = no persistence
    /// - historyLimit: max entries kept
    /// - completions: given the whole line buffer so far and the word being completed, returns candidates
    ///   (the REPL uses it to complete slash commands like "/he" → "/help")
    public init(historyFile: String?, historyLimit: Int = 1000,
                completions: @escaping @Sendable (_ line: String, _ word: String) -> [String]) {
        self.historyFile = historyFile
        self.historyLimit = max(0, historyLimit)
        self.completions = completions
        ReadlineSetup.configure()
        ReadlineCompletion.install(completions)
        clear_history()
        stifle_history(Int32(clamping: self.historyLimit))
        if let historyFile {
            HistoryFile.makeFolder(for: historyFile)
            // ENOENT on the first run is expected; any other failure just means no old history.
            _ = read_history(historyFile)
        }
    }

    public var isInteractive: Bool { true }

    public func addHistory(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        if let last = history_get(history_base + history_length - 1),
           let text = last.pointee.line, String(cString: text) == line {
            return
        }
        add_history(line)
    }

    /// The history in memory, oldest first; lets tests see what a file round-trip kept.
    var historyLines: [String] {
        (0..<history_length).compactMap { offset in
            history_get(history_base + offset)?.pointee.line.map { String(cString: $0) }
        }
    }

    public func saveHistory() {
        guard let historyFile else { return }
        HistoryFile.makeFolder(for: historyFile)
        if write_history(historyFile) == 0 {
            _ = history_truncate_file(historyFile, Int32(clamping: historyLimit))
        }
        HistoryFile.restrictToOwner(historyFile)
    }

    public func readLine(prompt: String) -> LineInput {
        ReadlineCompletion.install(completions)
        // Output printed with `print(…, terminator: "")` must appear before the prompt.
        fflush(stdout)
        guard let signalPipe = SignalRelay.prepare() else {
            return readWithoutSignalPipe(prompt: prompt)
        }
        // A resize while the program was busy went unnoticed; readline would wrap at the old width.
        if rl_instream != nil { rl_reset_screen_size() }
        // Bytes from an earlier read belong to signals that were already handled or ignored.
        _ = SignalRelay.drain()
        let previousHandlers = SignalRelay.install()
        defer { SignalRelay.restore(previousHandlers) }

        LineHandler.result.withLock { $0 = nil }
        // readline sets this on Ctrl-D but never clears it in callback mode; a stale
        // value would make it print a stray newline when a later read is interrupted.
        rl_eof_found = 0
        rl_callback_handler_install(markInvisibleEscapes(in: prompt), LineHandler.callback)
        let input = rl_instream.map { fileno($0) } ?? STDIN_FILENO

        while true {
            if let result = LineHandler.result.withLock({ $0 }) {
                if result == .endOfInput && !readlineMovedToNewLineAtEndOfInput() {
                    // Otherwise the caller's next output would follow the prompt.
                    writeNewline()
                }
                return result
            }
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                abandonLine()
                return .endOfInput
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                if let result = handleSignals(SignalRelay.drain(), previousHandlers: previousHandlers) {
                    return result
                }
            }
            if fds[0].revents & Int16(POLLNVAL) != 0 {
                abandonLine()
                return .endOfInput
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                // On hang-up readline reads 0 bytes and reports end of input through the handler.
                rl_callback_read_char()
            }
        }
    }

    /// Acts on relayed signals; returns a result when one of them ends the read.
    private func handleSignals(_ signals: [Int32], previousHandlers: [Int32: sigaction]) -> LineInput? {
        var resized = false
        for signal in signals {
            switch signal {
            case SIGINT:
                interruptLine()
                return .interrupted
            case SIGTERM, SIGHUP:
                // Give the caller the chance to save and exit with the terminal restored.
                abandonLine()
                return .endOfInput
            case SIGWINCH:
                resized = true
            case SIGTSTP:
                // Leave the terminal as the shell expects it before stopping.
                rl_cleanup_after_signal()
                SignalRelay.suspend(restoring: previousHandlers)
                resume()
            case SIGCONT:
                // Also continued after an uncatchable SIGSTOP, with the terminal
                // back in cooked mode; re-preparing twice is harmless.
                resume()
            default:
                break
            }
        }
        if resized { rl_resize_terminal() }
        return nil
    }

    /// Puts the terminal back in readline's modes and redraws the prompt and line.
    private func resume() {
        rl_cleanup_after_signal()
        rl_reset_after_signal()
        rl_forced_update_display()
    }

    /// Clears the half-typed line the way a shell does: show it whole, then "^C" and a new line.
    private func interruptLine() {
        rl_point = rl_end
        rl_redisplay()
        rl_echo_signal_char(SIGINT)
        abandonLine()
    }

    /// Drops readline's line state and restores the terminal's normal modes.
    ///
    /// This sequence also unwinds reverse search (Ctrl-R), where simply
    /// clearing the line leaves readline in the wrong state.
    private func abandonLine() {
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_cleanup_after_signal()
        rl_callback_handler_remove()
        rl_replace_line("", 1)
        writeNewline()
    }

    /// Tells whether readline already ended the prompt's line after Ctrl-D.
    ///
    /// readline 8.1+ prints the newline itself when it leaves bracketed-paste
    /// mode at end of input (on by default, off for dumb terminals or by
    /// ~/.inputrc); without it the cursor stays after the prompt.
    private func readlineMovedToNewLineAtEndOfInput() -> Bool {
        guard rl_eof_found != 0, let value = rl_variable_value("enable-bracketed-paste") else { return false }
        return String(cString: value) == "on"
    }

    private func writeNewline() {
        fputs("\n", rl_outstream ?? stdout)
        fflush(rl_outstream ?? stdout)
    }

    /// Falls back to blocking `readline()` if no pipe could be made (out of descriptors).
    ///
    /// Ctrl-C then behaves as the process's SIGINT disposition says.
    private func readWithoutSignalPipe(prompt: String) -> LineInput {
        guard let line = CReadline.readline(markInvisibleEscapes(in: prompt)) else {
            writeNewline()
            return .endOfInput
        }
        defer { free(line) }
        return .line(String(cString: line))
    }
}

/// The callback readline calls with a finished line (or NULL at end of input).
enum LineHandler {
    /// The outcome of the read in progress; nil while the line is still being typed.
    static let result = Mutex<LineInput?>(nil)

    static let callback: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
        // Removing the handler here stops readline from showing the prompt again
        // straight away; the next readLine installs it afresh.
        rl_callback_handler_remove()
        let outcome: LineInput
        if let line {
            outcome = .line(String(cString: line))
            free(line)
        } else {
            outcome = .endOfInput
        }
        result.withLock { $0 = outcome }
    }
}

/// One-time readline settings for the whole program.
enum ReadlineSetup {
    /// Applies the settings on first use; later calls do nothing.
    static func configure() {
        _ = once
    }

    private static let once: Void = {
        // Lets users scope ~/.inputrc settings with `$if rehearse`; lives for the program.
        rl_readline_name = UnsafePointer(strdup("rehearse"))
        // The editor relays signals itself; readline's handlers would fight it.
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        // setenv from a resize is not safe while other threads read the environment.
        rl_change_environment = 0
    }()
}
