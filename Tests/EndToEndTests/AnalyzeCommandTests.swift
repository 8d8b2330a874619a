import Foundation
import Testing

/// `rehearse analyze` as the design contract says: one JSON object out per
/// line in, same order, malformed lines answered in place, exit 1 at the end.
@Suite struct AnalyzeCommandTests {
    func objects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func jsonLinesInJsonLinesOutInOrder() throws {
        let input = """
            {"text": "You never listen to me.", "previous": "I was busy."}
            {"text": "That sounds exhausting. What happened next?"}
            {"text": "ok", "previous": null}

            """
        let result = try Rehearse.run(["analyze", "--jsonl", "-"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try objects(result.stdout)
        #expect(lines.count == 3)
        let first = try #require(lines[0]["cues"] as? [String])
        #expect(first.contains("blame"))
        #expect(Set(first).count == first.count, "each cue once")
        let second = try #require(lines[1]["cues"] as? [String])
        #expect(second.contains("open-question") && second.contains("question"))
        #expect(lines[2]["cues"] as? [String] == [])
        let evidence = try #require(lines[0]["evidence"] as? [[String: Any]])
        let blame = try #require(evidence.first { $0["cue"] as? String == "blame" })
        #expect(blame["start"] as? Int == 0)
        #expect(blame["rule"] is String)
        #expect((blame["text"] as? String)?.hasPrefix("You never") == true)
    }

    /// The word model adds what no rule lists ("brat" about a third party),
    /// says so in the evidence, and `--rules-only` leaves it out.
    @Test func wordModelAddsWhatTheRulesMissAndRulesOnlyLeavesItOut() throws {
        let input = "{\"text\": \"Maya sounds like a brat, honestly.\"}\n"
        let both = try Rehearse.run(["analyze", "--jsonl", "-"], input: input)
        #expect(both.status == 0, "\(both.stderr)")
        let line = try #require(try objects(both.stdout).first)
        #expect((line["cues"] as? [String])?.contains("insult") == true)
        let evidence = try #require(line["evidence"] as? [[String: Any]])
        let insult = try #require(evidence.first { $0["cue"] as? String == "insult" })
        #expect((insult["rule"] as? String)?.contains("word model") == true)
        #expect((insult["rule"] as? String)?.contains("'brat'") == true)
        let rules = try Rehearse.run(["analyze", "--jsonl", "--rules-only", "-"], input: input)
        #expect(rules.status == 0, "\(rules.stderr)")
        let plain = try #require(try objects(rules.stdout).first)
        #expect((plain["cues"] as? [String])?.contains("insult") == false)
    }

    @Test func malformedLinesAreAnsweredInPlaceAndFailTheRun() throws {
        let input = "{\"text\": \"Thank you.\"}\nnot json\n[1, 2]\n{\"previous\": \"x\"}\n{\"text\": \"Calm down.\"}\n"
        let result = try Rehearse.run(["analyze", "--jsonl", "-"], input: input)
        #expect(result.status == 1)
        let lines = try objects(result.stdout)
        #expect(lines.count == 5, "no line is dropped")
        #expect(lines[0]["cues"] as? [String] == ["appreciation"])
        #expect(lines[1]["line"] as? Int == 2 && lines[1]["error"] is String)
        #expect(lines[2]["line"] as? Int == 3)
        #expect(lines[3]["line"] as? Int == 4)
        #expect((lines[4]["cues"] as? [String])?.contains("dismissal") == true)
        #expect(result.stderr.contains("3 malformed"))
    }

    @Test func orderHoldsAcrossBatchesAndThreads() throws {
        let replies = (1...5000).map { $0 % 2 == 0 ? "{\"text\": \"Thank you, \($0).\"}" : "{\"text\": \"Calm down, \($0).\"}" }
        let result = try Rehearse.run(["analyze", "--jsonl", "-", "--jobs", "2"], input: replies.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let lines = try objects(result.stdout)
        #expect(lines.count == 5000)
        for (index, line) in lines.enumerated() {
            let evidence = line["evidence"] as? [[String: Any]] ?? []
            let expected = (index + 1) % 2 == 0 ? "appreciation" : "dismissal"
            #expect((line["cues"] as? [String])?.contains(expected) == true)
            if index == 4999 { #expect(evidence.isEmpty == false) }
        }
    }

    @Test func plainModePrintsAReadableTable() throws {
        let result = try Rehearse.run(["analyze"], input: "I feel hurt when plans change.\nok\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("1  I feel hurt when plans change."))
        #expect(result.stdout.contains("i-statement"))
        #expect(result.stdout.contains("\"I feel hurt\""))
        #expect(result.stdout.contains("2  ok"))
        #expect(result.stdout.contains("(no cues)"))
    }

    @Test func evaluationPrintsPerCueScores() throws {
        let folder = Rehearse.temporaryHome()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("labels.jsonl")
        try """
            {"text": "Calm down.", "cues": ["dismissal"]}
            {"text": "Thank you so much.", "cues": ["appreciation"]}
            {"text": "ok", "cues": ["request"]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try Rehearse.run(["analyze", "--evaluate", file.path, "--misses", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("3 labelled replies"))
        #expect(result.stdout.contains("macro-F1 over the contract cues:"))
        #expect(result.stdout.contains("line 3: \"ok\" missing: request"))
        let bad = folder.appendingPathComponent("bad.jsonl")
        try "{\"text\": \"x\", \"cues\": [\"politeness\"]}\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try Rehearse.run(["analyze", "--evaluate", bad.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("unknown cue name(s): politeness"))
    }
}
