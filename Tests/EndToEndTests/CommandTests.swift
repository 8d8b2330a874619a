import Foundation
import Testing

@Suite struct CommandTests {
    @Test func checkPrintsDiagnosticsAndExitsOne() throws {
        let fixture = "Tests/ScenariosTests/Fixtures/RH006-unknown-target.yaml"
        let result = try Rehearse.run(["check", fixture])
        #expect(result.status == 1)
        #expect(result.stdout == "\(fixture):20:13: error[RH006]: `go` names `dne`, but there is no such node; did you mean `done`?\n")
    }

    @Test func checkOnAValidFilePrintsNothing() throws {
        let result = try Rehearse.run(["check", "Tests/ScenariosTests/Fixtures/valid.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    /// The library passes `check --strict`: no errors, no warnings. Notes
    /// (a meter shown in feedback that no condition reads) are allowed.
    @Test func shippedScenariosPassCheck() throws {
        let result = try Rehearse.run(["check", "--strict", "Scenarios"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains(": note[") }, "\(result.stdout)")
    }

    @Test func warningsDoNotFailCheck() throws {
        let result = try Rehearse.run(["check", "Tests/ScenariosTests/Fixtures/RH018-missing-else.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning[RH018]"))
    }

    @Test func strictFailsOnWarnings() throws {
        let fixture = "Tests/ScenariosTests/Fixtures/RH031-missing-coach.yaml"
        let plain = try Rehearse.run(["check", fixture])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("warning[RH031]"))
        let strict = try Rehearse.run(["check", "--strict", fixture])
        #expect(strict.status == 1)
        #expect(strict.stdout == plain.stdout)
        // Notes never fail, even with --strict.
        let note = try Rehearse.run(["check", "--strict", "Tests/ScenariosTests/Fixtures/RH026-meter-never-read.yaml"])
        #expect(note.status == 0)
        #expect(note.stdout.contains("note[RH026]"))
    }

    @Test func jsonFormatIsOneArrayWithStableKeys() throws {
        let fixture = "Tests/ScenariosTests/Fixtures/RH006-unknown-target.yaml"
        let result = try Rehearse.run(["check", "--format", "json", fixture, "Tests/ScenariosTests/Fixtures/valid.yaml"])
        #expect(result.status == 1)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(Set(record.keys) == ["file", "line", "column", "severity", "code", "message"])
        #expect(record["file"] as? String == fixture)
        #expect(record["line"] as? Int == 20)
        #expect(record["column"] as? Int == 13)
        #expect(record["severity"] as? String == "error")
        #expect(record["code"] as? String == "RH006")
        #expect((record["message"] as? String)?.contains("`go` names `dne`") == true)
        let clean = try Rehearse.run(["check", "--format", "json", "Scenarios/dishes.yaml"])
        #expect(clean.status == 0)
        #expect(clean.stdout == "[]\n")
        let library = try Rehearse.run(["check", "--format", "json", "Scenarios"])
        let libraryRecords = try JSONSerialization.jsonObject(with: Data(library.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(libraryRecords.allSatisfy { $0["severity"] as? String == "note" })
    }

    @Test func listShowsTheLibraryGroupedByArea() throws {
        let result = try Rehearse.run(["list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Role Dispute"))
        #expect(result.stdout.contains("dishes"))
        #expect(result.stdout.contains("saying-no"))
        #expect(result.stdout.contains("friend-venting"))
        let drills = try Rehearse.run(["list", "--area", "skills-drill"])
        #expect(!drills.stdout.contains("dishes"))
    }

    @Test func theLibraryPageListsEveryShippedScenario() throws {
        let page = try String(contentsOfFile: "docs/scenarios.md", encoding: .utf8)
        let ids = try FileManager.default.contentsOfDirectory(atPath: "Scenarios")
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".test.yaml") }
            .map { String($0.dropLast(".yaml".count)) }
        #expect(ids.count >= 18)
        for id in ids {
            #expect(page.contains("| `\(id)` |"), "docs/scenarios.md does not list \(id)")
        }
    }

    @Test func listFiltersByLevelAndRejectsABadOne() throws {
        let gentle = try Rehearse.run(["list", "--level", "1"])
        #expect(gentle.status == 0)
        #expect(gentle.stdout.contains("friend-venting"))
        #expect(!gentle.stdout.contains("saying-no"), "saying-no is level 3")
        let range = try Rehearse.run(["list", "--level", "2-3", "--skill", "assertiveness"])
        #expect(range.stdout.contains("saying-no") && range.stdout.contains("dishes"))
        #expect(!range.stdout.contains("friend-venting"))
        let bad = try Rehearse.run(["list", "--level", "7"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("give a level from 1 to 5"))
    }

    @Test func noArgumentsOffersAPick() throws {
        let result = try Rehearse.run([], input: "999\n1\n/quit\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Pick a conversation to rehearse:"))
        #expect(result.stdout.contains("Type a number from 1 to"))
        #expect(result.stdout.contains("── Stopped before an ending ──"))
    }

    @Test func unknownScenarioIsExplained() throws {
        let result = try Rehearse.run(["play", "no-such-thing"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no built-in scenario is called `no-such-thing`"))
    }

    @Test func brokenScenarioFileShowsItsDiagnostics() throws {
        let result = try Rehearse.run(["play", "Tests/ScenariosTests/Fixtures/RH005-unknown-start.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("RH005-unknown-start.yaml:11:8: error[RH005]"))
    }

    @Test func historyIsPrivate() throws {
        // Piped input keeps no readline history, but the data folder is still made private.
        let home = Rehearse.temporaryHome()
        _ = try Rehearse.run(["play", "dishes", "--seed", "1"], input: "/quit\n", environment: ["REHEARSE_HOME": home.path])
        let attributes = try FileManager.default.attributesOfItem(atPath: home.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }
}

@Suite struct DataFolderTests {
    @Test func anUnusableDataFolderIsExplainedAndPlayGoesOn() throws {
        let home = Rehearse.temporaryHome()
        try FileManager.default.createDirectory(at: home.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A file where the folder should be.
        try Data().write(to: home)
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Rehearse.run(["play", "dishes", "--seed", "1"], input: "/quit\n", environment: ["REHEARSE_HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("cannot create \(home.path)"))
        #expect(result.stdout.contains("── Stopped before an ending ──"))
    }
}
