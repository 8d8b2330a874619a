import Foundation
import Testing

/// Runs the built `rehearse` binary, as a user would, with arguments and
/// piped standard input.
enum Rehearse {
    /// The products folder: the test resources bundle sits beside the binary.
    static let productsFolder = Bundle.module.bundleURL.deletingLastPathComponent()
    static let binary = productsFolder.appendingPathComponent("rehearse")
    /// The package root, for the shipped scenarios and fixtures.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let transcripts = Bundle.module.url(forResource: "Transcripts", withExtension: nil)!
    static let sourceTranscripts = packageRoot.appendingPathComponent("Tests/EndToEndTests/Transcripts")

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Drains a pipe on its own thread.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)
        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }
        func wait() -> Data {
            done.wait()
            return data
        }
    }

    /// A private data folder per run, so tests never touch the user's history.
    static func temporaryHome() -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-test-\(UUID().uuidString)")
        return folder
    }

    /// Ours, with a fresh private home, the shipped scenarios, colour left
    /// to `rehearse` to decide, then `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["REHEARSE_HOME"] = temporaryHome().path
        environment["REHEARSE_SCENARIOS"] = packageRoot.appendingPathComponent("Scenarios").path
        environment.removeValue(forKey: "NO_COLOR")
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    static func run(_ arguments: [String], input: String = "", environment extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        process.environment = environment(extra)
        // Input comes from a file, not a pipe: writing a large input into a
        // pipe while the child fills its output pipe would deadlock both.
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-input-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Standard error is read on another thread so that neither pipe can fill up and block the child.
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = errorData.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
