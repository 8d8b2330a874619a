import Analysis
import Foundation
import Yams

/// What loading a scenario file gave: the scenario when it has no errors,
/// and every finding either way.
public struct LoadResult: Sendable {
    public let scenario: Scenario?
    public let findings: [Finding]
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Loads `rehearse/1` scenario files through Yams' node tree, so that every
/// problem has a line and column.
public struct ScenarioLoader: Sendable {
    public static let formatVersion = "rehearse/1"

    /// Rubric names that `rubric:` may use; nil skips that check.
    public var knownRubrics: Set<String>?

    public init(knownRubrics: Set<String>? = nil) {
        self.knownRubrics = knownRubrics
    }

    /// Loads a file; an unreadable file is reported as a finding at 1:1.
    public func load(path: String) -> LoadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            return LoadResult(scenario: nil, findings: [Finding(.yamlSyntax, "cannot read the file", at: .start)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return LoadResult(scenario: nil, findings: [Finding(.yamlSyntax, "the file is not UTF-8 text", at: .start)])
        }
        return load(yaml: text, path: path)
    }

    public func load(yaml text: String, path: String? = nil) -> LoadResult {
        let root: YAMLNode?
        do {
            // The basic resolver leaves every scalar a string: the builder reads
            // numbers itself, and resolving tags by regular expression was
            // half of the time spent loading a large file.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return LoadResult(scenario: nil, findings: [Self.finding(for: error, in: text)])
        } catch {
            return LoadResult(scenario: nil, findings: [Finding(.yamlSyntax, "\(error)", at: .start)])
        }
        guard let root else {
            return LoadResult(scenario: nil, findings: [Finding(.missingKey, "the file is empty; a scenario needs `format`, `id`, `title` and more (try `rehearse new ID`)", at: .start)])
        }
        var builder = ScenarioBuilder(knownRubrics: knownRubrics)
        let scenario = builder.build(root, path: path)
        let findings = builder.reader.findings.sorted { $0.location < $1.location }
        let hasErrors = findings.contains { $0.severity == .error }
        return LoadResult(scenario: hasErrors ? nil : scenario, findings: findings)
    }

    static func finding(for error: YamlError, in text: String) -> Finding {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let location = secondOccurrence(of: key, after: context.mark, in: text)
                ?? SourceLocation(line: context.mark.line, column: context.mark.column)
            return Finding(.duplicateKey, "`\(key)` appears twice in the same mapping; keep one (first at line \(context.mark.line))", at: location)
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text): " } ?? ""
            return Finding(.yamlSyntax, "YAML: \(prefix)\(problem)", at: SourceLocation(line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return Finding(.yamlSyntax, "YAML: \(problem)", at: .start)
        default:
            return Finding(.yamlSyntax, "YAML: \(error)", at: .start)
        }
    }
}

extension ScenarioLoader {
    /// A mapping of the format whose keys are fixed (an unknown key is an
    /// error). Mappings of free names (`nodes`, `state`, `cues`, `set`) are
    /// not among them.
    public enum KeyedMapping: String, CaseIterable, Sendable {
        /// The top level of the file.
        case scenario
        /// `partner:` at the top level.
        case partner
        /// One entry of `nodes:`.
        case node
        /// One item of a node's `replies:`.
        case reply
        /// The long form of `end:`, `{ outcome: …, title: … }`.
        case ending
    }

    /// The keys the loader accepts in `mapping`, in the order the format
    /// documents them; the JSON Schema in `schema/` is tested against these.
    public static func acceptedKeys(in mapping: KeyedMapping) -> [String] {
        switch mapping {
        case .scenario: ScenarioBuilder.topLevelKeys
        case .partner: ScenarioBuilder.partnerKeys
        case .node: ScenarioBuilder.nodeKeys
        case .reply: ScenarioBuilder.replyKeys
        case .ending: ScenarioBuilder.endingKeys
        }
    }
}

extension ScenarioLoader {
    /// Yams reports a duplicate key at its first occurrence; the mistake is
    /// usually the second, at the same indentation further down.
    static func secondOccurrence(of key: String, after mark: Mark, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let column = mark.column - 1
            guard column < scalars.count else { continue }
            let rest = String(String.UnicodeScalarView(scalars[column...]))
            let before = scalars[..<column]
            if before.allSatisfy({ $0 == " " || $0 == "-" }) && (rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":")) {
                return SourceLocation(line: index + 1, column: mark.column)
            }
        }
        return nil
    }
}

