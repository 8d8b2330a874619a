/// The name of a cue: something the analyzer recognises in a reply.
///
/// Built-in names are the **contract** of `design.md` (checked from outside).
/// Scenario files may add their own phrase cues, so a name is an open string,
/// not a closed enum.
public struct CueName: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    /// For a built-in name, its rank in alphabetical order of the built-in
    /// names (0..<24); -1 for any other name. Set from `rawValue` in every
    /// initialiser, so two names are equal exactly when their raw values
    /// are; it lets the analyzer compare and sort built-in names (which are
    /// heap strings, too long to be small) without comparing strings.
    @usableFromInline let rank: Int8

    public init(rawValue: String) {
        self.rawValue = rawValue
        rank = Self.builtInRank(of: rawValue)
    }
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }

    @inlinable public static func == (lhs: CueName, rhs: CueName) -> Bool {
        if lhs.rank != rhs.rank { return false }
        if lhs.rank >= 0 { return true }
        return lhs.rawValue == rhs.rawValue
    }
    /// Hashes the raw value only, as before the rank existed.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    @inlinable public static func < (lhs: CueName, rhs: CueName) -> Bool {
        if lhs.rank >= 0, rhs.rank >= 0 { return lhs.rank < rhs.rank }
        return lhs.rawValue < rhs.rawValue
    }

    /// The built-in names in alphabetical (`String` `<`) order: a name's
    /// rank is its position here. A test checks this against `builtIn`.
    static let alphabetical: [String] = [
        "absolute", "advice", "apology", "appreciation", "blame", "closed-question", "crisis",
        "defensiveness", "dismissal", "feeling", "feeling-reflection", "hedge", "i-statement",
        "insult", "need", "negotiation", "open-question", "question", "reflection", "refusal",
        "request", "summary", "threat", "validation",
    ]

    private static func builtInRank(of name: String) -> Int8 {
        // No static table here: the built-in names below are made with this
        // initialiser. A string switch runs only when a name is made.
        switch name {
        case "absolute": 0
        case "advice": 1
        case "apology": 2
        case "appreciation": 3
        case "blame": 4
        case "closed-question": 5
        case "crisis": 6
        case "defensiveness": 7
        case "dismissal": 8
        case "feeling": 9
        case "feeling-reflection": 10
        case "hedge": 11
        case "i-statement": 12
        case "insult": 13
        case "need": 14
        case "negotiation": 15
        case "open-question": 16
        case "question": 17
        case "reflection": 18
        case "refusal": 19
        case "request": 20
        case "summary": 21
        case "threat": 22
        case "validation": 23
        default: -1
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let question: CueName = "question"
    public static let openQuestion: CueName = "open-question"
    public static let closedQuestion: CueName = "closed-question"
    public static let reflection: CueName = "reflection"
    public static let feelingReflection: CueName = "feeling-reflection"
    public static let summary: CueName = "summary"
    public static let validation: CueName = "validation"
    public static let iStatement: CueName = "i-statement"
    public static let feeling: CueName = "feeling"
    public static let need: CueName = "need"
    public static let request: CueName = "request"
    public static let refusal: CueName = "refusal"
    public static let apology: CueName = "apology"
    public static let hedge: CueName = "hedge"
    public static let blame: CueName = "blame"
    public static let absolute: CueName = "absolute"
    public static let insult: CueName = "insult"
    public static let advice: CueName = "advice"
    public static let dismissal: CueName = "dismissal"
    public static let defensiveness: CueName = "defensiveness"
    public static let threat: CueName = "threat"
    public static let negotiation: CueName = "negotiation"
    public static let appreciation: CueName = "appreciation"
    public static let crisis: CueName = "crisis"

    /// Every built-in cue, in the order of the contract.
    public static let builtIn: [CueName] = [
        .question, .openQuestion, .closedQuestion, .reflection, .feelingReflection, .summary,
        .validation, .iStatement, .feeling, .need, .request, .refusal, .apology, .hedge,
        .blame, .absolute, .insult, .advice, .dismissal, .defensiveness, .threat,
        .negotiation, .appreciation, .crisis,
    ]
}
