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

    @Test func byteWritersMatchTheStringOnes() {
        let analyzer = Analyzer()
        let replies: [(String, String?)] = [
            ("You never listen, and it's all your fault!", nil),
            ("Sounds like you're \"stretched\" really thin.", "My boss keeps piling work on me."),
            ("Zoë, I’m so sorry 😔 Could we talk tonight?", nil),
            ("", nil),
            ("tab\there\u{01}", nil),
        ]
        for (text, previous) in replies {
            let analysis = analyzer.analyze(text, previous: previous)
            var bytes: [UInt8] = []
            AnalysisJSON.append(analysis, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == AnalysisJSON.line(for: analysis))
            for style in [Style(enabled: false), Style(enabled: true)] {
                var table: [UInt8] = []
                AnalyzeCommand.appendTable(number: 42, analysis: analysis, style: style, to: &table)
                #expect(String(decoding: table, as: UTF8.self) == AnalyzeCommand.table(number: 42, analysis: analysis, style: style))
            }
        }
        var error: [UInt8] = []
        AnalysisJSON.appendError(line: 7, message: "expected a \"text\" string", to: &error)
        #expect(String(decoding: error, as: UTF8.self) == AnalysisJSON.error(line: 7, message: "expected a \"text\" string"))
    }
}
