import ChildProcessSupport
import Scenarios

/// A whole `rehearse play ID --seed 1` session fed a long transcript through
/// a pipe, from spawn to exit.
struct PipedSessionBenchmark {
    let rehearse: String
    let environment: [String: String]

    struct Result {
        var samples: Samples
        /// The same command with only `/quit` piped in: start-up and exit.
        var emptySession: Samples
        var replies: Int
        var restarts: Int
        /// Whether every run stopped at `/quit` rather than at an ending.
        var reachedQuit: Bool
        var outputBytes: Int
    }

    func run(_ scenario: Scenario, replies count: Int, runs: Int) throws -> Result {
        let session = Transcript.pipedSession(for: scenario, seed: 1, replies: count)
        let input = session.lines.joined(separator: "\n") + "\n"
        let replies = session.lines.filter { !$0.hasPrefix("/") }.count
        var times: [UInt64] = []
        var emptyTimes: [UInt64] = []
        var reachedQuit = true
        var outputBytes = 0
        for _ in 0..<runs {
            emptyTimes.append(try time(scenario, "/quit\n").nanoseconds)
            let (elapsed, output, status) = try time(scenario, input)
            times.append(elapsed)
            let text = String(decoding: output, as: UTF8.self)
            reachedQuit = reachedQuit && status == 0 && text.contains("── Stopped before an ending ──")
            outputBytes = output.count
        }
        return Result(samples: Samples(times), emptySession: Samples(emptyTimes), replies: replies, restarts: session.restarts,
                      reachedQuit: reachedQuit, outputBytes: outputBytes)
    }

    private func time(_ scenario: Scenario, _ input: String) throws -> (nanoseconds: UInt64, output: [UInt8], status: Int32) {
        let start = monotonicNanoseconds()
        var child = try ChildProcess.spawn(
            rehearse, ["play", scenario.id, "--seed", "1"], environment: environment, output: .pipe)
        let (output, status) = child.communicate(input)
        return (monotonicNanoseconds() - start, output, status)
    }
}
