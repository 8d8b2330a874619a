import Foundation
import Testing

/// `rehearse test`, `rehearse test --explore` and `rehearse new`, run as a user runs them.
@Suite struct TestCommandTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-plans-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func shippedPlansPassWithOneLinePerRun() throws {
        let result = try Rehearse.run(["test", "Scenarios"])
        #expect(result.status == 0, "\(result.stdout)")
        let runLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") }
        #expect(runLines.count >= 3)
        #expect(runLines.allSatisfy { $0.hasPrefix("✓ ") && $0.contains(".test.yaml:") })
        #expect(result.stdout.hasSuffix("runs: \(runLines.count) passed, 0 failed\n"))
    }

    @Test func aScenarioFileRunsThePlanBesideIt() throws {
        let result = try Rehearse.run(["test", "Scenarios/dishes.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Scenarios/dishes.test.yaml:"))
        #expect(!result.stdout.contains("saying-no"))
    }

    @Test func aFailingRunPrintsADiffAndExitsOne() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Rehearse.packageRoot.appendingPathComponent("Scenarios/saying-no.yaml")
        try FileManager.default.copyItem(at: scenario, to: folder.appendingPathComponent("saying-no.yaml"))
        let plan = """
            runs:
              - name: expects the wrong node
                steps:
                  - reply: "I can't take the report on."
                    node: counter
              - name: holds
                steps:
                  - reply: "I can't take the report on."
                    node: pushback
            """
        try Data(plan.utf8).write(to: folder.appendingPathComponent("saying-no.test.yaml"))
        let result = try Rehearse.run(["test", folder.path])
        #expect(result.status == 1)
        let file = folder.appendingPathComponent("saying-no.test.yaml").path
        #expect(result.stdout == """
            ✗ expects the wrong node  \(file):2
                step 1, turn 1, after: "I can't take the report on."
                \(file):5:9: node
                  expected: counter
                  actual:   pushback
            ✓ holds  \(file):6

            2 runs: 1 passed, 1 failed

            """)
    }

    @Test func planMistakesPointAtLineAndColumn() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Rehearse.packageRoot.appendingPathComponent("Scenarios/dishes.yaml"), to: folder.appendingPathComponent("dishes.yaml"))
        try Data("runs:\n  - name: a\n    steps:\n      - reply: Hi.\n        meters: { tension: 12 }\n".utf8)
            .write(to: folder.appendingPathComponent("dishes.test.yaml"))
        let result = try Rehearse.run(["test", folder.appendingPathComponent("dishes.yaml").path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(folder.path)/dishes.test.yaml:5:28: error: the meter `tension` runs from 0 to 10; `12` is outside that\n"))
    }

    @Test func aScenarioWithoutAPlanFails() throws {
        let result = try Rehearse.run(["test", "Tests/ScenariosTests/Fixtures/valid.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no test plan beside it (expected Tests/ScenariosTests/Fixtures/valid.test.yaml"))
    }

    @Test func exploreReportsFullNodeCoverageOnTheShippedLibrary() throws {
        let result = try Rehearse.run(["test", "--explore", "--require-full", "--runs", "1000", "Scenarios"])
        #expect(result.status == 0, "\(result.stdout)")
        let nodeLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  nodes") }
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: "Scenarios")
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".test.yaml") }
        #expect(nodeLines.count == scenarios.count)
        #expect(nodeLines.allSatisfy { $0.contains("100.0 %") })
        #expect(result.stdout.contains("endings   agreement (success)"))
        let again = try Rehearse.run(["test", "--explore", "--require-full", "--runs", "1000", "Scenarios"])
        #expect(again.stdout == result.stdout, "the same seed gives the same report")
    }

    @Test func exploreListsWhatNoExampleReachesAndRequireFullFails() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gap.yaml").path
        try Data("""
            format: rehearse/1
            id: gap
            title: Gap
            area: skills-drill
            skills: [assertiveness]
            level: 1
            goal: Say what you need.
            partner: { name: Sam }
            start: opening
            nodes:
              opening:
                partner: "Hello."
                examples: ["That makes sense."]
                replies:
                  - if: validation
                    go: done
                  - if: insult
                    go: hidden
                  - else:
                    partner: "Hm?"
              done:
                partner: "Bye."
                end: success
              hidden:
                partner: "Ouch."
                end: breakdown
            """.utf8).write(to: URL(fileURLWithPath: file))
        let plain = try Rehearse.run(["test", "--explore", "--runs", "20", file])
        #expect(plain.status == 0)
        #expect(plain.stdout == """
            Exploring gap (\(file)): 20 runs from seed 1, 20 replies
              nodes      66.7 %  (2 of 3)
              branches   33.3 %  (1 of 3)
              endings   done (success) 20 · hidden (breakdown) 0
              nodes never reached:
                \(file):24:3: `hidden`
              branches no authored reply took:
                \(file):17:9: `opening` reply 2, if: insult (no examples on this branch)
                \(file):19:9: `opening` reply 3, else (no examples on this branch)

            """)
        let full = try Rehearse.run(["test", "--explore", "--runs", "20", "--require-full", file])
        #expect(full.status == 1)
        #expect(full.stdout == plain.stdout)
    }

    @Test func aFolderWithoutPlansFails() throws {
        let result = try Rehearse.run(["test", "Tests/ScenariosTests/Fixtures"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no test plans (*.test.yaml) in Tests/ScenariosTests/Fixtures"))
    }

    @Test func exploreOptionsNeedExplore() throws {
        let result = try Rehearse.run(["test", "--runs", "5", "Scenarios"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("go with --explore"))
    }

    @Test func newWritesAScenarioAndPlanThatPassCheckTestAndExplore() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Rehearse.run(["new", "talk-to-neighbour", "--output", folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        let scenario = folder.appendingPathComponent("talk-to-neighbour.yaml").path
        let plan = folder.appendingPathComponent("talk-to-neighbour.test.yaml").path
        for path in [scenario, plan] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o644)
        }
        let check = try Rehearse.run(["check", scenario])
        #expect(check.status == 0)
        #expect(check.stdout.isEmpty, "\(check.stdout)")
        let test = try Rehearse.run(["test", scenario])
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.hasSuffix("3 runs: 3 passed, 0 failed\n"))
        let explore = try Rehearse.run(["test", "--explore", "--require-full", scenario])
        #expect(explore.status == 0, "\(explore.stdout)")
        #expect(explore.stdout.contains("nodes     100.0 %"))

        let original = try String(contentsOfFile: scenario, encoding: .utf8)
        let again = try Rehearse.run(["new", "talk-to-neighbour", "--output", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; not overwriting it"))
        #expect(try String(contentsOfFile: scenario, encoding: .utf8) == original)
    }

    @Test func newRefusesABadID() throws {
        let result = try Rehearse.run(["new", "Bad ID"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("lowercase letters, digits and '-'"))
    }
}