/// Builds a `Scenario` from the node tree, then checks the parts that refer
/// to each other (targets, cues, meters).
struct ScenarioBuilder {
    var reader = YAMLReader()
    let knownRubrics: Set<String>?

    init(knownRubrics: Set<String>?) {
        self.knownRubrics = knownRubrics
    }

    static let topLevelKeys = [
        "format", "id", "title", "area", "skills", "level", "goal", "content-note",
        "partner", "state", "cues", "start", "nodes", "rubric",
    ]
    static let nodeKeys = ["partner", "coach", "examples", "replies", "end"]
    static let replyKeys = ["if", "else", "set", "partner", "go", "examples"]
    static let partnerKeys = ["name", "relation", "manner"]
    static let endingKeys = ["outcome", "title"]

    /// A condition waiting for the scenario's names to be known.
    private struct PendingCondition {
        let mentions: [ConditionParser.Mention]
        let location: SourceLocation
    }
    private var pendingConditions: [PendingCondition] = []
    private var pendingEffects: [(meter: String, location: SourceLocation)] = []
    private var pendingTargets: [(node: String, location: SourceLocation)] = []
    private var placeholderLines: [(text: String, location: SourceLocation)] = []
    private var sourceMap = SourceMap()

    mutating func build(_ root: YAMLNode, path: String?) -> Scenario? {
        guard let top = reader.fields(root, in: "the scenario", allowed: Self.topLevelKeys) else { return nil }

        if let node = top.required("format", &reader), let format = reader.string(node, "`format`"),
           format != ScenarioLoader.formatVersion {
            reader.report(.unsupportedFormat, "`format` is `\(format)`; this version of Rehearse reads `\(ScenarioLoader.formatVersion)`", at: YAMLReader.location(of: node))
        }
        let id = top.required("id", &reader).flatMap { idValue($0) } ?? ""
        let title = top.required("title", &reader).flatMap { text($0, "`title`") } ?? ""
        let area = top.required("area", &reader).flatMap { areaValue($0) } ?? .skillsDrill
        let skillsNode = top.required("skills", &reader)
        let skills = skillsNode.flatMap { reader.strings($0, "`skills`") } ?? []
        if let skillsNode { sourceMap.skills = Self.itemLocations(skillsNode) }
        let level = top.required("level", &reader).flatMap { levelValue($0) } ?? 1
        let goal = top.required("goal", &reader).flatMap { text($0, "`goal`") } ?? ""
        let contentNote = top["content-note"].flatMap { text($0, "`content-note`") }
        let partner = top.required("partner", &reader).flatMap { partnerValue($0) } ?? Partner(name: "")
        let meters = top["state"].flatMap { metersValue($0) } ?? []
        let phraseCues = top["cues"].flatMap { phraseCuesValue($0) } ?? []
        let startNode = top.required("start", &reader)
        let start = startNode.flatMap { reader.string($0, "`start`") } ?? ""
        let rubrics = top["rubric"].flatMap { rubricsValue($0) } ?? []

        var nodes: [String: Node] = [:]
        var order: [String] = []
        if let nodesNode = top.required("nodes", &reader), let entries = reader.namedEntries(nodesNode, in: "`nodes`") {
            if entries.isEmpty {
                reader.report(.missingKey, "`nodes` is empty; a scenario needs at least a start node and an ending", at: YAMLReader.location(of: nodesNode))
            }
            for entry in entries {
                if let node = nodeValue(entry) {
                    nodes[entry.key] = node
                    order.append(entry.key)
                }
            }
        }

        let scenario = Scenario(
            id: id, title: title, area: area, skills: skills, level: level, goal: goal,
            contentNote: contentNote, partner: partner, meters: meters, phraseCues: phraseCues,
            start: start, nodes: nodes, nodeOrder: order, rubrics: rubrics, path: path, sourceMap: sourceMap)

        if let startNode, !start.isEmpty {
            if let first = nodes[start] {
                if first.partnerLines.isEmpty && first.ending == nil {
                    reader.report(.missingKey, "the start node `\(start)` needs a `partner` line: the other person speaks first", at: first.location)
                }
            } else if !order.isEmpty || nodes.isEmpty {
                reader.report(.unknownStart, "`start` names `\(start)`, but there is no such node\(suggestion(start, order))", at: YAMLReader.location(of: startNode))
            }
        }
        crossCheck(scenario)
        return scenario
    }

