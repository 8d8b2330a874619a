import Analysis
import ArgumentParser
import Dispatch
import Foundation

/// `rehearse analyze`: label utterances with cues, for people (a table) or
/// programs (JSON lines), and measure the analyzer against labelled data.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Label utterances with cues: a readable table, or JSON lines for other programs.",
        discussion: """
            Plain: one utterance per line, printed as a table of cues with the words behind them.
            --jsonl: one JSON object per line, {"text": "...", "previous": "..."} ("previous", the
            other person's line before, is optional); one JSON object per line comes out, in the same
            order, with "cues" and "evidence". A malformed line gives {"line": N, "error": "..."} in
            its place and the exit status is 1 at the end.
            --evaluate FILE: labelled JSON lines with "cues": [...]; prints precision, recall and F1
            per cue, the macro-F1 and the worst confusions.
            """)

    @Argument(help: "A file, or - for standard input.")
    var input: String = "-"

    @Flag(help: "Read and write JSON lines.")
    var jsonl = false

    @Option(help: "Evaluate against a labelled JSON-lines file instead.")
    var evaluate: String?

    @Option(help: "With --evaluate: how many misclassified replies to list.")
    var misses = 0

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Lines analysed together; bounds memory while keeping the cores busy.
    static let batchSize = 2048

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
    }

    func run() throws {
        if let evaluate {
            try runEvaluation(evaluate)
            return
        }
        let stream: LineStream
        do {
            stream = try LineStream(path: input)
        } catch {
            throw ValidationError("cannot read \(input)")
        }
        let analyzer = Analyzer()
        let output = StandardOutput()
        var lineNumber = 0
        var malformed = 0
        let style = jsonl ? Style.plain : Style.forStandardOutput()
        while true {
            let lines = stream.next(Self.batchSize)
            if lines.isEmpty { break }
            let first = lineNumber + 1
            lineNumber += lines.count
            // Each worker writes its own contiguous share of the batch
            // straight into a byte buffer; the shares go out in order.
            let shares = Self.parallelShares(lines.count, jobs: jobs) { range -> (bytes: [UInt8], malformed: Int) in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(range.count * (jsonl ? 480 : 400))
                var malformed = 0
                for index in range {
                    let line = lines[index]
                    if jsonl {
                        switch Self.utterance(line) {
                        case .success(let utterance):
                            AnalysisJSON.append(analyzer.analyze(utterance.text, previous: utterance.previous), to: &bytes)
                        case .failure(let problem):
                            AnalysisJSON.appendError(line: first + index, message: problem.message, to: &bytes)
                            malformed += 1
                        }
                    } else {
                        Self.appendTable(number: first + index, analysis: analyzer.analyze(line), style: style, to: &bytes)
                    }
                    bytes.append(0x0A)
                }
                return (bytes, malformed)
            }
            for share in shares {
                output.write(bytes: share.bytes)
                malformed += share.malformed
            }
        }
        if malformed > 0 {
            FileHandle.standardError.write(Data("rehearse analyze: \(malformed) malformed line(s); see the \"error\" objects in the output\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The common line shape read by hand; anything else through Foundation,
    /// so that every answer and error message stays Foundation's.
    static func utterance(_ line: String) -> Result<Utterance, UtteranceJSON.Problem> {
        var line = line
        if let fast = line.withUTF8({ FastUtteranceJSON.parse($0) }) { return .success(fast) }
        return UtteranceJSON.parse(line)
    }

    /// Splits `0..<count` into `jobs` contiguous shares and runs `work` on
    /// each in parallel; the results come back in order.
    static func parallelShares<T: Sendable>(_ count: Int, jobs: Int, _ work: @Sendable (Range<Int>) -> T) -> [T] {
        if jobs == 1 || count < 64 { return [work(0..<count)] }
        let stride = (count + jobs - 1) / jobs
        var results = [T?](repeating: nil, count: jobs)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                let start = min(worker * stride, count)
                let end = min(start + stride, count)
                slots[worker] = work(start..<end)
            }
        }
        return results.map { $0! }
    }

    /// Maps in parallel over `jobs` threads, keeping the order.
    static func parallelMap<T: Sendable>(_ items: [String], jobs: Int, _ transform: @Sendable (Int, String) -> T) -> [T] {
        if jobs == 1 || items.count < 64 {
            return items.enumerated().map { transform($0.offset, $0.element) }
        }
        var results = [T?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            let stride = (items.count + jobs - 1) / jobs
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                let start = worker * stride
                let end = min(start + stride, items.count)
                guard start < end else { return }
                for index in start..<end { slots[index] = transform(index, items[index]) }
            }
        }
        return results.map { $0! }
    }

    /// `table(number:analysis:style:)` as UTF-8 bytes, without the
    /// intermediate lines, padding and joining.
    static func appendTable(number: Int, analysis: ReplyAnalysis, style: Style, to out: inout [UInt8]) {
        out.append(contentsOf: style.bold(String(number)).utf8)
        out.append(contentsOf: "  ".utf8)
        out.append(contentsOf: analysis.text.utf8)
        if analysis.matches.isEmpty {
            out.append(contentsOf: "\n     ".utf8)
            out.append(contentsOf: style.dim("(no cues)").utf8)
        }
        var longest = 0
        for match in analysis.matches { longest = max(longest, match.cue.rawValue.count) }
        let width = longest + 2
        for match in analysis.matches {
            out.append(contentsOf: "\n     ".utf8)
            out.append(contentsOf: CueTone.of(match.cue).mark(style).utf8)
            out.append(UInt8(ascii: " "))
            let name = match.cue.rawValue
            if name.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII: `padding(toLength:)` is the name and spaces up to `width`.
                out.append(contentsOf: name.utf8)
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width - name.utf8.count))
            } else {
                out.append(contentsOf: name.padding(toLength: width, withPad: " ", startingAt: 0).utf8)
            }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: match.evidence.excerpt.utf8)
            out.append(contentsOf: "\"  ".utf8)
            out.append(contentsOf: style.dim(match.evidence.rule).utf8)
        }
    }

    static func table(number: Int, analysis: ReplyAnalysis, style: Style) -> String {
        var lines = ["\(style.bold(String(number)))  \(analysis.text)"]
        if analysis.matches.isEmpty {
            lines.append("     " + style.dim("(no cues)"))
        }
        let width = (analysis.matches.map(\.cue.rawValue.count).max() ?? 0) + 2
        for match in analysis.matches {
            let name = match.cue.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            lines.append("     \(CueTone.of(match.cue).mark(style)) \(name)\"\(match.evidence.excerpt)\"  \(style.dim(match.evidence.rule))")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Evaluation

    private func runEvaluation(_ path: String) throws {
        let stream: LineStream
        do {
            stream = try LineStream(path: path)
        } catch {
            throw ValidationError("cannot read \(path)")
        }
        let analyzer = Analyzer()
        var evaluation = CueEvaluation()
        var lineNumber = 0
        var problems: [String] = []
        while true {
            let lines = stream.next(Self.batchSize)
            if lines.isEmpty { break }
            let first = lineNumber + 1
            lineNumber += lines.count
            let results = Self.parallelMap(lines, jobs: jobs) { index, line -> Result<(LabelledUtterance, Set<CueName>), UtteranceJSON.Problem>? in
                if line.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
                switch UtteranceJSON.parseLabelled(line) {
                case .success(let item):
                    return .success((item, Set(analyzer.analyze(item.text, previous: item.previous).cues)))
                case .failure(let problem):
                    return .failure(UtteranceJSON.Problem(message: "line \(first + index): \(problem.message)"))
                }
            }
            for (index, result) in results.enumerated() {
                switch result {
                case .success(let (item, predicted))?:
                    evaluation.add(line: first + index, text: item.text, expected: item.cues, predicted: predicted)
                case .failure(let problem)?:
                    problems.append(problem.message)
                case nil:
                    break
                }
            }
        }
        let output = StandardOutput()
        for line in EvaluationReport.render(evaluation, misses: misses) { output.line(line) }
        if !problems.isEmpty {
            for problem in problems.prefix(20) { FileHandle.standardError.write(Data("\(path): \(problem)\n".utf8)) }
            throw ExitCode(1)
        }
    }
}

/// The evaluation as a table.
enum EvaluationReport {
    static func render(_ evaluation: CueEvaluation, misses: Int) -> [String] {
        func pct(_ value: Double?) -> String {
            value.map { String(format: "%5.1f", $0 * 100) } ?? "    –"
        }
        var lines = ["\(evaluation.items) labelled replies", "", "cue                  support  precision  recall     F1"]
        var cues = CueName.builtIn
        cues += evaluation.counts.keys.filter { !cues.contains($0) }.sorted()
        for cue in cues {
            let counts = evaluation.counts[cue] ?? CueEvaluation.Counts()
            lines.append(
                cue.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: "%8d", counts.support) + "      " + pct(counts.precision)
                    + "   " + pct(counts.recall) + "  " + pct(counts.f1))
        }
        lines.append("")
        lines.append("macro-F1 over the contract cues: " + (evaluation.macroF1().map { String(format: "%.3f", $0) } ?? "–"))
        let confusions = evaluation.worstConfusions(10)
        if !confusions.isEmpty {
            lines.append("")
            lines.append("worst confusions (expected → found instead, in the same reply):")
            for (pair, count) in confusions {
                lines.append("  \(count)×  \(pair.missed) → \(pair.instead)")
            }
        }
        if misses > 0 {
            lines.append("")
            lines.append("misclassified replies (first \(misses)):")
            for miss in evaluation.misses.prefix(misses) {
                let missing = miss.missing.isEmpty ? "" : " missing: \(miss.missing.map(\.rawValue).joined(separator: ", "))"
                let extra = miss.extra.isEmpty ? "" : " extra: \(miss.extra.map(\.rawValue).joined(separator: ", "))"
                lines.append("  line \(miss.line): \"\(miss.text)\"\(missing)\(extra)")
            }
        }
        return lines
    }
}
