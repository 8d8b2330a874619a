import ChildProcessSupport
import Scenarios

/// Time from spawning `rehearse play ID --seed 1` to the first line the
/// other person says ("Name: …") on its stdout.
struct FirstLineBenchmark {
    let rehearse: String
    let environment: [String: String]

    /// One spawn. With `.terminal` the line arrives as soon as it is printed
    /// and stdin stays open (a pipe nobody writes to), as when a person is
    /// about to type; with `.pipe` stdin is closed at once, because C's stdout
    /// into a pipe is block-buffered and the line only comes out when the
    /// session ends. Returns nanoseconds, or nil if no such line came.
    func measure(_ scenario: Scenario, stdout kind: ChildProcess.Output) throws -> UInt64? {
        let marker = scenario.partner.name + ":"
        let start = monotonicNanoseconds()
        var child = try ChildProcess.spawn(
            rehearse, ["play", scenario.id, "--seed", "1"], environment: environment, output: kind)
        if kind == .pipe { child.closeInput() }
        let elapsed = child.read(untilLineStartingWith: marker) != nil ? monotonicNanoseconds() - start : nil
        child.closeInput()
        child.drain()
        _ = child.wait()
        return elapsed
    }

    /// `runs` spawns per scenario, after one untimed spawn to warm the file cache.
    func run(_ scenarios: [Scenario], runs: Int, stdout kind: ChildProcess.Output) throws -> [(Scenario, Samples, failures: Int)] {
        try scenarios.map { scenario in
            _ = try measure(scenario, stdout: kind)
            var times: [UInt64] = []
            var failures = 0
            for _ in 0..<runs {
                if let time = try measure(scenario, stdout: kind) { times.append(time) } else { failures += 1 }
            }
            return (scenario, Samples(times), failures)
        }
    }
}
