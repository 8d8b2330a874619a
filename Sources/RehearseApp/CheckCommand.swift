import ArgumentParser
import Foundation
import Scenarios

/// `rehearse check PATH…`: lint scenario files.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and print problems as file:line:col diagnostics.",
        discussion: """
            Folders are searched for .yaml files. Exits 1 when any file has an error
            (with --strict, also on a warning); notes never fail. Each code (RH001…)
            is explained in docs/lint/. --format json prints one JSON array of
            objects with the keys file, line, column, severity, code, message.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Scenario files or folders.")
    var paths: [String]

    @Option(help: "text (file:line:col: severity[CODE]: message) or json (one array, for editors).")
    var format: Format = .text

    @Flag(help: "Exit 1 on warnings too, not only on errors.")
    var strict = false

    func run() throws {
        let files = try ScenarioLibrary.scenarioFiles(in: paths)
        let checker = ScenarioLibrary.checker
        var failed = false
        var diagnostics: [Diagnostic.Record] = []
        for file in files {
            for finding in checker.check(path: file).findings {
                if finding.severity == .error || (strict && finding.severity == .warning) { failed = true }
                switch format {
                case .text: print(Diagnostic.render(finding, path: file))
                case .json: diagnostics.append(Diagnostic.Record(finding, path: file))
                }
            }
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(diagnostics), as: UTF8.self))
        }
        if failed {
            throw ExitCode(1)
        }
    }
}

/// Turns findings into the `path:line:col: error[RH006]: message` lines that
/// editors and compilers use.
enum Diagnostic {
    static func render(_ finding: Finding, path: String) -> String {
        "\(path):\(finding.location.line):\(finding.location.column): \(finding.severity.rawValue)[\(finding.code.id)]: \(finding.message)"
    }

    /// One finding as `--format json` writes it; the keys are stable.
    struct Record: Codable, Equatable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String

        init(_ finding: Finding, path: String) {
            file = path
            line = finding.location.line
            column = finding.location.column
            severity = finding.severity.rawValue
            code = finding.code.id
            message = finding.message
        }
    }
}
