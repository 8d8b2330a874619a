import Analysis
import Foundation
@testable import RehearseApp
import Testing

/// What a transcript or a chat window adds to a reply — a speaker label, a
/// stage direction, a backchannel, a filler, lower case — must not change
/// what the reply does. Every reply of sets A and B is analysed as written
/// and again with each mark added, by the rules and with the word model.
/// (`python3 Evaluation/perturb.py` runs the same check over every set and
/// prints which replies change.)
@Suite struct TranscriptRobustnessTests {
    static let marks: [(name: String, apply: @Sendable (String) -> String)] = [
        ("a speaker label", { "T: " + $0 }),
        ("a speaker label in capitals", { "CLIENT: " + $0 }),
        ("a stage direction first", { "[laughs] " + $0 }),
        ("a backchannel first", { "Mm-hmm. " + $0 }),
        ("a filler first", { "Um, " + $0 }),
        ("a pause between sentences", { reply in
            guard let stop = reply.range(of: ". ") else { return "(pause) " + reply }
            return reply.replacingCharacters(in: stop, with: ". [pause] ")
        }),
        ("lower case", { $0.lowercased() }),
    ]

    @Test(arguments: [false, true])
    func marksDoNotChangeTheCues(usesWordModel: Bool) throws {
        let analyzer = Analyzer(usesWordModel: usesWordModel)
        let items = try DevelopmentSetTests.lines().filter { $0.file == "devset-a.jsonl" || $0.file == "devset-b.jsonl" }
            .compactMap { line -> (text: String, previous: String?)? in
                guard case .success(let item) = UtteranceJSON.parseLabelled(line.text) else { return nil }
                return (item.text, item.previous)
            }
        #expect(items.count >= 800)
        for mark in Self.marks {
            var changed: [String] = []
            for item in items {
                let plain = Set(analyzer.analyze(item.text, previous: item.previous).cues)
                let marked = Set(analyzer.analyze(mark.apply(item.text), previous: item.previous).cues)
                if plain != marked { changed.append(item.text) }
            }
            // At most one reply in two hundred (a handful hang on case or a
            // sentence's first word; the marks themselves should move none).
            #expect(changed.count * 200 <= items.count, "\(mark.name) changed \(changed.count) of \(items.count) replies, e.g. \(changed.prefix(3))")
        }
    }
}
