import Analysis
import ArgumentParser
import Dispatch
import Foundation
import Synchronization

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
            Cues come from the written rules (docs/cues.md) and, where the rules found nothing, from
            a word model trained on the labelled sets (docs/cue-model.md); its evidence says
            "word model" and names the words that weighed. Where the model gives a rule's cue very
            little weight, it overrules it: the match is listed as "overruled" with the model's
            figure. --rules-only leaves the model out, as `play` and `test` do.
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

    @Flag(help: "Only the written rules: no cue from the word model (as in play and test).")
    var rulesOnly = false

    /// Lines analysed together by `--evaluate`.
    static let batchSize = 2048
    /// Input bytes per batch of `analyze` (about 500 corpus lines).
    static let batchBytes = 64 << 10

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs needs at least 1") }
    }

    func run() throws {
        if let evaluate {
            try runEvaluation(evaluate)
            return
        }
        let file: InputFile
        do {
            file = try InputFile(path: input)
        } catch {
            throw ValidationError("cannot read \(input)")
        }
        try Self.analyze(file, jsonl: jsonl, jobs: jobs, usesWordModel: !rulesOnly)
    }

    /// Answers every line of `file` on standard output; throws `ExitCode(1)`
    /// at the end if any line was malformed.
    static func analyze(_ file: InputFile, jsonl: Bool, jobs: Int, usesWordModel: Bool = true) throws {
        let analyzer = Analyzer(usesWordModel: usesWordModel)
        let work: @Sendable (LineBatch, inout AnswerScratch) -> Void
        if jsonl {
            work = { batch, scratch in answerJSON(batch, analyzer: analyzer, scratch: &scratch) }
        } else {
            let style = TableStyle(Style.forStandardOutput())
            work = { batch, scratch in answerTable(batch, analyzer: analyzer, style: style, scratch: &scratch) }
        }
        let malformed = runPipeline(file: file, jobs: jobs, batchBytes: batchBytes, work: work)
        if malformed > 0 {
            FileHandle.standardError.write(Data("rehearse analyze: \(malformed) malformed line(s); see the \"error\" objects in the output\n".utf8))
            throw ExitCode(1)
        }
    }

    /// One JSON answer per line of `batch` into its output.
    static func answerJSON(_ batch: LineBatch, analyzer: Analyzer, scratch: inout AnswerScratch) {
        var out = batch.output
        out.reset()
        var malformed = 0
        for index in 0..<batch.lineCount {
            let line = batch.line(index)
            if let fast = FastUtteranceJSON.parse(line) {
                AnalysisJSON.append(analyzer.analyze(fast.text, previous: fast.previous), to: &out, scratch: &scratch)
            } else {
                switch UtteranceJSON.parse(String(decoding: line, as: UTF8.self)) {
                case .success(let utterance):
                    AnalysisJSON.append(analyzer.analyze(utterance.text, previous: utterance.previous), to: &out, scratch: &scratch)
                case .failure(let problem):
                    AnalysisJSON.appendError(line: batch.firstLine + index, message: problem.message, to: &out)
                    malformed += 1
                }
            }
            out.append(0x0A)
        }
        batch.output = out
        batch.malformed = malformed
    }

    /// One table per line of `batch` into its output.
    static func answerTable(_ batch: LineBatch, analyzer: Analyzer, style: TableStyle, scratch: inout AnswerScratch) {
        var out = batch.output
        out.reset()
        for index in 0..<batch.lineCount {
            let text = String(decoding: batch.line(index), as: UTF8.self)
            appendTable(number: batch.firstLine + index, analysis: analyzer.analyze(text), style: style, to: &out, scratch: &scratch)
            out.append(0x0A)
        }
        batch.output = out
    }

    /// Reads `file` in batches, runs `work` on each and writes the batches'
    /// outputs to standard output in input order; returns the sum of their
    /// malformed lines. With one job, everything runs on this thread. With
    /// more, `jobs` worker threads take batches as they come while this
    /// thread reads the next ones and writes finished ones: a ring of
    /// `2 * jobs + 2` batches, each with a `ready` semaphore (filled, for a
    /// worker) and a `done` one (answered, for the writer). Batch `n` lives
    /// in slot `n % slots`; the writer waits for batch `n - slots` to be done
    /// and written before refilling its slot, so memory stays flat and the
    /// order is the input's. Workers claim batch numbers from a shared
    /// counter; at most `jobs` claims are outstanding, fewer than the
    /// slots, so no two workers wait on one slot at a time. The input ends
    /// with `jobs` end batches, one per worker.
    static func runPipeline(file: InputFile, jobs: Int, batchBytes: Int,
                            work: @escaping @Sendable (LineBatch, inout AnswerScratch) -> Void) -> Int {
        var reader = BatchReader(file: file, batchBytes: batchBytes, shares: min(jobs, 32))
        defer { reader.free() }
        fflush(nil)
        var malformed = 0
        if jobs == 1 {
            let batch = LineBatch(capacity: batchBytes)
            var scratch = AnswerScratch()
            defer { scratch.free() }
            while reader.fill(batch) {
                work(batch, &scratch)
                writeOut(batch.output.bytes)
                malformed += batch.malformed
            }
            return malformed
        }
        // More threads than this cannot help on any machine this runs on,
        // and each costs two batches of memory.
        let jobs = min(jobs, 32)
        let slots = (0..<(2 * jobs + 2)).map { _ in Slot(capacity: batchBytes) }
        let claims = BatchClaims()
        for _ in 0..<jobs {
            let thread = Thread {
                var scratch = AnswerScratch()
                while true {
                    let slot = slots[claims.next() % slots.count]
                    slot.ready.wait()
                    if slot.batch.isEnd { break }
                    work(slot.batch, &scratch)
                    slot.done.signal()
                }
                scratch.free()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var posted = 0
        var written = 0
        func writeOldest() {
            let slot = slots[written % slots.count]
            slot.done.wait()
            writeOut(slot.batch.output.bytes)
            malformed += slot.batch.malformed
            written += 1
        }
        while true {
            if posted - written == slots.count { writeOldest() }
            let slot = slots[posted % slots.count]
            guard reader.fill(slot.batch) else { break }
            slot.ready.signal()
            posted += 1
        }
        let batches = posted
        for _ in 0..<jobs {
            if posted - written == slots.count { writeOldest() }
            let slot = slots[posted % slots.count]
            slot.batch.isEnd = true
            slot.ready.signal()
            posted += 1
        }
        while written < batches { writeOldest() }
        return malformed
    }

    /// A batch in the pipeline's ring, with its two hand-over semaphores.
    final class Slot: Sendable {
        let batch: LineBatch
        let ready = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        init(capacity: Int) { batch = LineBatch(capacity: capacity) }
    }

    /// Batch numbers for the workers, in order.
    final class BatchClaims: Sendable {
        private let counter = Atomic<Int>(0)
        func next() -> Int { counter.wrappingAdd(1, ordering: .relaxed).oldValue }
    }

    /// Writes all of `bytes` to standard output, retrying short writes (as
    /// `StandardOutput.write(bytes:)`; a failed write drops the rest).
    static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(1, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// The common line shape read by hand; anything else through Foundation,
    /// so that every answer and error message stays Foundation's.
    static func utterance(_ line: String) -> Result<Utterance, UtteranceJSON.Problem> {
        var line = line
        if let fast = line.withUTF8({ FastUtteranceJSON.parse($0) }) { return .success(fast) }
        return UtteranceJSON.parse(line)
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
    /// intermediate lines, padding and joining; marks, names and rules
    /// come from `scratch`, made once per distinct string.
    static func appendTable(number: Int, analysis: ReplyAnalysis, style: TableStyle, to out: inout ByteBuffer,
                            scratch: inout AnswerScratch) {
        out.append(style.boldOpen.bytes)
        out.appendInt(number)
        out.append(style.boldClose.bytes)
        out.appendASCII("  ")
        out.append(analysis.text)
        analysis.matches.withUnsafeBufferPointer { matches in
            if matches.isEmpty {
                out.appendASCII("\n     ")
                out.append(style.noCues.bytes)
                return
            }
            let makeCue: (String, inout ByteBuffer) -> Int = { name, arena in
                arena.append(style.mark(CueTone.of(CueName(rawValue: name))).bytes)
                arena.append(UInt8(ascii: " "))
                arena.append(name)
                return name.utf8.allSatisfy({ $0 < 0x80 }) ? name.utf8.count : -name.count
            }
            var longest = 0
            var ascii = true
            for index in matches.indices {
                let width = scratch.tableCues.entry(matches[index].cue.rawValue, make: makeCue).extra
                if width < 0 { ascii = false }
                longest = max(longest, abs(width))
            }
            let width = longest + 2
            for index in matches.indices {
                out.appendASCII("\n     ")
                let name = matches[index].cue.rawValue
                if ascii {
                    // ASCII: `padding(toLength:)` is the name and spaces up to `width`.
                    let cue = scratch.tableCues.entry(name, make: makeCue)
                    out.append(cue.bytes)
                    out.appendSpaces(width - cue.extra)
                } else {
                    out.append(style.mark(CueTone.of(matches[index].cue)).bytes)
                    out.append(UInt8(ascii: " "))
                    out.append(name.padding(toLength: width, withPad: " ", startingAt: 0))
                }
                out.append(UInt8(ascii: "\""))
                out.append(matches[index].evidence.excerpt)
                out.appendASCII("\"  ")
                out.append(scratch.tableRules.entry(matches[index].evidence.rule) { rule, arena in
                    arena.append(style.dimOpen.bytes)
                    arena.append(rule)
                    arena.append(style.dimClose.bytes)
                    return 0
                }.bytes)
            }
        }
        for item in analysis.overruled {
            out.appendASCII("\n     ")
            out.append(style.dimOpen.bytes)
            out.append(overruledRow(item))
            out.append(style.dimClose.bytes)
        }
    }

    /// A rule's match the word model overruled, as a table row (dimmed by
    /// the caller): the rule's cue, words and rule, then why it does not count.
    static func overruledRow(_ item: OverruledMatch) -> String {
        "overruled: \(item.match.cue.rawValue) \"\(item.match.evidence.excerpt)\"  \(item.match.evidence.rule); \(item.reason)"
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
        for item in analysis.overruled {
            lines.append("     " + style.dim(overruledRow(item)))
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
        let analyzer = Analyzer(usesWordModel: !rulesOnly)
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

extension ByteBuffer {
    /// Appends `count` spaces (none when `count` <= 0), eight bytes a
    /// store: room for the last store's overhang is reserved, and only
    /// `count` bytes are counted. (A byte a time was seven instructions a
    /// space, some 19 spaces a table row.)
    @inline(__always)
    mutating func appendSpaces(_ count: Int) {
        guard count > 0 else { return }
        reserve(count + 8)
        let to = UnsafeMutableRawPointer(base + self.count)
        var written = 0
        while written < count {
            to.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: written, as: UInt64.self)
            written &+= 8
        }
        advance(by: count)
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

/// `Style`'s pieces of the table, as bytes made once.
struct TableStyle: Sendable {
    let boldOpen: StaticBytes, boldClose: StaticBytes
    let dimOpen: StaticBytes, dimClose: StaticBytes
    let noCues: StaticBytes
    /// `CueTone.mark(_:)` for each tone (a tuple, not an array: the style
    /// copies without reference counting).
    let marks: (helpful: StaticBytes, harmful: StaticBytes, neutral: StaticBytes)

    init(_ style: Style) {
        // The wrappers around an empty marker, split at it.
        func around(_ wrap: (String) -> String) -> (StaticBytes, StaticBytes) {
            let wrapped = Array(wrap("\u{0}").utf8)
            let split = wrapped.firstIndex(of: 0)!
            return (StaticBytes(wrapped[..<split]), StaticBytes(wrapped[(split + 1)...]))
        }
        (boldOpen, boldClose) = around(style.bold)
        (dimOpen, dimClose) = around(style.dim)
        noCues = StaticBytes(style.dim("(no cues)").utf8)
        marks = (StaticBytes(CueTone.helpful.mark(style).utf8), StaticBytes(CueTone.harmful.mark(style).utf8),
                 StaticBytes(CueTone.neutral.mark(style).utf8))
    }

    func mark(_ tone: CueTone) -> StaticBytes {
        switch tone {
        case .helpful: marks.helpful
        case .harmful: marks.harmful
        case .neutral: marks.neutral
        }
    }
}

/// A few bytes made once and kept for the life of the process (a style's
/// escape codes): never freed.
struct StaticBytes: @unchecked Sendable {
    // @unchecked: the memory is written once in `init` and only read after.
    let bytes: UnsafeBufferPointer<UInt8>

    init<S: Sequence>(_ source: S) where S.Element == UInt8 {
        let array = Array(source)
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(array.count, 1))
        _ = memory.initialize(from: array)
        bytes = UnsafeBufferPointer(start: memory.baseAddress, count: array.count)
    }
}

/// The start of `rehearse analyze` without ArgumentParser, for `main`.
public enum AnalyzeStart {
    /// `rehearse analyze [--jsonl] [--rules-only] [--jobs N] [FILE|-]`, the shape scripts
    /// and benchmarks use, read by hand so that a run over a few lines does
    /// not pay for ArgumentParser's reflection over every command (about
    /// 16 M instructions). Anything else — another option, `--help`, a
    /// repeated flag, an odd value, a file that cannot be read — returns
    /// false without doing anything, and ArgumentParser takes the whole
    /// command line as usual, with its own messages. After running, the
    /// exit status: 0, or 1 when a line was malformed.
    public static func runIfPlainShape(_ arguments: [String]) -> Int32? {
        guard arguments.count >= 2, arguments[1] == "analyze" else { return nil }
        var jsonl = false
        var rulesOnly = false
        var jobs: Int?
        var input: String?
        var rest = arguments[2...].makeIterator()
        func count(_ text: Substring) -> Int? {
            guard !text.isEmpty, text.count <= 6, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let value = Int(text), value >= 1
            else { return nil }
            return value
        }
        while let argument = rest.next() {
            if argument == "--jsonl" {
                guard !jsonl else { return nil }
                jsonl = true
            } else if argument == "--rules-only" {
                guard !rulesOnly else { return nil }
                rulesOnly = true
            } else if argument == "--jobs" {
                guard jobs == nil, let value = rest.next(), let number = count(value[...]) else { return nil }
                jobs = number
            } else if argument.hasPrefix("--jobs=") {
                guard jobs == nil, let number = count(argument.dropFirst(7)) else { return nil }
                jobs = number
            } else if argument == "-" || !(argument.hasPrefix("-") || argument == "help") {
                guard input == nil else { return nil }
                input = argument
            } else {
                return nil
            }
        }
        guard let file = try? InputFile(path: input ?? "-") else { return nil }
        do {
            try AnalyzeCommand.analyze(file, jsonl: jsonl, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, usesWordModel: !rulesOnly)
            return 0
        } catch {
            return 1
        }
    }
}
