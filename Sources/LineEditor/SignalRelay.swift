import Glibc
import Synchronization

/// Turns signals that arrive while a line is being read into bytes on a pipe.
///
/// A signal handler may only call async-signal-safe functions, and readline's
/// own functions are not among them. So the handlers only `write()` the signal
/// number to a pipe, and the read loop (which polls that pipe beside stdin)
/// does the real work on the ordinary thread. This is what made Ctrl-C work
/// even inside reverse search.
enum SignalRelay {
    /// The signals relayed while reading: Ctrl-C, a resize, the two that end a
    /// session (so the terminal is restored before the program exits), and
    /// Ctrl-Z with its resumption (the shell puts the terminal back in cooked
    /// mode while the program is stopped).
    static let relayedSignals: [Int32] = [SIGINT, SIGWINCH, SIGTERM, SIGHUP, SIGTSTP, SIGCONT]

    /// The pipe's write end, read by the signal handler; -1 until the pipe exists.
    ///
    /// An atomic rather than a lock, because a handler must never block.
    static let writeEnd = Atomic<Int32>(-1)

    /// The pipe's read end, which the read loop polls; -1 until the pipe exists.
    static let readEnd = Atomic<Int32>(-1)

    /// Creates the pipe once for the life of the program; returns its read end, or nil.
    static func prepare() -> Int32? {
        let existing = readEnd.load(ordering: .acquiring)
        if existing >= 0 { return existing }
        var ends: [Int32] = [-1, -1]
        // Non-blocking on both ends: a handler must not block on a full pipe,
        // and draining must stop when the pipe is empty.
        // (pipe2 is hidden behind _GNU_SOURCE in Glibc's Swift overlay, hence fcntl.)
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, fcntl(end, F_GETFD) | FD_CLOEXEC)
        }
        writeEnd.store(ends[1], ordering: .releasing)
        readEnd.store(ends[0], ordering: .releasing)
        return ends[0]
    }

    /// Installs the relaying handlers and returns what they replaced.
    static func install() -> [Int32: sigaction] {
        var previous: [Int32: sigaction] = [:]
        for signal in relayedSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = relaySignal
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: poll() must wake up with EINTR (it would anyway).
            action.sa_flags = 0
            var old = sigaction()
            if sigaction(signal, &action, &old) == 0 { previous[signal] = old }
        }
        return previous
    }

    /// Stops the process the way `previous` (the program's own disposition) says, then relays again.
    ///
    /// Under SIG_IGN (an orphaned process group) nothing happens; under the
    /// default the process stops here until the shell continues it.
    static func suspend(restoring previous: [Int32: sigaction]) {
        guard var own = previous[SIGTSTP] else { return }
        var relay = sigaction()
        sigaction(SIGTSTP, &own, &relay)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &relay, nil)
    }

    /// Puts back the handlers that `install()` replaced.
    static func restore(_ previous: [Int32: sigaction]) {
        for (signal, var action) in previous {
            sigaction(signal, &action, nil)
        }
    }

    /// Reads every signal number waiting on the pipe, oldest first.
    static func drain() -> [Int32] {
        let fd = readEnd.load(ordering: .acquiring)
        guard fd >= 0 else { return [] }
        var signals: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                signals.append(contentsOf: buffer[..<count].map { Int32($0) })
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return signals
            }
        }
    }
}

/// Writes the signal number to the pipe; async-signal-safe, and keeps errno.
private let relaySignal: @convention(c) (Int32) -> Void = { signal in
    let fd = SignalRelay.writeEnd.load(ordering: .relaxed)
    guard fd >= 0 else { return }
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(fd, &byte, 1)
    errno = savedErrno
}
