import Glibc
import Synchronization

/// A child started with `posix_spawn` and reaped with `waitpid`, for the
/// programs that run other programs: `rehearse-bench` and the end-to-end
/// tests. Not part of `rehearse` itself.
///
/// Not Foundation's `Process`: its `waitUntilExit` was seen to hang when
/// children fork (tmux's `new-session` stayed a zombie and the wait never
/// returned). And a child inherits its parent thread's signal mask, while
/// Swift and Dispatch threads (test threads among them) block signals: a
/// child spawned from one would never see Ctrl-C. So every child starts with
/// nothing blocked and default handlers for the signals a terminal program
/// relies on.
public struct ChildProcess {
    /// What the child's stdin is.
    public enum Input: Equatable, Sendable {
        /// A pipe we write (`input`); closing it is the child's end of input.
        case pipe
        /// `/dev/null`: end of input at once.
        case nullDevice
    }

    /// What the child's stdout is.
    public enum Output: Equatable, Sendable {
        /// A pipe we read (`output`): C's stdout is then fully buffered in the child.
        case pipe
        /// A pseudo-terminal we read (`output`), as for a person at a terminal:
        /// C's stdout is line-buffered, so each line arrives when printed.
        /// Output post-processing and echo are off (no "\r\n", no input echoed).
        case terminal
        /// A file, created or truncated, readable by its owner only. For a
        /// child whose own children would hold a pipe open long after it exits.
        case file(String)
        /// `/dev/null`.
        case nullDevice
    }

    /// What the child's stderr is.
    public enum ErrorOutput: Equatable, Sendable {
        /// Ours.
        case inherited
        /// `/dev/null`.
        case nullDevice
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reset to their default handlers in the child: a handler or `SIG_IGN`
    /// of ours (we may ignore SIGPIPE) must not carry over.
    private static let defaultSignals = [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD, SIGPIPE]

    public let pid: pid_t
    /// Our end of the child's stdin with `Input.pipe`; -1 otherwise or once closed.
    public private(set) var input: Int32
    /// Our end of the child's stdout with `Output.pipe` or `.terminal`; -1
    /// otherwise or once the child is reaped.
    public private(set) var output: Int32

    /// Held from making a child's pipes to spawning it: a child spawned from
    /// another thread meanwhile would inherit them before they close on exec.
    private static let spawning = Mutex(())

    /// Starts `executable` (a path, or a name looked up in `PATH`) with
    /// `arguments`. `environment` nil passes on ours.
    public static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        input inputKind: Input = .pipe, output outputKind: Output = .pipe, error errorKind: ErrorOutput = .inherited
    ) throws -> ChildProcess {
        try spawning.withLock { _ in
            try spawnLocked(executable, arguments, environment, inputKind, outputKind, errorKind)
        }
    }