    private func suggestion(_ name: String, _ candidates: [String]) -> String {
        YAMLReader.closest(to: name, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    // MARK: Top-level values

    private mutating func idValue(_ node: YAMLNode) -> String? {
        guard let id = reader.string(node, "`id`") else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if id.isEmpty || !allowed {
            reader.report(.invalidValue, "`id` should use lowercase letters, digits and `-` only (it is typed on the command line), not `\(id)`", at: YAMLReader.location(of: node))
        }
        return id
    }

    private mutating func areaValue(_ node: YAMLNode) -> Area? {
        guard let text = reader.string(node, "`area`") else { return nil }
        guard let area = Area(rawValue: text) else {
            reader.report(.invalidValue, "`area` should be one of \(Area.allCases.map(\.rawValue).joined(separator: ", ")), not `\(text)`", at: YAMLReader.location(of: node))
            return nil
        }
        return area
    }

    private mutating func levelValue(_ node: YAMLNode) -> Int? {
        guard let level = reader.integer(node, "`level`") else { return nil }
        guard (1...5).contains(level) else {
            reader.report(.invalidValue, "`level` should be 1 to 5, not \(level)", at: YAMLReader.location(of: node))
            return nil
        }
        return level
    }

    private mutating func partnerValue(_ node: YAMLNode) -> Partner? {
        guard let fields = reader.fields(node, in: "`partner`", allowed: Self.partnerKeys) else { return nil }
        let name = fields.required("name", &reader).flatMap { text($0, "the partner's `name`") } ?? ""
        return Partner(
            name: name,
            relation: fields["relation"].flatMap { text($0, "`relation`") },
            manner: fields["manner"].flatMap { text($0, "`manner`") })
    }

    private mutating func metersValue(_ node: YAMLNode) -> [Meter]? {
        guard let entries = reader.namedEntries(node, in: "`state`") else { return nil }
        var meters: [Meter] = []
        for entry in entries {
            if entry.key == "turn" || CueName.builtIn.contains(CueName(entry.key)) {
                reader.report(.invalidValue, "`\(entry.key)` cannot be a meter's name: conditions already use it", at: entry.keyLocation)
                continue
            }
            guard let value = reader.integer(entry.value, "the meter `\(entry.key)`") else { continue }
            guard Meter.range.contains(value) else {
                reader.report(.invalidValue, "the meter `\(entry.key)` starts at \(value); meters run from 0 to 10", at: YAMLReader.location(of: entry.value))
                continue
            }
            meters.append(Meter(name: entry.key, initial: value))
            sourceMap.meters[entry.key] = entry.keyLocation
        }
        return meters
    }

    private mutating func phraseCuesValue(_ node: YAMLNode) -> [PhraseCue]? {
        guard let entries = reader.namedEntries(node, in: "`cues`") else { return nil }
        var cues: [PhraseCue] = []
        for entry in entries {
            let name = CueName(entry.key)
            if CueName.builtIn.contains(name) {
                reader.report(.duplicateKey, "`\(entry.key)` is a built-in cue; give the scenario's cue another name", at: entry.keyLocation)
                continue
            }
            guard let patternNodes = patternNodes(entry.value, cue: entry.key) else { continue }
            var patterns: [PhrasePattern] = []
            for patternNode in patternNodes {
                guard let source = reader.string(patternNode, "a pattern of `\(entry.key)`") else { continue }
                do {
                    patterns.append(try PhrasePattern(source))
                } catch {
                    reader.report(.badPhrasePattern, "pattern `\(source)`: \(error.message)", at: Self.scalarStart(patternNode).advanced(by: error.offset))
                }
            }
            cues.append(PhraseCue(name: name, patterns: patterns))
            sourceMap.cues[name] = entry.keyLocation
        }
        return cues
    }

    private mutating func patternNodes(_ node: YAMLNode, cue: String) -> [YAMLNode]? {
        switch node {
        case .scalar: return [node]
        case .sequence(let sequence) where !sequence.isEmpty: return Array(sequence)
        default:
            reader.report(.wrongType, "the cue `\(cue)` should have a pattern or a list of patterns", at: YAMLReader.location(of: node))
            return nil
        }
    }

    private mutating func rubricsValue(_ node: YAMLNode) -> [String]? {
        guard let names = reader.strings(node, "`rubric`") else { return nil }
        sourceMap.rubrics = Self.itemLocations(node)
        if let knownRubrics {
            for name in names where !knownRubrics.contains(name) {
                reader.report(.unknownRubric, "no built-in rubric is called `\(name)`; there are: \(knownRubrics.sorted().joined(separator: ", "))", at: YAMLReader.location(of: node))
            }
        }
        return names
    }

    /// Each text of a single value or list, with where it stands (the first wins).
    static func itemLocations(_ node: YAMLNode) -> [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        let items: [YAMLNode]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        default: items = [node]
        }
        for item in items {
            if case .scalar(let scalar) = item, result[scalar.string] == nil {
                result[scalar.string] = YAMLReader.location(of: item)
            }
        }
        return result
    }

    /// Text shown to the user: read as a string and checked for terminal
    /// control characters.
    private mutating func text(_ node: YAMLNode, _ what: String) -> String? {
        guard let value = reader.string(node, what) else { return nil }
        checkControlCharacters(value, what, at: node)
        return value
    }

    /// Texts shown to the user (a single value or a list), each checked for
    /// terminal control characters.
    private mutating func texts(_ node: YAMLNode, _ what: String) -> [String]? {
        guard let values = reader.strings(node, what) else { return nil }
        if case .sequence(let sequence) = node {
            for item in sequence {
                if case .scalar(let scalar) = item { checkControlCharacters(scalar.string, what, at: item) }
            }
        } else {
            for value in values { checkControlCharacters(value, what, at: node) }
        }
        return values
    }

    private mutating func checkControlCharacters(_ value: String, _ what: String, at node: YAMLNode) {
        guard let (offset, scalar) = ControlCharacter.first(in: value) else { return }
        reader.report(.controlCharacter, "\(what) contains \(ControlCharacter.describe(scalar)) at character \(offset + 1); a terminal would obey it instead of showing it. Remove it", at: YAMLReader.location(of: node))
    }

    /// Where a scalar's text begins: one column past an opening quote.
    static func scalarStart(_ node: YAMLNode) -> SourceLocation {
        let location = YAMLReader.location(of: node)
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            return location.advanced(by: 1)
        }
        return location
    }

