import ChildProcessSupport
import Foundation
import Testing

/// Drives `rehearse` in a real terminal (tmux): tab completion, history
/// recall with Up, and Ctrl-C clearing a half-typed line without ending
/// the session. CI installs tmux; without it the suite is skipped.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TerminalTests {
    @Test func completionHistoryAndInterrupt() throws {
        let home = Rehearse.temporaryHome()
        let tmux = try Tmux.start(command: [
            "env", "REHEARSE_HOME=\(home.path)",
            "REHEARSE_SCENARIOS=\(Rehearse.packageRoot.appendingPathComponent("Scenarios").path)",
            "TERM=xterm-256color", Rehearse.binary.path, "play", "dishes", "--seed", "1",
        ])
        defer { tmux.kill() }

        // capture-pane drops trailing spaces, so an empty prompt reads "you>".
        try tmux.waitFor { Tmux.lastPromptLine($0) == "you>" }

        // TAB completes a slash command.
        tmux.send(literal: "/he")
        tmux.send(keys: "Tab")
        try tmux.waitFor { $0.contains("you> /help") }
        tmux.send(keys: "Enter")
        try tmux.waitFor { $0.contains("take back your last reply") }

        // A reply, then Up recalls it.
        tmux.send(literal: "I feel worried about the dishes.")
        tmux.send(keys: "Enter")
        try tmux.waitFor { screen in
            screen.contains("you> I feel worried about the dishes.") && Tmux.lastPromptLine(screen) == "you>"
        }
        tmux.send(keys: "Up")
        try tmux.waitFor { Tmux.lastPromptLine($0) == "you> I feel worried about the dishes." }

        // Ctrl-C clears the recalled line and the session goes on.
        tmux.send(keys: "C-c")
        try tmux.waitFor { Tmux.lastPromptLine($0) == "you>" }
        tmux.send(literal: "half typed")
        tmux.send(keys: "C-c")
        try tmux.waitFor { screen in
            Tmux.lastPromptLine(screen) == "you>" && screen.contains("half typed^C")
        }
        #expect(tmux.isRunning, "Ctrl-C must not end the session")

        tmux.send(literal: "/quit")
        tmux.send(keys: "Enter")
        try tmux.waitFor { $0.contains("── Stopped before an ending ──") }

        // History persisted, private.
        let history = home.appendingPathComponent("history").path
        try tmux.waitFor { _ in FileManager.default.fileExists(atPath: history) }
        let text = try String(contentsOfFile: history, encoding: .utf8)
        #expect(text.contains("I feel worried about the dishes."))
        #expect(!text.contains("half typed"), "interrupted lines stay out of history")
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

/// A tmux server of the test's own (its own socket), one window.
struct Tmux {
    let socket: String

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    static func start(command: [String]) throws -> Tmux {
        let tmux = Tmux(socket: "rehearse-test-\(UUID().uuidString.prefix(8))")
        // The server outlives this call and would hold a pipe open forever:
        // start it with no pipes attached.
        try tmux.run(["new-session", "-d", "-x", "100", "-y", "40", "-s", "main"] + command, capture: false)
        try tmux.run(["set-option", "-t", "main", "remain-on-exit", "on"])
        return tmux
    }

    /// Runs tmux and waits for it (not with Foundation's Process: see
    /// `ChildProcess`). Output goes through a temporary file: the server that
    /// `new-session` forks keeps any inherited pipe open.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var tmux = try ChildProcess.spawn(
            "tmux", ["-L", socket] + arguments,
            input: .nullDevice, output: capture ? .file(outputPath) : .nullDevice, error: .nullDevice)
        _ = tmux.wait()
        return capture ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
    }

    func send(literal text: String) { _ = try? run(["send-keys", "-t", "main", "-l", text]) }
    func send(keys: String) { _ = try? run(["send-keys", "-t", "main", keys]) }
    func screen() -> String { (try? run(["capture-pane", "-t", "main", "-p"])) ?? "" }
    var isRunning: Bool { (try? run(["display-message", "-t", "main", "-p", "#{pane_dead}"]))?.hasPrefix("0") ?? false }
    func kill() { _ = try? run(["kill-server"]) }

    /// Polls the screen until `condition` holds, for up to 15 seconds.
    func waitFor(_ condition: (String) -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let deadline = Date().addingTimeInterval(15)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out; the screen was:\n\(last)", sourceLocation: sourceLocation)
        throw TimeoutError()
    }

    struct TimeoutError: Error {}

    /// The last line that starts with the prompt, trailing spaces trimmed.
    static func lastPromptLine(_ screen: String) -> String? {
        screen.split(separator: "\n").last { $0.hasPrefix("you>") }.map {
            String($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