    private static func spawnLocked(
        _ executable: String, _ arguments: [String], _ environment: [String: String]?,
        _ inputKind: Input, _ outputKind: Output, _ errorKind: ErrorOutput
    ) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Our ends and the child's, all close-on-exec: only what is dup2'd
        // onto 0, 1 and 2 (dup2 clears the flag on the copy) reaches the child.
        var ours: [Int32] = []
        var childs: [Int32] = []
        defer { childs.forEach { close($0) } }
        /// Gives the child `theirs` as `descriptor`; returns `ours`.
        func connect(_ ends: (ours: Int32, theirs: Int32), as descriptor: Int32) -> Int32 {
            ours.append(ends.ours)
            childs.append(ends.theirs)
            posix_spawn_file_actions_adddup2(&actions, ends.theirs, descriptor)
            return ends.ours
        }
        var input: Int32 = -1
        var output: Int32 = -1
        do {
            switch inputKind {
            case .pipe:
                let ends = try makePipe()
                input = connect((ends.write, ends.read), as: 0)
            case .nullDevice:
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            }
            switch outputKind {
            case .pipe:
                let ends = try makePipe()
                output = connect((ends.read, ends.write), as: 1)
            case .terminal:
                let ends = try openTerminal()
                output = connect((ends.master, ends.slave), as: 1)
            case .file(let path):
                posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            case .nullDevice:
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            }
        } catch {
            ours.forEach { close($0) }
            throw error
        }
        if errorKind == .nullDevice {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in defaultSignals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        var pid: pid_t = 0
        // posix_spawnp takes a name with a slash as a path, as posix_spawn does.
        let status = envp.map { posix_spawnp(&pid, executable, &actions, &attributes, argv, $0) }
            ?? posix_spawnp(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else {
            ours.forEach { close($0) }
            throw SpawnError(description: "posix_spawn \(executable): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid, input: input, output: output)
    }

    /// A pipe whose ends close on exec. Glibc's Swift module has no `pipe2`,
    /// so the flag is set after `pipe`; `spawning` keeps other spawns of ours
    /// out of that gap. (Foundation's `Process` closes every inherited
    /// descriptor in its children.)
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SpawnError(description: "pipe: \(errnoText())") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// A pseudo-terminal pair, close-on-exec as the pipes are, with output
    /// post-processing and echo off.
    private static func openTerminal() throws -> (master: Int32, slave: Int32) {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else {
            throw SpawnError(description: "openpty: \(errnoText())")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var settings = termios()
        if tcgetattr(slave, &settings) == 0 {
            settings.c_oflag &= ~tcflag_t(OPOST)
            settings.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(slave, TCSANOW, &settings)
        }
        return (master, slave)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Reads what is there onto the end of `buffer`, blocking until something
    /// is; the count, or nil at end of output. (A pseudo-terminal reports EIO
    /// once the child has closed it; that is an end too.)
    public func read(into buffer: inout [UInt8]) -> Int? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress!, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return count
            }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Reads until a whole line (one ended by "\n") starts with `marker`.
    /// Returns all output read so far, which may go on past that line, or nil
    /// if the output ended first.
    public func read(untilLineStartingWith marker: String) -> [UInt8]? {
        let marker = Array(marker.utf8)
        var buffer: [UInt8] = []
        var lineStart = 0
        while read(into: &buffer) != nil {
            while let newline = buffer[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                if buffer[lineStart..<newline].starts(with: marker) { return buffer }
                lineStart = newline + 1
            }
        }
        return nil
    }

    /// Reads and drops the rest of the output; returns how many bytes there were.
    @discardableResult
    public func drain() -> Int {
        var total = 0
        var sink: [UInt8] = []
        while let count = read(into: &sink) {
            total += count
            sink.removeAll(keepingCapacity: true)
        }
        return total
    }

    /// Closes our end of the child's stdin: it reads end of input.
    public mutating func closeInput() {
        if input >= 0 {
            close(input)
            input = -1
        }
    }

    /// Closes stdin, waits for the child to exit and closes our end of its
    /// stdout. Returns its exit status, or 128 + the signal that ended it.
    public mutating func wait() -> Int32 {
        closeInput()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if output >= 0 {
            close(output)
            output = -1
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Writes `text` to stdin, then closes it, while reading all of stdout
    /// (poll, so neither side blocks on a full pipe); then waits. Needs
    /// `Input.pipe` and an `Output` we read. Returns the output and the
    /// status `wait()` gives. Ignore SIGPIPE in this process first: a child
    /// that stops reading would otherwise end it.
    public mutating func communicate(_ text: String) -> (output: [UInt8], status: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        var collected: [UInt8] = []
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var outputOpen = true
        if bytes.isEmpty { closeInput() }
        while outputOpen {
            var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if input >= 0 { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[0].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { Glibc.read(output, $0.baseAddress!, $0.count) }
                if count > 0 {
                    collected.append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR && errno != EAGAIN {
                    outputOpen = false
                }
            }
            if fds.count > 1 && fds[1].revents != 0 {
                let written = bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress! + offset, $0.count - offset) }
                if written > 0 {
                    offset += written
                } else if written < 0 && errno != EAGAIN && errno != EINTR {
                    offset = bytes.count  // the child stopped reading
                }
                if offset >= bytes.count { closeInput() }
            }
        }
        return (collected, wait())
    }
}
