import ChildProcessSupport
import Foundation
import Glibc
import Scenarios

/// `rehearse-bench`: prints how fast Rehearse is. Figures only; it asserts
/// nothing and exits 0 whatever it measures.
@main
struct RehearseBench {
    struct Options {
        var runs = 30
        var replies = 20_000
        var pipedReplies = 2_000
        var pipedRuns = 5
        var scenarios = ShippedScenarios.defaultFolder

        static let usage = """
            usage: rehearse-bench [--runs N] [--replies N] [--piped-replies N] [--piped-runs N] [--scenarios DIR]
              --runs N           spawns of `rehearse play ID` per scenario for the first line (default 30)
              --replies N        replies per scenario for the in-process per-turn figures (default 20000)
              --piped-replies N  replies in the piped session (default 2000)
              --piped-runs N     piped sessions to time (default 5)
              --scenarios DIR    the shipped scenarios (default: the repository's Scenarios/)
            """

        init(_ arguments: [String]) {
            var rest = arguments[...]
            while let flag = rest.popFirst() {
                if flag == "-h" || flag == "--help" {
                    print(Self.usage)
                    exit(0)
                }
                guard let value = rest.popFirst() else { Self.fail("\(flag) needs a value") }
                switch flag {
                case "--scenarios": scenarios = value
                case "--runs": runs = Self.count(flag, value)
                case "--replies": replies = Self.count(flag, value)
                case "--piped-replies": pipedReplies = Self.count(flag, value)
                case "--piped-runs": pipedRuns = Self.count(flag, value)
                default: Self.fail("unknown option \(flag)")
                }
            }
        }

        private static func count(_ flag: String, _ value: String) -> Int {
            guard let number = Int(value), number > 0 else { fail("\(flag) needs a positive number") }
            return number
        }

