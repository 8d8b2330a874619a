import Analysis

/// A condition that could not be read, with the offset (in Unicode scalars)
/// of the place to point at.
public struct ConditionSyntaxError: Error, Hashable, Sendable {
    public let message: String
    public let offset: Int
}

/// Parses the condition language:
///
///     condition  := or
///     or         := and ("or" and)*
///     and        := not ("and" not)*
///     not        := "not" not | primary
///     primary    := "(" or ")" | "visited" "(" name ")" | name op number | name
///     op         := "<" | "<=" | ">" | ">=" | "==" | "!="
///
/// A name followed by a comparison is a meter (or `turn`); a bare name is a cue.
/// Names are checked against the scenario afterwards, so every mention keeps
/// its offset for diagnostics.
public struct ConditionParser {
    /// A name as written, with where it stands (for "unknown cue" diagnostics).
    public struct Mention: Hashable, Sendable {
        public enum Kind: Hashable, Sendable { case cue, meter, visited }
        public let kind: Kind
        public let name: String
        public let offset: Int
    }

    private enum Token: Equatable {
        case name(String)
        case number(Int)
        case comparison(Condition.Comparison)
        case open, close, end
    }

    private let scalars: [Unicode.Scalar]
    private var tokens: [(token: Token, offset: Int)] = []
    private var position = 0
    private var mentions: [Mention] = []

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// Parses `source`, returning the condition and every name it mentions.
    public static func parse(_ source: String) throws(ConditionSyntaxError) -> (Condition, [Mention]) {
        var parser = ConditionParser(source)
        try parser.tokenize()
        guard parser.tokens.count > 1 else {
            throw ConditionSyntaxError(message: "the condition is empty", offset: 0)
        }
        let condition = try parser.parseOr()
        let (token, offset) = parser.tokens[parser.position]
        guard token == .end else {
            throw ConditionSyntaxError(message: "expected `and`, `or` or the end of the condition, found \(parser.describe(token))", offset: offset)
        }
        return (condition, parser.mentions)
    }

    private static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s == "_"
    }
    private static func isNamePart(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s == "_" || s == "-" || ("0"..."9").contains(s)
    }

    private mutating func tokenize() throws(ConditionSyntaxError) {
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            let start = i
            if Self.isNameStart(s) {
                while i < scalars.count, Self.isNamePart(scalars[i]) { i += 1 }
                // A trailing hyphen belongs to no name ("tension- 2" is a typo, not a name).
                while scalars[i - 1] == "-" { i -= 1 }
                tokens.append((.name(String(String.UnicodeScalarView(scalars[start..<i]))), start))
            } else if ("0"..."9").contains(s) || ((s == "-" || s == "+") && i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])) {
                i += 1
                while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
                let text = String(String.UnicodeScalarView(scalars[start..<i]))
                guard let value = Int(text) else {
                    throw ConditionSyntaxError(message: "the number `\(text)` is too large", offset: start)
                }
                tokens.append((.number(value), start))
            } else if s == "(" {
                tokens.append((.open, i)); i += 1
            } else if s == ")" {
                tokens.append((.close, i)); i += 1
            } else if "<>=!".unicodeScalars.contains(s) {
                let two = i + 1 < scalars.count ? String(String.UnicodeScalarView([s, scalars[i + 1]])) : ""
                if let op = Condition.Comparison(rawValue: two) {
                    tokens.append((.comparison(op), i)); i += 2
                } else if let op = Condition.Comparison(rawValue: String(s)) {
                    tokens.append((.comparison(op), i)); i += 1
                } else if s == "=" {
                    throw ConditionSyntaxError(message: "use `==` to compare", offset: i)
                } else {
                    throw ConditionSyntaxError(message: "use `not` rather than `!`", offset: i)
                }
            } else if s == "&" || s == "|" {
                throw ConditionSyntaxError(message: "use `\(s == "&" ? "and" : "or")` rather than `\(s)`", offset: i)
            } else {
                throw ConditionSyntaxError(message: "unexpected character `\(s)`", offset: i)
            }
        }
        tokens.append((.end, scalars.count))
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .name(let name): "`\(name)`"
        case .number(let value): "`\(value)`"
        case .comparison(let op): "`\(op.rawValue)`"
        case .open: "`(`"
        case .close: "`)`"
        case .end: "the end of the condition"
        }
    }

    private mutating func next() -> (token: Token, offset: Int) {
        defer { position += 1 }
        return tokens[position]
    }
    private var peek: Token { tokens[position].token }

    private mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
        var result = try parseAnd()
        while peek == .name("or") {
            position += 1
            result = .or(result, try parseAnd())
        }
        return result
    }

    private mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
        var result = try parseNot()
        while peek == .name("and") {
            position += 1
            result = .and(result, try parseNot())
        }
        return result
    }

    private mutating func parseNot() throws(ConditionSyntaxError) -> Condition {
        if peek == .name("not") {
            position += 1
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
        let (token, offset) = next()
        switch token {
        case .open:
            let inner = try parseOr()
            let (close, closeOffset) = next()
            guard close == .close else {
                throw ConditionSyntaxError(message: "expected `)` to close the `(` at column offset \(offset + 1), found \(describe(close))", offset: closeOffset)
            }
            return inner
        case .name(let name) where ["and", "or"].contains(name):
            throw ConditionSyntaxError(message: "`\(name)` needs something on its left", offset: offset)
        case .name("visited"):
            let (open, openOffset) = next()
            guard open == .open else {
                throw ConditionSyntaxError(message: "write `visited(node)`", offset: openOffset)
            }
            let (nodeToken, nodeOffset) = next()
            guard case .name(let node) = nodeToken else {
                throw ConditionSyntaxError(message: "`visited(…)` needs a node id, found \(describe(nodeToken))", offset: nodeOffset)
            }
            let (close, closeOffset) = next()
            guard close == .close else {
                throw ConditionSyntaxError(message: "expected `)` after the node id, found \(describe(close))", offset: closeOffset)
            }
            mentions.append(Mention(kind: .visited, name: node, offset: nodeOffset))
            return .visited(node)
        case .name(let name):
            guard case .comparison(let op) = peek else {
                if name == "turn" {
                    throw ConditionSyntaxError(message: "compare `turn` with a number, e.g. `turn > 3`", offset: offset)
                }
                mentions.append(Mention(kind: .cue, name: name, offset: offset))
                return .cue(CueName(name))
            }
            position += 1
            let (valueToken, valueOffset) = next()
            guard case .number(let value) = valueToken else {
                throw ConditionSyntaxError(message: "expected a number after `\(op.rawValue)`, found \(describe(valueToken))", offset: valueOffset)
            }
            if name == "turn" { return .turn(op, value) }
            mentions.append(Mention(kind: .meter, name: name, offset: offset))
            return .meter(name, op, value)
        case .end:
            throw ConditionSyntaxError(message: "the condition ends too early", offset: offset)
        default:
            throw ConditionSyntaxError(message: "expected a cue, a meter comparison or `(`, found \(describe(token))", offset: offset)
        }
    }
}
