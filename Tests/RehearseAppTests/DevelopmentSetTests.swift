import Analysis
import Foundation
@testable import RehearseApp
import Testing

/// The labelled development set in `Evaluation/` stays usable: every line
/// parses with the same reader `analyze --evaluate` uses, ids are unique,
/// and every cue and IPT area is represented.
@Suite struct DevelopmentSetTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Evaluation")

    static func lines() throws -> [(file: String, number: Int, text: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        return try files.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").enumerated().map { (name, $0.offset + 1, String($0.element)) }
        }
    }

    @Test func everyLineIsALabelledReply() throws {
        let lines = try Self.lines()
        #expect(lines.count >= 800)
        var ids = Set<String>()
        var areas = Set<String>()
        var positives: [CueName: Int] = [:]
        for line in lines {
            guard case .success(let item) = UtteranceJSON.parseLabelled(line.text) else {
                Issue.record("\(line.file):\(line.number) does not parse as a labelled reply")
                continue
            }
            for cue in item.cues { positives[cue, default: 0] += 1 }
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.text.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String, "\(line.file):\(line.number) has no id")
            #expect(ids.insert(id).inserted, "duplicate id \(id)")
            if let area = object["area"] as? String { areas.insert(area) }
        }
        #expect(areas.isSuperset(of: ["role-dispute", "role-transition", "grief", "interpersonal-deficits", "skills-drill"]))
        for cue in CueName.builtIn {
            #expect(positives[cue, default: 0] >= 15, "\(cue) has only \(positives[cue, default: 0]) positives")
        }
    }

    @Test func labelsKeepTheDocumentedRelations() throws {
        for line in try Self.lines() {
            guard case .success(let item) = UtteranceJSON.parseLabelled(line.text) else { continue }
            if item.cues.contains(.openQuestion) || item.cues.contains(.closedQuestion) {
                #expect(item.cues.contains(.question), "\(line.file):\(line.number): open/closed questions are questions")
            }
        }
    }
}
