import ChildProcessSupport
import Foundation
import Glibc
import Testing

/// `ChildProcess` (shared with rehearse-bench) driving `rehearse play`: a
/// terminal for stdout, a long two-way pipe session, exit statuses.
struct ChildProcessTests {
    static let environment = Rehearse.environment(["NO_COLOR": "1"])

    /// Kills the child if the test has not finished with it in 20 seconds,
    /// so that a read waiting for output that never comes ends (and fails).
    static func watchdog(_ child: ChildProcess) -> DispatchWorkItem {
        let pid = child.pid
        let item = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: item)
        return item
    }

    @Test func onATerminalTheOpeningLineComesBeforeAnyReply() throws {
        var child = try ChildProcess.spawn(
            Rehearse.binary.path, ["play", "dishes", "--seed", "1"], environment: Self.environment, output: .terminal)
        let watchdog = Self.watchdog(child)
        // Stdin stays open: line-buffered on a terminal, the line must not wait for input or exit.
        let shown = child.read(untilLineStartingWith: "Tomasz:")
        child.closeInput()
        let rest = child.drain()
        watchdog.cancel()
        let status = child.wait()

        let text = String(decoding: try #require(shown), as: UTF8.self)
        #expect(text.contains("Tomasz: I got in at eleven, the sink was full"))
        #expect(!text.contains("\r\n"), "output post-processing is off")
        #expect(rest > 0, "the session goes on to its end once stdin closes")
        #expect(status == 0)
        #expect(child.input == -1 && child.output == -1)
    }

    /// 72 KB in and about 5 MB out: more than a pipe holds either way, so
    /// writing all the input before reading would block both processes.
    @Test func aLongPipedSessionBlocksNeitherSide() throws {
        let input = String(repeating: "/help\n", count: 12_000) + "/quit\n"
        var child = try ChildProcess.spawn(
            Rehearse.binary.path, ["play", "dishes", "--seed", "1"], environment: Self.environment)
        let watchdog = Self.watchdog(child)
        let (output, status) = child.communicate(input)
        watchdog.cancel()

        let text = String(decoding: output, as: UTF8.self)
        #expect(status == 0)
        #expect(output.count > 1_000_000)
        #expect(text.hasPrefix("The dishes, again"))
        #expect(text.contains("── Stopped before an ending ──"))
    }

    @Test func aChildEndedBySignalReports128PlusIt() throws {
        var child = try ChildProcess.spawn(
            Rehearse.binary.path, ["play", "dishes", "--seed", "1"], environment: Self.environment,
            output: .nullDevice, error: .nullDevice)
        #expect(child.output == -1)
        kill(child.pid, SIGKILL)
        #expect(child.wait() == 128 + SIGKILL)
    }

    @Test func aMissingProgramIsASpawnError() {
        #expect(throws: ChildProcess.SpawnError.self) {
            try ChildProcess.spawn("/nonexistent/rehearse", [], output: .nullDevice)
        }
    }
}
