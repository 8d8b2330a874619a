import Analysis
import Foundation
@testable import RehearseApp
import Testing

/// `analyze`'s byte-level fast paths must say exactly what the String-based
/// originals say: the hand-read JSON line, the byte JSON writer and the byte table.
@Suite struct AnalyzeFastPathTests {
    static let lines = [
        #"{"text": "You never listen.", "previous": "I'm tired."}"#,
        #"{"previous": null, "text":"I\u2019m sorry"}"#,
        #"{"text": "a \"quote\", a \\ backslash\tand\nnewline \/ slash"}"#,
        #"{"text": "Zoë 😔 can't, won't", "previous": "Café?"}"#,
        #"{"text":"x","previous":"y"}"#,
        #"{"text": 5}"#, #"[1, 2]"#, "not json", "", #"{"text": "ok", "previous": 3}"#,
        #"{"text": "dup", "text": "again"}"#, #"{"text": "x", "extra": [1, {"a": "b"}]}"#,
        #"{"text": "unterminated"#, #"{"text": "x"} {"text": "y"}"#, #"{"Text": "case"}"#,
        #"{"text": "x"} "#, #" {"text": "x"}"#, #"{}"#, #"{"previous": "only"}"#,
        // The quick layout and its near misses.
        #"{"text":"x","previous":null}"#, #"{"text": "x", "previous": "y" }"#, #"{"text": "a\"b", "previous": "c"}"#,
        #"{"text": ""}"#, #"{"text": "", "previous": ""}"#, #"{"text": "x","previous":"y\n"}"#, #"{"text": "x", "previous": nul}"#,
        #"{"text": "x", "previous": "y", "previous": "z"}"#, #"{"text": "x", "previous": 1}"#, #"{"text":  "x"}"#,
        #"{"text": "x", "previouz": "y"}"#, #"{"text": "x"}}"#, #"{"text": "x""#, #"{"text": "x", "#, "{\"text\": \"tab\there\"}",
    ]

    @Test func handReadLinesMatchFoundation() {
        for line in Self.lines {
            let expected = UtteranceJSON.parse(line)
            let actual = AnalyzeCommand.utterance(line)
            switch (expected, actual) {
            case (.success(let a), .success(let b)):
                #expect(a.text == b.text && a.previous == b.previous, "\(line)")
            case (.failure(let a), .failure(let b)):
                #expect(a.message == b.message, "\(line)")
            default:
                Issue.record("success and failure disagree for \(line)")
            }
        }
    }

    @Test func theFastReaderTakesTheCommonShape() {
        var line = #"{"text": "You never listen.", "previous": "I'm tired."}"#
        let utterance = line.withUTF8 { FastUtteranceJSON.parse($0) }
        #expect(utterance?.text == "You never listen.")
        #expect(utterance?.previous == "I'm tired.")
    }

    /// With and without the word model (its evidence quotes the reply's own
    /// words, curly apostrophes and all, and a percentage).
    @Test(arguments: [false, true])
    func byteWritersMatchTheStringOnes(usesWordModel: Bool) {
        let analyzer = Analyzer(usesWordModel: usesWordModel)
        let replies: [(String, String?)] = [
            ("Maya’s a brat, honestly, and you don’t even see it.", nil),
            ("You never listen, and it's all your fault!", nil),
            ("Sounds like you're \"stretched\" really thin.", "My boss keeps piling work on me."),
            ("Zoë, I’m so sorry 😔 Could we talk tonight?", nil),
            ("", nil),
            ("tab\there\u{01}", nil),
            // The word model overrules the absolute rule's "Not once" here.
            ("I didn't sleep on the \"flight\". Not once.", nil),
        ]
        var scratch = AnswerScratch()
        defer { scratch.free() }
        for (text, previous) in replies {
            let analysis = analyzer.analyze(text, previous: previous)
            // Twice: the second time the names and rules come from the cache.
            for _ in 0..<2 {
                var bytes = ByteBuffer(capacity: 16)
                defer { bytes.free() }
                AnalysisJSON.append(analysis, to: &bytes, scratch: &scratch)
                #expect(String(decoding: bytes.bytes, as: UTF8.self) == AnalysisJSON.line(for: analysis))
            }
            for style in [Style(enabled: false), Style(enabled: true)] {
                // A fresh cache per style: the table's pieces depend on it.
                var scratch = AnswerScratch()
                defer { scratch.free() }
                var table = ByteBuffer(capacity: 16)
                defer { table.free() }
                AnalyzeCommand.appendTable(number: 42, analysis: analysis, style: TableStyle(style), to: &table, scratch: &scratch)
                #expect(String(decoding: table.bytes, as: UTF8.self) == AnalyzeCommand.table(number: 42, analysis: analysis, style: style))
            }
        }
        var error = ByteBuffer(capacity: 16)
        defer { error.free() }
        AnalysisJSON.appendError(line: 7, message: "expected a \"text\" string", to: &error)
        #expect(String(decoding: error.bytes, as: UTF8.self) == AnalysisJSON.error(line: 7, message: "expected a \"text\" string"))
    }
}

