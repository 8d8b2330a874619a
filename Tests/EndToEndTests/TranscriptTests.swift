import Foundation
import Testing

/// Recorded sessions: `NAME.args` (the arguments, one line), `NAME.input`
/// (what is typed, one reply per line) and `NAME.expected` (everything the
/// program prints). A missing `.expected` is recorded; `RECORD_SNAPSHOTS=1`
/// records them all again — read the diff before committing.
@Suite struct TranscriptTests {
    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Rehearse.transcripts.path)) ?? []
        return names.filter { $0.hasSuffix(".args") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.cases.count >= 5)
    }

    @Test(arguments: cases)
    func transcriptMatchesRecording(_ name: String) throws {
        let folder = Rehearse.transcripts
        let arguments = try String(contentsOf: folder.appendingPathComponent("\(name).args"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
        let input = try String(contentsOf: folder.appendingPathComponent("\(name).input"), encoding: .utf8)
        let result = try Rehearse.run(arguments, input: input)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no colour codes when stdout is not a terminal")

        let expectedSource = Rehearse.sourceTranscripts.appendingPathComponent("\(name).expected")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: expectedSource.path) {
            try result.stdout.write(to: expectedSource, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expectedSource.lastPathComponent); run the tests again")
            return
        }
        let expected = try String(contentsOf: expectedSource, encoding: .utf8)
        #expect(result.stdout == expected, "\(firstDifference(result.stdout, expected))")
    }

    @Test func sameSeedAndRepliesGiveTheSameTranscript() throws {
        let input = "Hi.\nI feel stressed when the sink is full.\nCould we make a rota?\n/quit\n"
        let first = try Rehearse.run(["play", "dishes", "--seed", "1"], input: input)
        let second = try Rehearse.run(["play", "dishes", "--seed", "1"], input: input)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("you> Could we make a rota?"))
    }

    func firstDifference(_ actual: String, _ expected: String) -> String {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, e.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < e.count ? String(e[index]) : "<end>"
            if left != right { return "line \(index + 1): got «\(left)», expected «\(right)»" }
        }
        return "same"
    }
}
