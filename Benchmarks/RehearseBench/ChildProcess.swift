import Foundation
import Glibc

/// A child started with `posix_spawn`: its stdin is a pipe we write, its
/// stdout a pipe or a pseudo-terminal we read, its stderr ours.
///
/// Not Foundation's `Process`: its `waitUntilExit` was seen to hang here
/// when children fork, and a child spawned from a thread that blocks signals
/// would inherit that mask. So: posix_spawn with an empty signal mask, then
/// waitpid.
struct ChildProcess {
    /// What the child's stdout is.
    enum Output {
        /// A pipe: C's stdout is then fully buffered in the child.
        case pipe
        /// A pseudo-terminal, as for a person at a terminal: C's stdout is
        /// line-buffered, so each line arrives when printed.
        case terminal
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    /// Our end of the child's stdin; -1 once closed.
    private(set) var input: Int32
    /// Our end of the child's stdout.
    let output: Int32

    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                      output kind: Output) throws -> ChildProcess {
        let stdinPipe = try makePipe()

        var readEnd: Int32 = -1
        var childOut: Int32 = -1
        switch kind {
        case .pipe:
            let stdoutPipe = try makePipe()
            readEnd = stdoutPipe[0]
            childOut = stdoutPipe[1]
        case .terminal:
            (readEnd, childOut) = try openTerminal()
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies, so only fds 0 and 1 reach the child.
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, childOut, 1)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        // We ignore SIGPIPE; the child should not inherit that.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(stdinPipe[0])
        close(childOut)
        guard status == 0 else {
            close(stdinPipe[1])
            close(readEnd)
            throw SpawnError(description: "posix_spawn \(executable): \(String(cString: strerror(status)))")
        }
        return ChildProcess(pid: pid, input: stdinPipe[1], output: readEnd)
    }

    /// A pipe whose ends close on exec (this program spawns from one thread,
    /// so setting the flag after `pipe` leaks nothing).
    private static func makePipe() throws -> [Int32] {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw SpawnError(description: "pipe: \(errnoText())") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return ends
    }

    /// A pseudo-terminal pair with output post-processing off (no "\r\n").
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

    /// Reads what is there, blocking until something is; nil at end of output.
    /// (A pseudo-terminal reports EIO once the child has closed it.)
    func read(into buffer: inout [UInt8]) -> Int? {
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

    mutating func closeInput() {
        if input >= 0 {
            close(input)
            input = -1
        }
    }

    /// Reads and drops the rest of the output; returns how many bytes there were.
    @discardableResult
    func drain() -> Int {
        var total = 0
        var sink: [UInt8] = []
        while let count = read(into: &sink) {
            total += count
            sink.removeAll(keepingCapacity: true)
        }
        return total
    }

    /// Waits for the child to exit and closes our ends; the exit status, or
    /// 128 + signal.
    mutating func wait() -> Int32 {
        closeInput()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(output)
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Writes `input` and reads all output at once (poll, so neither side
    /// blocks on a full pipe), then waits. Returns the output and exit status.
    mutating func communicate(_ text: String) -> (output: [UInt8], status: Int32) {
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

func errnoText() -> String { String(cString: strerror(errno)) }