/// The batch reader cuts an input into the same lines as `LineStream`,
/// whatever the batch size: CRLF, empty lines, long lines, no final newline.
@Suite struct BatchReaderTests {
    static func lines(of content: [UInt8], batchBytes: Int, shares: Int = 1) throws -> [(number: Int, line: String)] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-batch-\(UUID().uuidString)")
        try Data(content).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = BatchReader(file: try InputFile(path: url.path), batchBytes: batchBytes, shares: shares)
        defer { reader.free() }
        let batch = LineBatch(capacity: batchBytes)
        var lines: [(Int, String)] = []
        while reader.fill(batch) {
            for index in 0..<batch.lineCount {
                lines.append((batch.firstLine + index, String(decoding: batch.line(index), as: UTF8.self)))
            }
        }
        return lines
    }

    static func streamLines(of content: [UInt8]) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-stream-\(UUID().uuidString)")
        try Data(content).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let stream = try LineStream(path: url.path)
        var lines: [String] = []
        while let line = stream.next() { lines.append(line) }
        return lines
    }

    @Test func sameLinesAsTheLineStream() throws {
        let long = String(repeating: "long words ", count: 3000)
        let inputs: [String] = [
            "", "\n", "\n\n", "a", "a\n", "a\r\nb\r\n", "a\r\n\r\nb", "\r", "x\r\r\n", "one\ntwo\nthree",
            "Zoë 😔\n\(long)\nend", "\(long)\r\n\(long)", "tail\n\n\nlast",
            (1...3000).map { "line \($0)" }.joined(separator: "\n"),
        ]
        for input in inputs {
            let expected = try Self.streamLines(of: Array(input.utf8))
            for batchBytes in [1, 3, 7, 64, 1 << 16] {
                // Two shares: batches shrink towards the end of the file.
                for shares in [1, 2] {
                    let lines = try Self.lines(of: Array(input.utf8), batchBytes: batchBytes, shares: shares)
                    #expect(lines.map(\.line) == expected, "\(input.prefix(20)) with \(batchBytes)-byte batches, \(shares) shares")
                    #expect(lines.map(\.number) == Array(stride(from: 1, through: lines.count, by: 1)))
                }
            }
        }
    }

    @Test func aDirectoryIsNotReadable() {
        #expect(throws: (any Error).self) { try InputFile(path: FileManager.default.temporaryDirectory.path) }
        #expect(throws: (any Error).self) { try InputFile(path: "/nonexistent/rehearse-\(UUID().uuidString)") }
    }
}


/// `analyze`'s hand-read command line takes only the plain shape and leaves
/// everything else, untouched, to ArgumentParser.
@Suite struct AnalyzeStartTests {
    @Test func otherShapesGoToArgumentParser() {
        let shapes: [[String]] = [
            [], ["analyze", "--help"], ["analyze", "-h"], ["analyze", "help"], ["analyze", "--jsonl", "--jsonl"],
            ["analyze", "--jobs"], ["analyze", "--jobs", "0"], ["analyze", "--jobs", "-1"], ["analyze", "--jobs", "x"],
            ["analyze", "--jobs=0"], ["analyze", "--jobs", "1", "--jobs", "2"], ["analyze", "a", "b"],
            ["analyze", "--evaluate", "x"], ["analyze", "--rules-only", "--rules-only"], ["analyze", "--", "x"], ["analyze", "--version"], ["list"], ["play", "analyze"],
            ["analyze", "--jsonl", "/nonexistent/rehearse-input"], ["analyze", FileManager.default.temporaryDirectory.path],
        ]
        for shape in shapes {
            #expect(AnalyzeStart.runIfPlainShape(["rehearse"] + shape) == nil, "\(shape)")
        }
    }
}
