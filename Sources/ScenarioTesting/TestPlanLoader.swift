import Analysis
import Foundation
import Scenarios
import Scoring
import Yams

/// What loading a plan gave: the plan when it has no mistakes, and the
/// mistakes either way.
public struct PlanLoadResult: Sendable {
    public let plan: TestPlan?
    public let findings: [PlanFinding]
}

/// Loads test plans through Yams' node tree, as `ScenarioLoader` loads
/// scenarios, so every mistake has a line and column. Names in the plan
/// (nodes, cues, meters, rubrics) are checked against the scenario it tests.
public struct TestPlanLoader: Sendable {
    public static let planSuffix = ".test.yaml"

    static let topKeys = ["scenario", "runs"]
    static let runKeys = ["name", "seed", "partner-name", "your-name", "mode", "steps"]
    static let stepKeys = ["reply", "node", "partner-says", "cues", "no-cues", "meters", "ending", "scores", "crisis"]

    public init() {}

    /// The plan kept beside a scenario file: `dishes.yaml` → `dishes.test.yaml`.
    public static func planPath(forScenario path: String) -> String {
        let base = path.hasSuffix(".yaml") ? String(path.dropLast(5)) : path.hasSuffix(".yml") ? String(path.dropLast(4)) : path
        return base + planSuffix
    }

    /// The scenario a plan tests: `dishes.test.yaml` → `dishes.yaml`.
    public static func scenarioPath(forPlan path: String) -> String {
        path.hasSuffix(planSuffix) ? String(path.dropLast(planSuffix.count)) + ".yaml" : path
    }

    public static func isPlan(_ path: String) -> Bool { path.hasSuffix(planSuffix) }

    public func load(path: String, scenario: Scenario) -> PlanLoadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return PlanLoadResult(plan: nil, findings: [PlanFinding("cannot read the file", at: .start)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return PlanLoadResult(plan: nil, findings: [PlanFinding("the file is not UTF-8 text", at: .start)])
        }
        return load(yaml: text, path: path, scenario: scenario)
    }

    public func load(yaml text: String, path: String? = nil, scenario: Scenario) -> PlanLoadResult {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return PlanLoadResult(plan: nil, findings: [Self.finding(for: error)])
        } catch {
            return PlanLoadResult(plan: nil, findings: [PlanFinding("YAML: \(error)", at: .start)])
        }
        guard let root else {
            return PlanLoadResult(plan: nil, findings: [PlanFinding("the plan is empty; it needs `runs:`, a list of runs", at: .start)])
        }
        var builder = PlanBuilder(scenario: scenario)
        let runs = builder.plan(root)
        let findings = builder.findings.sorted { $0.location < $1.location }
        return PlanLoadResult(plan: findings.isEmpty ? TestPlan(runs: runs, path: path) : nil, findings: findings)
    }

    static func finding(for error: YamlError) -> PlanFinding {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text): " } ?? ""
            return PlanFinding("YAML: \(prefix)\(problem)", at: SourceLocation(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PlanFinding("`\(duplicates.first ?? "")` appears twice in the same mapping", at: SourceLocation(line: context.mark.line, column: context.mark.column))
        default:
            return PlanFinding("YAML: \(error)", at: .start)
        }
    }
}

/// Builds runs from the node tree, keeping every mistake with its position.
struct PlanBuilder {
    let scenario: Scenario
    let rubricNames: [String]
    var findings: [PlanFinding] = []

    init(scenario: Scenario) {
        self.scenario = scenario
        rubricNames = Rubric.selection(for: scenario).map(\.name)
    }

    mutating func report(_ message: String, at node: Yams.Node) {
        findings.append(PlanFinding(message, at: Self.location(of: node)))
    }