        private static func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data("rehearse-bench: \(message)\n\(usage)\n".utf8))
            exit(2)
        }
    }

    static func main() {
        // A child that exits early must not kill us when we write to its stdin.
        signal(SIGPIPE, SIG_IGN)
        let options = Options(Array(CommandLine.arguments.dropFirst()))
        let scenarios = ShippedScenarios.load(from: options.scenarios)
        guard !scenarios.isEmpty else {
            print("No scenarios load from \(options.scenarios); pass --scenarios DIR.")
            return
        }
        print("Scenarios: \(scenarios.map(\.id).joined(separator: ", ")) (from \(options.scenarios))")
        print()

        let home = NSTemporaryDirectory() + "rehearse-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = ProcessInfo.processInfo.environment
        environment["REHEARSE_HOME"] = home
        environment["REHEARSE_SCENARIOS"] = options.scenarios
        environment["NO_COLOR"] = "1"

        let rehearse = siblingExecutable("rehearse")
        if let rehearse {
            do {
                try reportFirstLine(FirstLineBenchmark(rehearse: rehearse, environment: environment), scenarios, options)
            } catch {
                print("First line: could not run \(rehearse): \(error)\n")
            }
        } else {
            print("First line: skipped, no `rehearse` beside this binary (build it: swift build -c release --product rehearse)\n")
        }

        reportPerTurn(scenarios, options)

        if let rehearse, let dishes = scenarios.first(where: { $0.id == "dishes" }) ?? scenarios.first {
            do {
                try reportPiped(PipedSessionBenchmark(rehearse: rehearse, environment: environment), dishes, options)
            } catch {
                print("Piped session: could not run \(rehearse): \(error)")
            }
        }
    }

    /// `name` in the folder this binary is in (SwiftPM's products folder).
    static func siblingExecutable(_ name: String) -> String? {
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        let own = length > 0
            ? String(decoding: path[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : CommandLine.arguments[0]
        let sibling = ((own as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }

    /// `text` left-aligned in `width` columns, always followed by at least
    /// one space so a long scenario id never runs into its figures.
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func reportFirstLine(_ benchmark: FirstLineBenchmark, _ scenarios: [Scenario], _ options: Options) throws {
        print("== First partner line: `rehearse play ID --seed 1`, \(options.runs) spawns each, stdin a pipe ==")
        print("   wall time from spawn to the line \"Name: …\" on stdout; min / median / p90 / max, ms")
        let kinds: [(ChildProcess.Output, String)] = [
            (.terminal, "stdout a terminal (pty; the line is flushed when printed, as a person sees it):"),
            (.pipe, "stdout a pipe, stdin closed at once (block-buffered: the line leaves only at exit):"),
        ]
        for (kind, title) in kinds {
            print("  " + title)
            for (scenario, samples, failures) in try benchmark.run(scenarios, runs: options.runs, stdout: kind) {
                let figures = [samples.min, samples.percentile(50), samples.percentile(90), samples.max]
                    .map(milliseconds).joined(separator: " / ")
                let missing = failures > 0 ? "  (\(failures) runs never showed the line)" : ""
                print("    " + padded(scenario.id, 20) + figures + missing)
            }
        }
        // Where the time goes: `play ID` loads every shipped file to resolve the id.
        var loads: [UInt64] = []
        for _ in 0..<10 {
            let start = monotonicNanoseconds()
            _ = ShippedScenarios.load(from: options.scenarios)
            loads.append(monotonicNanoseconds() - start)
        }
        print("  in process, for comparison: loading all \(scenarios.count) scenario files (as `rehearse list` does; `play ID` loads only its own) takes"
            + " median \(milliseconds(Samples(loads).percentile(50))) ms of 10")
        print()
    }

    static func reportPerTurn(_ scenarios: [Scenario], _ options: Options) {
        print("== Per turn, in process: \(options.replies) replies per scenario, seed 1 ==")
        print("   replies: every node's examples alternating with \(Transcript.varied.count) varied ones; restart() at each ending (untimed)")
        var checksum = 0
        var all: [(Scenario, [String], PerTurnBenchmark.Result)] = []
        for scenario in scenarios {
            let replies = Transcript.replies(for: scenario, count: options.replies)
            // Warm up: first use of lexicons and the allocator, outside the figures.
            checksum &+= PerTurnBenchmark.play(scenario, Array(replies.prefix(500)), scoring: true).checksum
            all.append((scenario, replies, PerTurnBenchmark.play(scenario, replies, scoring: false)))
        }
        func line(_ name: String, _ samples: Samples, _ note: String) -> String {
            let perSecond = samples.total > 0 ? Double(samples.count) / (Double(samples.total) / 1e9) : 0
            return "    " + padded(name, 20) + "mean \(microseconds(samples.mean)) µs  p50 \(microseconds(samples.percentile(50))) µs"
                + "  p99 \(microseconds(samples.percentile(99))) µs  max \(microseconds(samples.max)) µs  \(format(perSecond, 0)) turns/s" + note
        }

        print("  (a) respond alone: analysis + branch + meter effects")
        var combined: [UInt64] = []
        for (scenario, _, result) in all {
            checksum &+= result.checksum
            combined += result.samples.sorted
            print(line(scenario.id, result.samples, "  (\(result.restarts) restarts, \(result.crises) crisis pauses)"))
        }
        print(line("all", Samples(combined), ""))

        print("  (b) respond + every rubric over all turns so far, every turn (what /score costs;")
        print("      the REPL itself scores only on /score and at the end)")
        combined = []
        for (scenario, replies, _) in all {
            let result = PerTurnBenchmark.play(scenario, replies, scoring: true)
            checksum &+= result.checksum
            combined += result.samples.sorted
            let mean = format(Double(result.scoredReplies) / Double(max(result.samples.count, 1)), 1)
            print(line(scenario.id, result.samples, "  (\(mean) replies scored per turn on average)"))
        }
        print(line("all", Samples(combined), ""))

        print("  (c) every rubric over one \(options.replies)-reply transcript, once (the report at the end of a very long session)")
        for (scenario, _, result) in all {
            let (samples, sum) = PerTurnBenchmark.scoreOnce(scenario, result.transcript, runs: 5)
            checksum &+= sum
            let rubrics = ShippedScenarios.rubrics(for: scenario).map(\.name).joined(separator: ", ")
            print("    " + padded(scenario.id, 20) + "median \(milliseconds(samples.percentile(50))) ms of 5"
                + "  (\(result.transcript.count) replies; \(rubrics))")
        }
        print("  checksum \(checksum)")
        print()
    }

    static func reportPiped(_ benchmark: PipedSessionBenchmark, _ scenario: Scenario, _ options: Options) throws {
        let result = try benchmark.run(scenario, replies: options.pipedReplies, runs: options.pipedRuns)
        print("== Piped session: `rehearse play \(scenario.id) --seed 1` (practice mode), \(options.pipedRuns) runs ==")
        print("   \(result.replies) replies piped in, with /restart before the \(result.restarts) that would have ended it, then /quit")
        let median = result.samples.percentile(50)
        let empty = result.emptySession.percentile(50)
        let replies = Double(max(result.replies, 1))
        print("    wall median \(milliseconds(median)) ms (min \(milliseconds(result.samples.min)), max \(milliseconds(result.samples.max)));"
            + " \(result.outputBytes) bytes of output")
        print("    piped per reply: \(microseconds(Double(median) / replies)) µs"
            + "  (\(microseconds(Double(median > empty ? median - empty : 0) / replies)) µs after taking off"
            + " start-up and exit: median \(milliseconds(empty)) ms with only /quit piped in)")
        if !result.reachedQuit {
            print("    note: a run did not stop at /quit (it reached an ending or failed), so fewer replies were answered")
        }
    }
}
