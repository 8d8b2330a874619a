import ArgumentParser
import Foundation
import Scenarios
import Scoring

/// The built-in scenarios and scenario files named on the command line.
enum ScenarioLibrary {
    /// Where the built-in scenarios are: `$REHEARSE_SCENARIOS`, a `share`
    /// folder beside an installed binary, or the source tree's `Scenarios/`
    /// (what `swift run` uses).
    static func builtInFolder() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["REHEARSE_SCENARIOS"], !folder.isEmpty { return folder }
        var candidates: [String] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let binFolder = executable.deletingLastPathComponent()
        candidates.append(binFolder.appendingPathComponent("../share/rehearse/Scenarios").standardized.path)
        // Sources/RehearseApp/ScenarioLibrary.swift → the package root.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Scenarios").path)
        var isFolder: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
    }

    /// The `.yaml` files named, folders searched recursively, in a stable order.
    /// Test plans (`*.test.yaml`) are left out.
    static func scenarioFiles(in paths: [String]) throws -> [String] {
        try files(in: paths, matching: { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.contains(".test.") }, file: { $0 })
    }

    /// For each path: a folder gives the files below it that `matching`
    /// accepts, in a stable order; a file gives `file(path)`. A path that
    /// does not exist is an error.
    static func files(
        in paths: [String], matching: (String) -> Bool, file: (String) -> String
    ) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("no such file or folder: \(path)")
            }
            if isFolder.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    if matching(relative) { found.append((path as NSString).appendingPathComponent(relative)) }
                }
                files += found.sorted()
            } else {
                files.append(file(path))
            }
        }
        return files
    }

    static var loader: ScenarioLoader { ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)) }

    /// Loading plus the whole-scenario checks, with the built-in rubrics' criteria.
    static var checker: ScenarioChecker {
        ScenarioChecker(loader: loader, linter: ScenarioLinter(requirements: { Rubric.requirements(for: $0) }))
    }

    /// Every built-in scenario that loads without errors, sorted by area, level and title.
    static func builtIn() -> [Scenario] {
        guard let folder = builtInFolder(), let files = try? scenarioFiles(in: [folder]) else { return [] }
        let scenarios = files.compactMap { loader.load(path: $0).scenario }
        return scenarios.sorted {
            (Area.allCases.firstIndex(of: $0.area)!, $0.level, $0.title)
                < (Area.allCases.firstIndex(of: $1.area)!, $1.level, $1.title)
        }
    }

    /// A scenario by built-in id or by file path. Errors explain what was
    /// wrong, with diagnostics for a broken file.
    static func resolve(_ reference: String) throws -> Scenario {
        let looksLikePath = reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
        if looksLikePath { return try load(file: reference) }
        if let folder = builtInFolder(), let files = try? scenarioFiles(in: [folder]) {
            // Most ids name their file: load just that one, so start-up does
            // not grow with the library.
            for file in files where (file as NSString).lastPathComponent == "\(reference).yaml" {
                if let scenario = loader.load(path: file).scenario, scenario.id == reference { return scenario }
            }
        }
        let library = builtIn()
        if let scenario = library.first(where: { $0.id == reference }) { return scenario }
        if FileManager.default.fileExists(atPath: reference) { return try load(file: reference) }
        let ids = library.map(\.id)
        throw ValidationError("no built-in scenario is called `\(reference)`. Try one of: \(ids.joined(separator: ", ")) (or `rehearse list`).")
    }

    private static func load(file: String) throws -> Scenario {
        guard FileManager.default.fileExists(atPath: file) else {
            throw ValidationError("no scenario file at \(file)")
        }
        let result = loader.load(path: file)
        guard let scenario = result.scenario else {
            let lines = result.findings.filter { $0.severity == .error }.map { Diagnostic.render($0, path: file) }
            throw ValidationError("\(file) has errors; fix them and try again:\n" + lines.joined(separator: "\n"))
        }
        return scenario
    }
}
