import Analysis
import Foundation
import Scenarios
import Scoring
import Testing

/// `schema/rehearse-1.schema.json` is what editors use to complete and check
/// scenario files. These tests keep it in step with the loader: the same
/// keys, the same names, and the files the loader accepts pass it.
@Suite struct ScenarioSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = packageRoot.appendingPathComponent("schema/rehearse-1.schema.json")
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let loader = ScenarioLoader(knownRubrics: Set(Rubric.builtInNames))

    static func schema() throws -> JSONValue {
        try JSONValue.parse(json: Data(contentsOf: schemaURL))
    }

    static func validator() throws -> JSONSchemaValidator {
        JSONSchemaValidator(root: try schema())
    }

    static var shippedScenarios: [URL] {
        let folder = packageRoot.appendingPathComponent("Scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".test.yaml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Where in the schema each of the loader's keyed mappings is described.
    /// The switch is exhaustive, so a new kind of mapping in the loader does
    /// not compile here until the schema describes it.
    static func pointer(for mapping: ScenarioLoader.KeyedMapping) -> String {
        switch mapping {
        case .scenario: "#"
        case .partner: "#/$defs/partner"
        case .node: "#/$defs/node"
        case .reply: "#/$defs/reply"
        case .ending: "#/$defs/ending"
        }
    }

    // MARK: The schema and the loader agree

    @Test(arguments: ScenarioLoader.KeyedMapping.allCases)
    func schemaHasExactlyTheLoadersKeys(_ mapping: ScenarioLoader.KeyedMapping) throws {
        let validator = try Self.validator()
        let described = try #require(validator.resolve(Self.pointer(for: mapping)), "no \(Self.pointer(for: mapping)) in the schema")
        let properties = try #require(described["properties"]?.object, "\(mapping) has no properties in the schema")
        let accepted = ScenarioLoader.acceptedKeys(in: mapping)
        #expect(!accepted.isEmpty)
        #expect(Set(properties.keys) == Set(accepted), "\(mapping): only in the schema \(Set(properties.keys).subtracting(accepted).sorted()), only in the loader \(Set(accepted).subtracting(properties.keys).sorted())")
        #expect(described["additionalProperties"] == .bool(false), "\(mapping) should reject unknown keys, as the loader does")
        for (key, property) in properties {
            #expect(Self.describes(property, in: validator), "\(mapping).\(key) has no description for editors")
        }
    }

    /// The schema describes no closed mapping beyond the loader's: every
    /// object with named `properties` is one of `KeyedMapping`'s.
    @Test func schemaDescribesNoOtherKeyedMapping() throws {
        let schema = try Self.schema()
        var found: Set<String> = []
        func walk(_ value: JSONValue, _ pointer: String) {
            guard let object = value.object else {
                for (index, item) in (value.array ?? []).enumerated() { walk(item, pointer + "/\(index)") }
                return
            }
            if object["properties"] != nil || object["additionalProperties"] == .bool(false) { found.insert(pointer) }
            for (key, child) in object where key != "enum" && key != "const" {
                walk(child, pointer + "/" + key)
            }
        }
        walk(schema, "#")
        let expected = Set(ScenarioLoader.KeyedMapping.allCases.map(Self.pointer(for:)))
        #expect(found == expected, "only in the schema: \(found.subtracting(expected).sorted()); missing: \(expected.subtracting(found).sorted())")
    }

    @Test func schemaUsesOnlyKeywordsTheValidatorChecks() throws {
        var unknown: Set<String> = []
        func walk(_ schema: JSONValue) {
            guard let object = schema.object else { return }
            for (keyword, argument) in object {
                if !JSONSchemaValidator.annotations.contains(keyword) && !JSONSchemaValidator.assertions.contains(keyword) {
                    unknown.insert(keyword)
                }
                switch keyword {
                case "properties", "patternProperties", "$defs":
                    argument.object?.values.forEach(walk)
                case "oneOf", "anyOf", "allOf":
                    argument.array?.forEach(walk)
                case "items", "additionalProperties", "propertyNames", "not":
                    walk(argument)
                default:
                    break
                }
            }
        }
        walk(try Self.schema())
        #expect(unknown.isEmpty, "keywords the test validator does not check: \(unknown.sorted())")
        #expect(try Self.schema()["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    }

    @Test func enumsMatchTheModel() throws {
        let validator = try Self.validator()
        #expect(validator.resolve("#/properties/format/enum") == .array([.string(ScenarioLoader.formatVersion)]))
        #expect(validator.resolve("#/properties/area/enum") == .array(Area.allCases.map { .string($0.rawValue) }))
        #expect(validator.resolve("#/$defs/outcome/enum") == .array(Ending.Outcome.allCases.map { .string($0.rawValue) }))
        let builtIn = CueName.builtIn.map { JSONValue.string($0.rawValue) }
        #expect(validator.resolve("#/$defs/cueName/not/enum") == .array(builtIn))
        #expect(validator.resolve("#/$defs/freeName/not/enum") == .array([.string("turn")] + builtIn))
        // What an editor shows on hovering `if:` names every built-in cue.
        let ifHelp = validator.resolve("#/$defs/reply/properties/if/description")?.string ?? ""
        let listed = Set(ifHelp.split { !$0.isLetter && $0 != "-" }.map(String.init))
        #expect(CueName.builtIn.filter { !listed.contains($0.rawValue) }.isEmpty, "`if` description lacks \(CueName.builtIn.filter { !listed.contains($0.rawValue) })")
    }

    // MARK: Files

    @Test(arguments: shippedScenarios)
    func shippedScenarioPassesTheSchema(_ file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(!Self.loader.load(yaml: text, path: file.path).hasErrors)
        let errors = try Self.validator().validate(JSONValue.parse(yaml: text))
        #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors)")
    }

    @Test func thereAreShippedScenarios() {
        #expect(Self.shippedScenarios.count >= 3)
    }

    /// Files the loader reads without errors pass the schema: the valid
    /// fixture, the loader tests' sample, and fixtures whose only errors are
    /// cross-references or meaning the schema cannot see.
    @Test(arguments: [
        "valid.yaml", "RH005-unknown-start.yaml", "RH006-unknown-target.yaml", "RH007-unknown-cue.yaml",
        "RH008-unknown-meter.yaml", "RH009-malformed-condition.yaml", "RH012-bad-phrase-pattern.yaml",
        "RH015-unknown-visited-node.yaml", "RH018-missing-else.yaml", "RH019-unreachable-reply.yaml",
        "RH020-unknown-placeholder.yaml",
    ])
    func fixtureWithoutShapeErrorsPassesTheSchema(_ name: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        let errors = try Self.validator().validate(JSONValue.parse(yaml: text))
        #expect(errors.isEmpty, "\(name): \(errors)")
    }

    @Test func loaderSamplePassesTheSchema() throws {
        #expect(!Self.loader.load(yaml: ScenarioLoaderTests.yaml).hasErrors)
        let errors = try Self.validator().validate(JSONValue.parse(yaml: ScenarioLoaderTests.yaml))
        #expect(errors.isEmpty, "\(errors)")
    }

    /// Fixtures whose error is about the file's shape fail the schema too,
    /// at the same place.
    @Test(arguments: [
        ("RH002-unknown-key.yaml", "/nodes/opening: unknown key `couch`"),
        ("RH003-missing-key.yaml", "/: missing required key `title`"),
        ("RH004-wrong-type.yaml", "/level: [1] is not of type integer"),
        ("RH013-invalid-value.yaml", "/area: \"skill-drill\" is not one of"),
        ("RH014-unsupported-format.yaml", "/format: \"rehearse/2\" is not one of"),
        ("RH016-unknown-rubric.yaml", "/rubric: [\"assertivenes\"] matches none of the alternatives"),
        ("RH017-ending-with-replies.yaml", "/nodes/done: matches 2 alternatives"),
    ])
    func fixtureWithAShapeErrorFailsTheSchema(_ name: String, _ expected: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
        #expect(Self.loader.load(yaml: text).hasErrors)
        let errors = try Self.validator().validate(JSONValue.parse(yaml: text))
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(name): \(errors)")
    }

    /// Misspells the first occurrence of a key in `dishes.yaml`.
    @Test(arguments: [
        ("\ntitle:", "\ntitel:", "/: unknown key `titel`"),
        ("\n    coach:", "\n    couch:", "/nodes/opening: unknown key `couch`"),
        ("\n      - if:", "\n      - iff:", "/nodes/opening/replies/0: unknown key `iff`"),
        ("\n  relation:", "\n  relative:", "/partner: unknown key `relative`"),
        ("\n        go:", "\n        goto:", "/nodes/opening/replies/0: unknown key `goto`"),
    ])
    func misspeltKeyFailsTheSchema(_ original: String, _ misspelt: String, _ expected: String) throws {
        let file = Self.packageRoot.appendingPathComponent("Scenarios/dishes.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: original), "dishes.yaml no longer has `\(original)`")
        let broken = text.replacingCharacters(in: range, with: misspelt)
        #expect(Self.loader.load(yaml: broken).findings.contains { $0.code.id == DiagnosticCode.unknownKey.id })
        #expect(try Self.validator().validate(JSONValue.parse(yaml: text)).isEmpty)
        let errors = try Self.validator().validate(JSONValue.parse(yaml: broken))
        #expect(errors.contains { $0.hasPrefix(expected) }, "\(errors)")
    }

    @Test(arguments: [
        ("if: blame\n        set: { tension: +2, trust: -1 }", true),
        ("if: blame\n        set: { tension: 5 }", true),
        ("if: blame\n        set: { tension: \"+2\" }", true),
        ("if: blame\n        set: { tension: two }", false),
        ("if: blame\n        set: { tension: 12 }", false),
        ("else:", true),
        ("else: true", true),
        ("else: go away", false),
        ("if: blame\n        else:", false),
        ("partner: Hm.", false),
    ])
    func replyForms(_ reply: String, _ valid: Bool) throws {
        let text = """
            format: rehearse/1
            id: forms
            title: Forms
            area: skills-drill
            skills: assertiveness
            level: 1
            goal: Check reply forms.
            partner: { name: Sam }
            state: { tension: 5, trust: 5 }
            start: a
            nodes:
              a:
                partner: Hello.
                replies:
                  - \(reply)
                    go: b
              b: { end: { outcome: partial, title: Done } }
            """
        let errors = try Self.validator().validate(JSONValue.parse(yaml: text))
        #expect(errors.isEmpty == valid, "\(reply): \(errors)")
        #expect(Self.loader.load(yaml: text).hasErrors == !valid, "the loader and the schema disagree on `\(reply)`: \(Self.loader.load(yaml: text).findings)")
    }

    @Test func reservedNamesFailTheSchema() throws {
        let text = """
            format: rehearse/1
            id: names
            title: Names
            area: grief
            skills: [active-listening]
            level: 1
            goal: Check names.
            partner: { name: Sam }
            state: { turn: 5 }
            cues: { question: ["what"] }
            start: a
            nodes:
              a: { partner: Hi., end: success }
            """
        let errors = try Self.validator().validate(JSONValue.parse(yaml: text))
        #expect(errors.contains { $0.hasPrefix("/state: \"turn\" is not allowed here") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("/cues: \"question\" is not allowed here") }, "\(errors)")
        #expect(Self.loader.load(yaml: text).hasErrors)
    }

    // MARK: The authoring guide

    static let guideURL = packageRoot.appendingPathComponent("docs/authoring.md")

    /// The guide's complete worked example (the YAML block after its
    /// `<!-- complete-example` marker) loads cleanly and passes the schema.
    @Test func guidesCompleteExampleLoadsAndPassesTheSchema() throws {
        let guide = try String(contentsOf: Self.guideURL, encoding: .utf8)
        let marker = try #require(guide.range(of: "<!-- complete-example"))
        let open = try #require(guide.range(of: "```yaml\n", range: marker.upperBound..<guide.endIndex))
        let close = try #require(guide.range(of: "\n```\n", range: open.upperBound..<guide.endIndex))
        let yaml = String(guide[open.upperBound..<close.lowerBound]) + "\n"
        #expect(yaml.hasPrefix("# yaml-language-server: $schema=../schema/rehearse-1.schema.json\n"))
        let result = Self.loader.load(yaml: yaml)
        #expect(result.findings.isEmpty, "\(result.findings.map { "\($0.location) \($0.code.id) \($0.message)" })")
        #expect(result.scenario?.id == "moving-away")
        let errors = try Self.validator().validate(JSONValue.parse(yaml: yaml))
        #expect(errors.isEmpty, "\(errors)")
    }

    /// The guide's table of cues has one row for every built-in cue, and
    /// each row's example reply shows that cue.
    @Test func guideExplainsEveryBuiltInCue() throws {
        let guide = try String(contentsOf: Self.guideURL, encoding: .utf8)
        let start = try #require(guide.range(of: "\n## 5. The cues, in plain words\n"))
        let end = try #require(guide.range(of: "\n## 6. ", range: start.upperBound..<guide.endIndex))
        let rows = guide[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.hasPrefix("| `") }
        let analyzer = Analyzer()
        for cue in CueName.builtIn {
            let row = rows.first { $0.hasPrefix("| `\(cue.rawValue)` |") }
            #expect(row != nil, "docs/authoring.md has no row for `\(cue.rawValue)`")
            // The row's example (its last cell, in quotes) shows the cue.
            guard let row else { continue }
            let example = row.split(separator: "|").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(example.count > 2 && example.hasPrefix("\"") && example.hasSuffix("\""), "the row for `\(cue.rawValue)` should end with an example reply in quotes")
            let reply = String(example.dropFirst().dropLast())
            #expect(analyzer.analyze(reply).contains(cue), "the guide's example for `\(cue.rawValue)` does not show it: \(reply)")
        }
    }

    // MARK: The test validator itself

    @Test func yamlScalarsResolveAsInTheYAMLCoreSchema() throws {
        let value = try JSONValue.parse(yaml: "a: +2\nb: -1\nc: '+2'\nd:\ne: true\nf: 1.5\ng: rehearse/1\nh: [x, 3]")
        #expect(value == .object([
            "a": .integer(2), "b": .integer(-1), "c": .string("+2"), "d": .null, "e": .bool(true),
            "f": .number(1.5), "g": .string("rehearse/1"), "h": .array([.string("x"), .integer(3)]),
        ]))
    }

    @Test func unknownKeywordsAreErrorsNotIgnored() {
        let validator = JSONSchemaValidator(root: .object(["format": .string("date")]))
        #expect(validator.validate(.string("x")) == ["/: the validator does not know the keyword `format`"])
    }

    @Test func patternPropertiesAndAnyOfAreChecked() {
        let validator = JSONSchemaValidator(root: .object([
            "type": .string("object"),
            "patternProperties": .object(["^x-": .object(["type": .string("integer")])]),
            "additionalProperties": .object(["anyOf": .array([
                .object(["type": .string("string"), "minLength": .integer(2)]),
                .object(["type": .string("integer"), "minimum": .integer(0)]),
            ])]),
        ]))
        #expect(validator.validate(.object(["x-a": .integer(1), "b": .string("ok"), "c": .integer(3)])).isEmpty)
        #expect(validator.validate(.object(["x-a": .string("no")])).count == 1)
        #expect(validator.validate(.object(["b": .string("n")])).count == 1)
        #expect(validator.validate(.object(["c": .integer(-1)])).count == 1)
    }

    private static func describes(_ property: JSONValue, in validator: JSONSchemaValidator) -> Bool {
        if property["description"] != nil { return true }
        if let reference = property["$ref"]?.string, let target = validator.resolve(reference) {
            return describes(target, in: validator)
        }
        return false
    }
}
