import ArgumentParser
import Foundation
import Scenarios

/// `rehearse check PATH…`: lint scenario files.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and print problems as file:line:col diagnostics.",
        discussion: "Exits 1 when any file has an error. Folders are searched for .yaml files.")

    @Argument(help: "Scenario files or folders.")
    var paths: [String]

    func run() throws {
        let files = try ScenarioLibrary.scenarioFiles(in: paths)
        let loader = ScenarioLibrary.loader
        var errors = 0
        for file in files {
            let result = loader.load(path: file)
            for finding in result.findings {
                print(Diagnostic.render(finding, path: file))
                if finding.severity == .error { errors += 1 }
            }
        }
        if errors > 0 {
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
}