    static func location(of node: Yams.Node) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    static func isNull(_ node: Yams.Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The entries of a mapping whose keys must be among `allowed`.
    mutating func mapping(_ node: Yams.Node, _ context: String, allowed: [String]?) -> [(key: String, keyNode: Yams.Node, value: Yams.Node)]? {
        guard case .mapping(let mapping) = node else {
            report("\(context) should be a mapping (key: value pairs)", at: node)
            return nil
        }
        var entries: [(key: String, keyNode: Yams.Node, value: Yams.Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key, !Self.isNull(key) else {
                report("keys in \(context) should be plain words", at: key)
                continue
            }
            if entries.contains(where: { $0.key == scalar.string }) {
                report("`\(scalar.string)` appears twice in \(context)", at: key)
                continue
            }
            if let allowed, !allowed.contains(scalar.string) {
                report("unknown key `\(scalar.string)` in \(context); expected one of: \(allowed.joined(separator: ", "))", at: key)
                continue
            }
            entries.append((scalar.string, key, value))
        }
        return entries
    }

    mutating func text(_ node: Yams.Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            report("\(what) should be text", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func texts(_ node: Yams.Node, _ what: String) -> [(String, Yams.Node)] {
        switch node {
        case .scalar:
            return text(node, what).map { [($0, node)] } ?? []
        case .sequence(let items):
            if items.isEmpty { report("\(what) should not be empty", at: node) }
            return items.compactMap { item in text(item, "each of \(what)").map { ($0, item) } }
        default:
            report("\(what) should be a word or a list", at: node)
            return []
        }
    }

    /// `5`, or `4..6` (both ends included), within `limits`.
    mutating func range(_ node: Yams.Node, _ what: String, limits: ClosedRange<Int>) -> ClosedRange<Int>? {
        guard let source = text(node, what) else { return nil }
        let parts = source.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count) else {
            report("\(what) should be a whole number (`5`) or a range (`4..6`), not `\(source)`", at: node)
            return nil
        }
        let low = numbers[0], high = numbers.last!
        guard low <= high else {
            report("\(what): the range `\(source)` is empty; write the smaller number first", at: node)
            return nil
        }
        guard limits.contains(low), limits.contains(high) else {
            report("\(what) runs from \(limits.lowerBound) to \(limits.upperBound); `\(source)` is outside that", at: node)
            return nil
        }
        return low...high
    }

    mutating func plan(_ root: Yams.Node) -> [PlanRun] {
        guard let top = mapping(root, "the test plan", allowed: TestPlanLoader.topKeys) else { return [] }
        if let entry = top.first(where: { $0.key == "scenario" }), let id = text(entry.value, "`scenario`"), id != scenario.id {
            report("this plan is for `\(id)`, but the scenario beside it is `\(scenario.id)`", at: entry.value)
        }
        guard let runsEntry = top.first(where: { $0.key == "runs" }) else {
            findings.append(PlanFinding("the test plan needs `runs:`, a list of runs", at: Self.location(of: root)))
            return []
        }
        guard case .sequence(let items) = runsEntry.value, !items.isEmpty else {
            report("`runs` should be a list of runs (each starting with `- name:`)", at: runsEntry.value)
            return []
        }
        var runs: [PlanRun] = []
        for item in items {
            if let run = run(item) {
                if runs.contains(where: { $0.name == run.name }) {
                    findings.append(PlanFinding("two runs are called `\(run.name)`; give each its own name", at: run.location))
                }
                runs.append(run)
            }
        }
        return runs
    }

    mutating func run(_ node: Yams.Node) -> PlanRun? {
        guard let fields = mapping(node, "a run", allowed: TestPlanLoader.runKeys) else { return nil }
        func value(_ key: String) -> Yams.Node? { fields.first { $0.key == key }?.value }
        guard let nameNode = value("name"), let name = text(nameNode, "the run's `name`") else {
            report("a run needs `name:`", at: node)
            return nil
        }
        var seed: UInt64 = 1
        if let seedNode = value("seed") {
            if let source = text(seedNode, "`seed`"), let number = UInt64(source) {
                seed = number
            } else {
                report("`seed` should be a whole number, 0 or more", at: seedNode)
            }
        }
        var mode = PlanRun.Mode.practice
        if let modeNode = value("mode"), let source = text(modeNode, "`mode`") {
            if let chosen = PlanRun.Mode(rawValue: source) {
                mode = chosen
            } else {
                report("`mode` should be practice or exam, not `\(source)`", at: modeNode)
            }
        }
        let partnerName = value("partner-name").flatMap { text($0, "`partner-name`") }
        let yourName = value("your-name").flatMap { text($0, "`your-name`") }
        var steps: [PlanStep] = []
        if let stepsNode = value("steps") {
            if case .sequence(let items) = stepsNode, !items.isEmpty {
                for item in items {
                    if let step = step(item, mode: mode) { steps.append(step) }
                }
            } else {
                report("`steps` should be a list of steps (each starting with `- reply:`)", at: stepsNode)
            }
        } else {
            report("the run `\(name)` needs `steps:`, a list of replies", at: node)
        }
        return PlanRun(
            name: name, seed: seed, partnerName: partnerName, yourName: yourName, mode: mode,
            steps: steps, location: Self.location(of: nameNode))
    }

    mutating func step(_ node: Yams.Node, mode: PlanRun.Mode) -> PlanStep? {
        guard let fields = mapping(node, "a step", allowed: TestPlanLoader.stepKeys) else { return nil }
        guard let replyEntry = fields.first(where: { $0.key == "reply" }) else {
            report("a step needs `reply:` (what you say, or /undo or /restart)", at: node)
            return nil
        }
        guard let reply = text(replyEntry.value, "`reply`") else { return nil }
        let action: PlanStep.Action
        switch reply.trimmingCharacters(in: .whitespaces) {
        case "/undo":
            if mode == .exam { report("exam mode has no /undo; use mode: practice", at: replyEntry.value) }
            action = .undo
        case "/restart":
            action = .restart
        case let other where other.hasPrefix("/"):
            report("a step can use /undo or /restart; `\(other)` is not a command a plan can run", at: replyEntry.value)
            return nil
        default:
            action = .reply(reply)
        }
        var expectations: [Expectation] = []
        for entry in fields where entry.key != "reply" {
            let at = Self.location(of: entry.keyNode)
            if action != .reply(reply), ["cues", "no-cues", "crisis"].contains(entry.key) {
                report("`\(entry.key)` is checked on a reply; \(reply) has none", at: entry.keyNode)
                continue
            }
            for kind in expectation(entry.key, entry.value) {
                expectations.append(Expectation(kind: kind, location: at))
            }
        }
        return PlanStep(action: action, expectations: expectations, location: Self.location(of: replyEntry.value))
    }

    mutating func expectation(_ key: String, _ value: Yams.Node) -> [Expectation.Kind] {
        switch key {
        case "node":
            guard let id = text(value, "`node`"), knownNode(id, at: value) else { return [] }
            return [.node(id)]
        case "partner-says":
            return text(value, "`partner-says`").map { [.partnerSays($0)] } ?? []
        case "cues", "no-cues":
            let names = texts(value, "`\(key)`").compactMap { name, node in knownCue(name, at: node) }
            return names.isEmpty ? [] : [key == "cues" ? .cues(names) : .noCues(names)]
        case "meters":
            guard let entries = mapping(value, "`meters`", allowed: nil) else { return [] }
            let declared = scenario.meters.map(\.name)
            return entries.compactMap { entry in
                guard declared.contains(entry.key) else {
                    report("`\(entry.key)` is not a meter of `\(scenario.id)`; it has: \(declared.joined(separator: ", "))", at: entry.keyNode)
                    return nil
                }
                return range(entry.value, "the meter `\(entry.key)`", limits: Meter.range).map { .meter(entry.key, $0) }
            }
        case "scores":
            guard let entries = mapping(value, "`scores`", allowed: nil) else { return [] }
            return entries.compactMap { entry in
                guard rubricNames.contains(entry.key) else {
                    report("`\(scenario.id)` is not scored with `\(entry.key)`; its rubrics are: \(rubricNames.joined(separator: ", "))", at: entry.keyNode)
                    return nil
                }
                return range(entry.value, "the score for `\(entry.key)`", limits: 0...10).map { .score(entry.key, $0) }
            }
        case "ending":
            return ending(value).map { [$0] } ?? []
        case "crisis":
            guard let source = text(value, "`crisis`"), let flag = ["true": true, "false": false][source] else {
                report("`crisis` should be true or false", at: value)
                return []
            }
            return [.crisis(flag)]
        default:
            return []
        }
    }

    /// `success`, `none`, or `{ outcome: success, node: agreement }`.
    mutating func ending(_ node: Yams.Node) -> Expectation.Kind? {
        let outcomes = Ending.Outcome.allCases.map(\.rawValue).joined(separator: ", ")
        if case .scalar = node {
            guard let source = text(node, "`ending`") else { return nil }
            if source == "none" { return .ending(ended: false, outcome: nil, node: nil) }
            guard let outcome = Ending.Outcome(rawValue: source) else {
                report("`ending` should be an outcome (\(outcomes)), `none`, or `{ outcome: …, node: … }`; not `\(source)`", at: node)
                return nil
            }
            return .ending(ended: true, outcome: outcome, node: nil)
        }
        guard let entries = mapping(node, "`ending`", allowed: ["outcome", "node"]) else { return nil }
        var outcome: Ending.Outcome?
        var nodeID: String?
        for entry in entries {
            guard let source = text(entry.value, "the ending's `\(entry.key)`") else { continue }
            if entry.key == "outcome" {
                outcome = Ending.Outcome(rawValue: source)
                if outcome == nil { report("an outcome is one of \(outcomes), not `\(source)`", at: entry.value) }
            } else if knownNode(source, at: entry.value) {
                if scenario.nodes[source]?.ending == nil {
                    report("`\(source)` is not an ending of `\(scenario.id)` (it has no `end`)", at: entry.value)
                }
                nodeID = source
            }
        }
        guard outcome != nil || nodeID != nil else {
            report("`ending` needs `outcome:` or `node:`", at: node)
            return nil
        }
        return .ending(ended: true, outcome: outcome, node: nodeID)
    }

    mutating func knownNode(_ id: String, at node: Yams.Node) -> Bool {
        if scenario.nodes[id] != nil { return true }
        let hint = Self.closest(id, scenario.nodeOrder).map { "; did you mean `\($0)`?" } ?? ""
        report("`\(scenario.id)` has no node `\(id)`\(hint)", at: node)
        return false
    }

    mutating func knownCue(_ name: String, at node: Yams.Node) -> CueName? {
        let cue = CueName(name)
        if scenario.knownCues.contains(cue) { return cue }
        let hint = Self.closest(name, scenario.knownCues.map(\.rawValue).sorted()).map { "; did you mean `\($0)`?" } ?? ""
        report("unknown cue `\(name)`\(hint)", at: node)
        return nil
    }

    /// The candidate nearest to a misspelt name (a small edit distance only).
    static func closest(_ word: String, _ candidates: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return a.isEmpty ? b.count : previous[b.count]
        }
        let scored = candidates.map { ($0, distance(Array(word), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= (word.count <= 4 ? 1 : 2) else { return nil }
        return best.0
    }
}