    // MARK: Nodes and replies

    private mutating func nodeValue(_ entry: Fields.Entry) -> Node? {
        let context = "the node `\(entry.key)`"
        guard let fields = reader.fields(entry.value, in: context, allowed: Self.nodeKeys) else { return nil }
        let partnerLines = fields["partner"].flatMap { lines($0, "`partner`") } ?? []
        var ending: Ending?
        if let endNode = fields["end"] {
            ending = endingValue(endNode, nodeID: entry.key)
        }
        var replies: [Reply] = []
        if let repliesNode = fields["replies"] {
            if ending != nil {
                reader.report(.endingWithReplies, "\(context) is an ending (`end`) and also has `replies`, which would never be used", at: fields.entry("replies")!.keyLocation)
            }
            if case .sequence(let sequence) = repliesNode {
                for item in sequence {
                    if let reply = replyValue(item, nodeID: entry.key) { replies.append(reply) }
                }
            } else {
                reader.report(.wrongType, "`replies` should be a list (each item starting with `- if:` or `- else:`)", at: YAMLReader.location(of: repliesNode))
            }
        }
        if ending == nil && fields["replies"] == nil {
            reader.report(.deadEnd, "\(context) has no `replies` and no `end`: the conversation would get stuck here", at: entry.keyLocation)
        } else if ending == nil, !replies.isEmpty, !replies.contains(where: { $0.target != nil && $0.target != entry.key }) {
            reader.report(.deadEnd, "no reply of \(context) has a `go` to another node: the conversation could never leave it", at: entry.keyLocation)
        }
        if let elseIndex = replies.firstIndex(where: \.isElse), elseIndex < replies.count - 1 {
            reader.report(.unreachableReply, "this reply comes after `else` in \(context) and is never tried; move `else` last", at: replies[elseIndex + 1].location)
        } else if ending == nil, let last = replies.last, !last.isElse {
            reader.report(.missingElse, "the replies of \(context) do not end with `else:`; a reply that matches none of them gets the node's line again", at: last.location)
        }
        // A hint may name the other person: "{partner} is worried too".
        var coach: String?
        if let coachNode = fields["coach"], let hint = text(coachNode, "`coach`") {
            coach = hint
            placeholderLines.append((hint, YAMLReader.location(of: coachNode)))
        }
        return Node(
            id: entry.key, partnerLines: partnerLines,
            coach: coach,
            examples: fields["examples"].flatMap { texts($0, "`examples`") } ?? [],
            replies: replies, ending: ending, location: entry.keyLocation)
    }

