import Testing
@preconcurrency import CReadline
import Foundation
import Glibc
import Synchronization
@testable import LineEditor

/// Tests that touch readline's global state (hooks, history list), run one at a time.
///
/// `.serialized` applies to the nested suites too, so completion and history
/// tests never overlap.
@Suite(.serialized) struct ReadlineTests {}

extension ReadlineTests {
    @Suite struct Completion {
        let commands = ["/help", "/hint", "/example", "/quit"]

        private func editor(recording calls: Recorder? = nil) -> TerminalLineEditor {
            let commands = self.commands
            return TerminalLineEditor(historyFile: nil) { line, word in
                calls?.record(line: line, word: word)
                return completeCommand(word, among: commands)
            }
        }

        /// Collects and frees the NULL-terminated array that rl_completion_matches returns.
        private func strings(_ matches: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> [String] {
            guard let matches else { return [] }
            var result: [String] = []
            var index = 0
            while let entry = matches[index] {
                result.append(String(cString: entry))
                free(entry)
                index += 1
            }
            free(matches)
            return result
        }

        @Test func uniqueMatchReplacesTheWord() {
            _ = editor()
            #expect(strings(ReadlineCompletion.matches(word: "/he", line: "/he")) == ["/help"])
        }

        @Test func editorInstallsItsHookInReadline() throws {
            _ = editor()
            let hook = try #require(rl_attempted_completion_function)
            // readline's own call: (word, start, end) with the cursor at `end`.
            #expect(strings(hook("/hi", 0, 3)) == ["/hint"])
            // rl_completion_matches must not fall back to file names.
            _ = strings(hook("/nothing", 0, 8))
            #expect(rl_attempted_completion_over == 1)
        }

        @Test func severalMatchesComeAfterTheirCommonPrefix() {
            _ = editor()
            #expect(strings(ReadlineCompletion.matches(word: "/h", line: "/h")) == ["/h", "/help", "/hint"])
        }

        @Test func caseInsensitiveMatchIsOffered() {
            _ = editor()
            #expect(strings(ReadlineCompletion.matches(word: "/QU", line: "/QU")) == ["/quit"])
        }

        @Test func noMatchGivesNothingNotFileNames() {
            _ = editor()
            #expect(strings(ReadlineCompletion.matches(word: "/zz", line: "/zz")).isEmpty)
            #expect(strings(ReadlineCompletion.matches(word: "", line: "")) == ["/", "/help", "/hint", "/example", "/quit"])
        }

        @Test func providerSeesTheLineAndTheWord() {
            let recorder = Recorder()
            _ = editor(recording: recorder)
            _ = strings(ReadlineCompletion.matches(word: "/e", line: "say /e"))
            #expect(recorder.calls == [Recorder.Call(line: "say /e", word: "/e")])
        }

        @Test func theNewestEditorsCompletionsAreActive() {
            _ = editor()
            _ = TerminalLineEditor(historyFile: nil) { _, _ in ["/other"] }
            #expect(strings(ReadlineCompletion.matches(word: "/h", line: "/h")) == ["/other"])
        }
    }

    @Suite struct History {
        /// A fresh folder under the temporary directory, removed by the caller.
        private func temporaryFolder() throws -> String {
            let url = FileManager.default.temporaryDirectory
                .appendingPathComponent("lineeditor-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            return url.path
        }

        private func removeTree(_ path: String) {
            try? FileManager.default.removeItem(atPath: path)
        }

        private func mode(_ path: String) -> mode_t? {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return status.st_mode & 0o7777
        }

        private func contents(_ path: String) -> [String] {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }

        @Test func fileIsPrivateInAPrivateFolderAndSurvivesARoundTrip() throws {
            let root = try temporaryFolder()
            defer { removeTree(root) }
            let path = root + "/data/rehearse/history"
            let oldMask = umask(0o022)
            defer { umask(oldMask) }

            let first = TerminalLineEditor(historyFile: path) { _, _ in [] }
            #expect(mode(root + "/data") == 0o700)
            #expect(mode(root + "/data/rehearse") == 0o700)
            for line in ["I hear you", "", "   ", "/help", "/help", "I hear you"] {
                first.addHistory(line)
            }
            first.saveHistory()

            #expect(mode(path) == 0o600)
            #expect(contents(path) == ["I hear you", "/help", "I hear you"])

            let second = TerminalLineEditor(historyFile: path) { _, _ in [] }
            #expect(second.historyLines == ["I hear you", "/help", "I hear you"])
            // The last line read from the file counts for the duplicate rule too.
            second.addHistory("I hear you")
            second.addHistory("next")
            #expect(second.historyLines == ["I hear you", "/help", "I hear you", "next"])
        }

        @Test func missingFileIsAFreshStart() throws {
            let root = try temporaryFolder()
            defer { removeTree(root) }
            let editor = TerminalLineEditor(historyFile: root + "/history") { _, _ in [] }
            #expect(editor.historyLines.isEmpty)
            // An existing folder keeps its own mode.
            #expect(mode(root) == 0o700)
        }

        @Test func limitKeepsTheNewestEntries() throws {
            let root = try temporaryFolder()
            defer { removeTree(root) }
            let path = root + "/history"
            let editor = TerminalLineEditor(historyFile: path, historyLimit: 3) { _, _ in [] }
            for line in ["a", "b", "c", "d", "e"] { editor.addHistory(line) }
            editor.saveHistory()
            #expect(contents(path) == ["c", "d", "e"])
            let reread = TerminalLineEditor(historyFile: path, historyLimit: 3) { _, _ in [] }
            #expect(reread.historyLines == ["c", "d", "e"])
        }

        @Test func laxModeOfAnExistingFileIsTightened() throws {
            let root = try temporaryFolder()
            defer { removeTree(root) }
            let path = root + "/history"
            try "old line\n".write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o644)

            let editor = TerminalLineEditor(historyFile: path) { _, _ in [] }
            #expect(editor.historyLines == ["old line"])
            editor.addHistory("new line")
            editor.saveHistory()
            #expect(mode(path) == 0o600)
            #expect(contents(path) == ["old line", "new line"])
        }

        @Test func withoutAFileNothingIsWritten() {
            let editor = TerminalLineEditor(historyFile: nil) { _, _ in [] }
            editor.addHistory("kept in memory only")
            editor.saveHistory()
            #expect(editor.historyLines == ["kept in memory only"])
            #expect(editor.isInteractive)
        }
    }
}

/// Records the arguments a completion provider was called with.
final class Recorder: Sendable {
    struct Call: Equatable, Sendable {
        let line: String
        let word: String
    }

    private let storage = Mutex<[Call]>([])

    var calls: [Call] { storage.withLock { $0 } }

    func record(line: String, word: String) {
        storage.withLock { $0.append(Call(line: line, word: word)) }
    }
}
