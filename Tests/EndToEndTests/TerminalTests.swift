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

    /// Runs tmux with posix_spawn and waitpid. Foundation's Process did not
    /// notice the `new-session` client exit (it stayed a zombie and the wait
    /// never returned), so this stays close to the system. Output goes
    /// through a temporary file: the server that `new-session` forks keeps
    /// any inherited pipe open.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        // Test threads (libdispatch workers) block signals, and a spawned
        // process inherits that mask: tmux and the app under it would never
        // see Ctrl-C. Start it with nothing blocked and default handlers.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard status == 0 else { throw SpawnError(code: status) }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1 && errno == EINTR {}
        return capture ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
    }

    struct SpawnError: Error { let code: Int32 }

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