    private mutating func lines(_ node: YAMLNode, _ what: String) -> [String]? {
        guard let texts = texts(node, what) else { return nil }
        let location = YAMLReader.location(of: node)
        for text in texts { placeholderLines.append((text, location)) }
        return texts
    }

    private mutating func endingValue(_ node: YAMLNode, nodeID: String) -> Ending? {
        let defaultTitle = nodeID.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        if case .mapping = node {
            guard let fields = reader.fields(node, in: "`end`", allowed: Self.endingKeys) else { return nil }
            guard let outcomeNode = fields.required("outcome", &reader), let outcome = outcomeValue(outcomeNode) else { return nil }
            let title = fields["title"].flatMap { text($0, "the ending's `title`") } ?? defaultTitle
            return Ending(outcome: outcome, title: title)
        }
        guard let outcome = outcomeValue(node) else { return nil }
        return Ending(outcome: outcome, title: defaultTitle)
    }

    private mutating func outcomeValue(_ node: YAMLNode) -> Ending.Outcome? {
        guard let text = reader.string(node, "the ending's outcome") else { return nil }
        guard let outcome = Ending.Outcome(rawValue: text) else {
            reader.report(.invalidValue, "an ending's outcome should be one of \(Ending.Outcome.allCases.map(\.rawValue).joined(separator: ", ")), not `\(text)`", at: YAMLReader.location(of: node))
            return nil
        }
        return outcome
    }

    private mutating func replyValue(_ node: YAMLNode, nodeID: String) -> Reply? {
        let location = YAMLReader.location(of: node)
        guard let fields = reader.fields(node, in: "a reply of `\(nodeID)`", allowed: Self.replyKeys) else { return nil }
        var condition: Condition?
        var conditionSource: String?
        switch (fields["if"], fields["else"]) {
        case (.some, .some):
            reader.report(.invalidValue, "a reply has either `if:` or `else:`, not both", at: fields.entry("else")!.keyLocation)
        case (nil, nil):
            reader.report(.missingKey, "a reply of `\(nodeID)` needs `if:` (a condition) or `else:`", at: location)
            return nil
        case (.some(let ifNode), nil):
            guard let source = reader.string(ifNode, "`if`") else { return nil }
            conditionSource = source
            let start = Self.scalarStart(ifNode)
            do {
                let (parsed, mentions) = try ConditionParser.parse(source)
                condition = parsed
                pendingConditions.append(PendingCondition(mentions: mentions, location: start))
            } catch {
                reader.report(.malformedCondition, "condition `\(source)`: \(error.message)", at: start.advanced(by: error.offset))
                // Keep the reply (the file has an error, so it never runs) so
                // that its `go` still counts and no second finding follows.
                condition = .cue(CueName(source))
            }
        case (nil, .some(let elseNode)):
            if !YAMLReader.isNull(elseNode) && !(elseNode.scalar?.string == "true") {
                reader.report(.wrongType, "write `else:` with nothing after it; its partner line and effects go on the following lines", at: YAMLReader.location(of: elseNode))
            }
        }
        var effects: [MeterEffect] = []
        if let setNode = fields["set"], let entries = reader.namedEntries(setNode, in: "`set`") {
            for entry in entries {
                if let effect = effectValue(entry) {
                    effects.append(effect)
                    pendingEffects.append((entry.key, entry.keyLocation))
                }
            }
        }
        var target: String?
        if let goNode = fields["go"], let name = reader.string(goNode, "`go`") {
            target = name
            pendingTargets.append((name, YAMLReader.location(of: goNode)))
        }
        let partnerLines = fields["partner"].flatMap { lines($0, "`partner`") } ?? []
        let examples = fields["examples"].flatMap { texts($0, "`examples`") } ?? []
        return Reply(
            condition: condition, conditionSource: conditionSource, effects: effects,
            partnerLines: partnerLines, target: target, examples: examples, location: location)
    }

