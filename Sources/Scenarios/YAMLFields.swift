import Yams

typealias YAMLNode = Yams.Node

/// Reads YAML nodes while recording findings, so that every problem keeps
/// the position of the node it is about.
struct YAMLReader {
    var findings: [Finding] = []

    mutating func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        findings.append(Finding(code, message, at: location))
    }

    static func location(of node: YAMLNode) -> SourceLocation {
        guard let mark = node.mark else { return .start }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    static func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(of node: YAMLNode) -> String {
        switch node {
        case .scalar: isNull(node) ? "nothing" : "a single value"
        case .mapping: "a mapping (key: value pairs)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The keys of a mapping, checked for duplicates and for keys the format
    /// does not know. Returns nil (with a finding) when `node` is no mapping.
    mutating func fields(_ node: YAMLNode, in context: String, allowed: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(context) should be a mapping (key: value pairs), not \(Self.kind(of: node))", at: Self.location(of: node))
            return nil
        }
        var entries: [Fields.Entry] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            let keyLocation = Self.location(of: key)
            guard case .scalar(let scalar) = key else {
                report(.wrongType, "keys in \(context) should be plain words", at: keyLocation)
                continue
            }
            let name = scalar.string
            if !seen.insert(name).inserted {
                report(.duplicateKey, "`\(name)` appears twice in \(context); the second one would silently win", at: keyLocation)
                continue
            }
            if !allowed.contains(name) {
                let hint = Self.closest(to: name, among: allowed).map { "; did you mean `\($0)`?" } ?? "; expected one of: \(allowed.joined(separator: ", "))"
                report(.unknownKey, "unknown key `\(name)` in \(context)\(hint)", at: keyLocation)
                continue
            }
            entries.append(Fields.Entry(key: name, keyLocation: keyLocation, value: value))
        }
        return Fields(entries: entries, location: Self.location(of: node), context: context)
    }

    /// A mapping whose keys are free names (node ids, meters, cues), checked
    /// for duplicates only.
    mutating func namedEntries(_ node: YAMLNode, in context: String) -> [Fields.Entry]? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(context) should be a mapping (name: value pairs), not \(Self.kind(of: node))", at: Self.location(of: node))
            return nil
        }
        var entries: [Fields.Entry] = []
        var seen = Set<String>()
        for (key, value) in mapping {
            let keyLocation = Self.location(of: key)
            guard case .scalar(let scalar) = key, !Self.isNull(key) else {
                report(.wrongType, "names in \(context) should be plain words", at: keyLocation)
                continue
            }
            if !seen.insert(scalar.string).inserted {
                report(.duplicateKey, "`\(scalar.string)` appears twice in \(context)", at: keyLocation)
                continue
            }
            entries.append(Fields.Entry(key: scalar.string, keyLocation: keyLocation, value: value))
        }
        return entries
    }

    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            report(.wrongType, "\(what) should be text, not \(Self.kind(of: node))", at: Self.location(of: node))
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: YAMLNode, _ what: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            report(.wrongType, "\(what) should be a whole number, not \(Self.describe(node))", at: Self.location(of: node))
            return nil
        }
        return value
    }

    /// A single string or a list of strings (line variants, examples, skills).
    mutating func strings(_ node: YAMLNode, _ what: String, allowEmpty: Bool = false) -> [String]? {
        switch node {
        case .scalar:
            return string(node, what).map { [$0] }
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                if let text = string(item, "each of \(what)") { result.append(text) }
            }
            if result.isEmpty && !allowEmpty {
                report(.invalidValue, "\(what) should not be empty", at: Self.location(of: node))
                return nil
            }
            return result
        default:
            report(.wrongType, "\(what) should be text or a list of texts, not \(Self.kind(of: node))", at: Self.location(of: node))
            return nil
        }
    }

    static func describe(_ node: YAMLNode) -> String {
        if case .scalar(let scalar) = node, !isNull(node) { return "`\(scalar.string)`" }
        return kind(of: node)
    }

    /// The allowed word nearest to a misspelt one (small edit distance only).
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= (word.count <= 4 ? 1 : 2) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// The known keys of one mapping, in file order.
struct Fields {
    struct Entry {
        let key: String
        let keyLocation: SourceLocation
        let value: YAMLNode
    }
    let entries: [Entry]
    let location: SourceLocation
    let context: String

    subscript(key: String) -> YAMLNode? { entries.first { $0.key == key }?.value }
    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func required(_ key: String, _ reader: inout YAMLReader) -> YAMLNode? {
        if let value = self[key] { return value }
        reader.report(.missingKey, "\(context) needs `\(key)`", at: location)
        return nil
    }
}
