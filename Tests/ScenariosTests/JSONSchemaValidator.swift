import Foundation
import Yams

/// A JSON value: the schema itself, or a scenario file as an editor's YAML
/// language server sees it.
indirect enum JSONValue: Equatable, Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(json data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    struct YAMLConversionError: Error, CustomStringConvertible {
        let description: String
    }

    /// Converts YAML the way YAML 1.2's core schema (the VS Code YAML
    /// extension's) resolves plain scalars: `~`/`null`/empty are null,
    /// `true`/`false` booleans, `+2` and `-1` integers, `1.5` numbers;
    /// quoted scalars are always strings.
    static func parse(yaml text: String) throws -> JSONValue {
        guard let node = try Yams.compose(yaml: text) else { return .null }
        return try JSONValue(yaml: node)
    }

    init(yaml node: Yams.Node) throws {
        switch node {
        case .scalar(let scalar):
            self = scalar.style == .plain ? Self.resolvePlain(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            self = .array(try sequence.map { try JSONValue(yaml: $0) })
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else {
                    throw YAMLConversionError(description: "a key that is not a scalar at \(key.mark.map { "\($0.line):\($0.column)" } ?? "?")")
                }
                object[scalar.string] = try JSONValue(yaml: value)
            }
            self = .object(object)
        case .alias:
            throw YAMLConversionError(description: "aliases are not used in scenario files")
        }
    }

    private static func resolvePlain(_ text: String) -> JSONValue {
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
        if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
        if text.wholeMatch(of: /[-+]?[0-9]+/) != nil, let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) {
            return .integer(value)
        }
        if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil, let value = Double(text) {
            return .number(value)
        }
        return .string(text)
    }

    var object: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    subscript(key: String) -> JSONValue? { object?[key] }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let values): "[\(values.map(\.description).joined(separator: ", "))]"
        case .object(let object): "{\(object.keys.sorted().map { "\($0): \(object[$0]!)" }.joined(separator: ", "))}"
        }
    }
}

/// Validates JSON values against the subset of JSON Schema (draft 2020-12)
/// that `schema/rehearse-1.schema.json` uses. A keyword outside that subset
/// is reported as an error rather than ignored, so the schema cannot grow a
/// rule this validator silently skips. Every keyword in the subset also means
/// the same in draft-07, which the VS Code YAML extension implements.
struct JSONSchemaValidator {
    /// Keywords that only document (no effect on validity).
    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    /// Keywords this validator checks.
    static let assertions: Set<String> = [
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties",
        "patternProperties", "propertyNames", "items", "minItems", "minProperties", "minLength",
        "pattern", "minimum", "maximum", "oneOf", "anyOf", "allOf", "not",
    ]

    let root: JSONValue
    /// The schema's regular expressions, compiled once.
    private let regexes: [String: NSRegularExpression]

    init(root: JSONValue) {
        self.root = root
        var patterns: Set<String> = []
        func collect(_ value: JSONValue) {
            if let object = value.object {
                if let pattern = object["pattern"]?.string { patterns.insert(pattern) }
                patterns.formUnion(object["patternProperties"]?.object?.keys.map { $0 } ?? [])
                object.values.forEach(collect)
            }
            value.array?.forEach(collect)
        }
        collect(root)
        regexes = Dictionary(uniqueKeysWithValues: patterns.compactMap { pattern in
            (try? NSRegularExpression(pattern: pattern)).map { (pattern, $0) }
        })
    }

    /// Every problem with `instance`, each as `/json/pointer: message`.
    func validate(_ instance: JSONValue) -> [String] {
        errors(instance, against: root, at: "")
    }

    private func errors(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if case .bool(let accepts) = schema {
            return accepts ? [] : ["\(display(path)): not allowed here"]
        }
        guard let keywords = schema.object else { return ["\(display(path)): the schema here is not an object"] }
        var found: [String] = []
        for (keyword, argument) in keywords.sorted(by: { $0.key < $1.key }) {
            if Self.annotations.contains(keyword) { continue }
            guard Self.assertions.contains(keyword) else {
                found.append("\(display(path)): the validator does not know the keyword `\(keyword)`")
                continue
            }
            found += check(keyword, argument, in: keywords, value, at: path)
        }
        return found
    }

