/// The name of a cue: something the analyzer recognises in a reply.
///
/// Built-in names are the **contract** of `design.md` (checked from outside).
/// Scenario files may add their own phrase cues, so a name is an open string,
/// not a closed enum.
public struct CueName: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: CueName, rhs: CueName) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
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
