import ArgumentParser
import Foundation
import ScenarioTesting

/// `rehearse new ID`: write a commented starting scenario and its test plan.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starting scenario (ID.yaml) and its test plan (ID.test.yaml).",
        discussion: """
            Both pass `rehearse check` and `rehearse test` as written. Never overwrites a file. \
            --output names a folder to write into, or the scenario file itself (the plan goes beside it).
            """)

    @Argument(help: "The scenario's id: lowercase letters, digits and '-', e.g. talk-to-neighbour.")
    var id: String

    @Option(help: "A folder to write into, or the scenario file's path (default: ID.yaml here).")
    var output: String?

    func validate() throws {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if id.isEmpty || !allowed || id.hasPrefix("-") {
            throw ValidationError("an id uses lowercase letters, digits and '-' only (it is typed on the command line), e.g. talk-to-neighbour; not `\(id)`")
        }
    }

    func run() throws {
        let scenarioPath = self.scenarioPath()
        let planPath = TestPlanLoader.planPath(forScenario: scenarioPath)
        for path in [scenarioPath, planPath] where FileManager.default.fileExists(atPath: path) {
            FileHandle.standardError.write(Data("rehearse: \(path) already exists; not overwriting it (choose another id or --output)\n".utf8))
            throw ExitCode(1)
        }
        // Scenarios are meant to be shared, not private: ordinary 0644 files.
        for (path, text) in [(scenarioPath, ScenarioTemplate.scenario(id: id)), (planPath, ScenarioTemplate.plan(id: id))] {
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o644]) else {
                FileHandle.standardError.write(Data("rehearse: cannot write \(path)\n".utf8))
                throw ExitCode(1)
            }
        }
        print("Wrote \(scenarioPath) and its test plan \(planPath).")
        print("Next: edit them, then `rehearse check \(scenarioPath)`, `rehearse test \(scenarioPath)` and `rehearse play \(scenarioPath)`.")
    }

    private func scenarioPath() -> String {
        guard let output else { return "\(id).yaml" }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
            return (output as NSString).appendingPathComponent("\(id).yaml")
        }
        return output.hasSuffix(".yaml") ? output : output + ".yaml"
    }
}