    private func check(_ keyword: String, _ argument: JSONValue, in keywords: [String: JSONValue], _ value: JSONValue, at path: String) -> [String] {
        let here = display(path)
        switch keyword {
        case "$ref":
            guard let reference = argument.string, let target = resolve(reference) else {
                return ["\(here): cannot resolve $ref \(argument)"]
            }
            return errors(value, against: target, at: path)
        case "type":
            let names = argument.array?.compactMap(\.string) ?? [argument.string].compactMap { $0 }
            return names.contains(where: { Self.value(value, hasType: $0) }) ? [] : ["\(here): \(value) is not of type \(names.joined(separator: " or "))"]
        case "enum":
            let allowed = argument.array ?? []
            return allowed.contains(value) ? [] : ["\(here): \(value) is not one of \(JSONValue.array(allowed))"]
        case "const":
            return value == argument ? [] : ["\(here): \(value) should be \(argument)"]
        case "required":
            guard let object = value.object else { return [] }
            return (argument.array ?? []).compactMap(\.string).filter { object[$0] == nil }.map { "\(here): missing required key `\($0)`" }
        case "properties":
            guard let object = value.object, let properties = argument.object else { return [] }
            return object.keys.sorted().flatMap { key in
                properties[key].map { errors(object[key]!, against: $0, at: path + "/" + key) } ?? []
            }
        case "patternProperties":
            guard let object = value.object, let patterns = argument.object else { return [] }
            return object.keys.sorted().flatMap { key in
                patterns.keys.sorted().filter { matches(key, $0) }.flatMap { errors(object[key]!, against: patterns[$0]!, at: path + "/" + key) }
            }
        case "additionalProperties":
            guard let object = value.object else { return [] }
            let named = Set(keywords["properties"]?.object?.keys.map { $0 } ?? [])
            let patterns = keywords["patternProperties"]?.object?.keys.map { $0 } ?? []
            let extra = object.keys.sorted().filter { key in !named.contains(key) && !patterns.contains { matches(key, $0) } }
            if argument == .bool(false) {
                let known = named.sorted().joined(separator: ", ")
                return extra.map { "\(here): unknown key `\($0)` (expected one of: \(known))" }
            }
            return extra.flatMap { errors(object[$0]!, against: argument, at: path + "/" + $0) }
        case "propertyNames":
            guard let object = value.object else { return [] }
            return object.keys.sorted().flatMap { key in
                errors(.string(key), against: argument, at: path).map { "\($0) (the key `\(key)`)" }
            }
        case "items":
            guard let items = value.array else { return [] }
            return items.enumerated().flatMap { errors($0.element, against: argument, at: path + "/\($0.offset)") }
        case "minItems":
            guard let items = value.array, case .integer(let minimum) = argument else { return [] }
            return items.count >= minimum ? [] : ["\(here): needs at least \(minimum) item(s)"]
        case "minProperties":
            guard let object = value.object, case .integer(let minimum) = argument else { return [] }
            return object.count >= minimum ? [] : ["\(here): needs at least \(minimum) key(s)"]
        case "minLength":
            guard let text = value.string, case .integer(let minimum) = argument else { return [] }
            return text.unicodeScalars.count >= minimum ? [] : ["\(here): needs at least \(minimum) character(s)"]
        case "pattern":
            guard let text = value.string, let pattern = argument.string else { return [] }
            return matches(text, pattern) ? [] : ["\(here): \(value) does not match \(pattern)"]
        case "minimum", "maximum":
            guard let number = Self.number(value), let bound = Self.number(argument) else { return [] }
            let ok = keyword == "minimum" ? number >= bound : number <= bound
            return ok ? [] : ["\(here): \(value) is \(keyword == "minimum" ? "below the minimum" : "above the maximum") \(argument)"]
        case "oneOf", "anyOf", "allOf":
            let branches = (argument.array ?? []).map { errors(value, against: $0, at: path) }
            let passing = branches.filter(\.isEmpty).count
            switch keyword {
            case "allOf": return branches.flatMap { $0 }
            case "anyOf": return passing > 0 ? [] : ["\(here): \(value) matches none of the alternatives: \(branches.flatMap { $0 }.joined(separator: "; "))"]
            default:
                if passing == 1 { return [] }
                if passing == 0 { return ["\(here): \(value) matches none of the alternatives: \(branches.flatMap { $0 }.joined(separator: "; "))"] }
                return ["\(here): matches \(passing) alternatives where exactly one is allowed"]
            }
        case "not":
            return errors(value, against: argument, at: path).isEmpty ? ["\(here): \(value) is not allowed here"] : []
        default:
            return ["\(here): the validator does not know the keyword `\(keyword)`"]
        }
    }

    /// A reference inside this document: `#` or `#/json/pointer`.
    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = root
        for token in reference.dropFirst().split(separator: "/") {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = regexes[pattern] else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func display(_ path: String) -> String { path.isEmpty ? "/" : path }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    private static func value(_ value: JSONValue, hasType type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .integer), ("number", .integer),
             ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            true
        case ("integer", .number(let number)):
            number.rounded() == number
        default:
            false
        }
    }
}