    private mutating func effectValue(_ entry: Fields.Entry) -> MeterEffect? {
        guard case .scalar(let scalar) = entry.value, !YAMLReader.isNull(entry.value) else {
            reader.report(.wrongType, "the change to `\(entry.key)` should be a number such as `+2`, `-1` or `5`", at: YAMLReader.location(of: entry.value))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        let change: MeterEffect.Change?
        if text.hasPrefix("+") || text.hasPrefix("-") {
            change = Int(text.dropFirst()).map { .add(text.hasPrefix("-") ? -$0 : $0) }
        } else {
            change = Int(text).map { .set($0) }
        }
        guard let change else {
            reader.report(.wrongType, "the change to `\(entry.key)` should be a number such as `+2`, `-1` or `5`, not `\(text)`", at: YAMLReader.location(of: entry.value))
            return nil
        }
        if case .set(let value) = change, !Meter.range.contains(value) {
            reader.report(.invalidValue, "`\(entry.key)` cannot be set to \(value); meters run from 0 to 10", at: YAMLReader.location(of: entry.value))
            return nil
        }
        return MeterEffect(meter: entry.key, change: change)
    }

    // MARK: Cross-references

    private mutating func crossCheck(_ scenario: Scenario) {
        let cues = scenario.knownCues
        let meters = Set(scenario.meters.map(\.name))
        let nodes = scenario.nodeOrder
        for pending in pendingConditions {
            for mention in pending.mentions {
                let location = pending.location.advanced(by: mention.offset)
                switch mention.kind {
                case .cue where !cues.contains(CueName(mention.name)):
                    if meters.contains(mention.name) {
                        reader.report(.unknownCue, "`\(mention.name)` is a meter: compare it with a number, e.g. `\(mention.name) >= 5`", at: location)
                    } else {
                        let candidates = cues.map(\.rawValue).sorted()
                        reader.report(.unknownCue, "unknown cue `\(mention.name)`\(suggestion(mention.name, candidates)) (cues are listed in docs/scenario-format.md; add your own under `cues:`)", at: location)
                    }
                case .meter where !meters.contains(mention.name):
                    reader.report(.unknownMeter, "unknown meter `\(mention.name)`\(suggestion(mention.name, Array(meters).sorted())); declare it under `state:`", at: location)
                case .visited where !scenario.nodes.keys.contains(mention.name):
                    reader.report(.unknownVisitedNode, "`visited(\(mention.name))` names no node\(suggestion(mention.name, nodes))", at: location)
                default:
                    break
                }
            }
        }
        for (meter, location) in pendingEffects where !meters.contains(meter) {
            reader.report(.unknownMeter, "unknown meter `\(meter)`\(suggestion(meter, Array(meters).sorted())); declare it under `state:`", at: location)
        }
        for (node, location) in pendingTargets where scenario.nodes[node] == nil {
            reader.report(.unknownTarget, "`go` names `\(node)`, but there is no such node\(suggestion(node, nodes))", at: location)
        }
        for (text, location) in placeholderLines {
            for name in Self.placeholders(in: text) where !["you", "partner"].contains(name) {
                reader.report(.unknownPlaceholder, "`{\(name)}` is not a placeholder; use `{you}` or `{partner}`", at: location)
            }
        }
    }

    static func placeholders(in text: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            result.append(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return result
    }
}
