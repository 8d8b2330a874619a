/// A diagnostic's stable code (`RH006`), its default severity and a one-line
/// summary. Each code has a fixture under `Tests/ScenariosTests/Fixtures`
/// named after it and a page `docs/lint/RHnnn.md`, and a test that fails
/// when either is missing.
public struct DiagnosticCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let id: String
    public let severity: Severity
    public let summary: String

    private init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    public var description: String { id }

    public init(from decoder: any Decoder) throws {
        let id = try decoder.singleValueContainer().decode(String.self)
        guard let known = DiagnosticCode.all.first(where: { $0.id == id }) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown code \(id)"))
        }
        self = known
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(id)
    }

    public static let yamlSyntax = DiagnosticCode("RH001", .error, "the file is not valid YAML")
    public static let unknownKey = DiagnosticCode("RH002", .error, "a key the format does not know")
    public static let missingKey = DiagnosticCode("RH003", .error, "a required key is missing")
    public static let wrongType = DiagnosticCode("RH004", .error, "a value has the wrong type")
    public static let unknownStart = DiagnosticCode("RH005", .error, "`start` names no node")
    public static let unknownTarget = DiagnosticCode("RH006", .error, "`go` names no node")
    public static let unknownCue = DiagnosticCode("RH007", .error, "a condition names an unknown cue")
    public static let unknownMeter = DiagnosticCode("RH008", .error, "a meter is not declared in `state`")
    public static let malformedCondition = DiagnosticCode("RH009", .error, "a condition cannot be read")
    public static let deadEnd = DiagnosticCode("RH010", .error, "a node that is not an ending has no way out")
    public static let duplicateKey = DiagnosticCode("RH011", .error, "a key or node id appears twice")
    public static let badPhrasePattern = DiagnosticCode("RH012", .error, "a phrase cue pattern cannot be read")
    public static let invalidValue = DiagnosticCode("RH013", .error, "a value is outside what the format allows")
    public static let unsupportedFormat = DiagnosticCode("RH014", .error, "the `format` is not rehearse/1")
    public static let unknownVisitedNode = DiagnosticCode("RH015", .error, "`visited(…)` names no node")
    public static let unknownRubric = DiagnosticCode("RH016", .error, "`rubric` names no built-in rubric")
    public static let endingWithReplies = DiagnosticCode("RH017", .error, "an ending node also has replies")
    public static let missingElse = DiagnosticCode("RH018", .warning, "a node's replies do not end with `else`")
    public static let unreachableReply = DiagnosticCode("RH019", .warning, "a reply comes after `else` and is never tried")
    public static let unknownPlaceholder = DiagnosticCode("RH020", .warning, "a line has an unknown `{placeholder}`")
    public static let unreachableNode = DiagnosticCode("RH021", .warning, "no conversation can reach this node")
    public static let unreachableEnding = DiagnosticCode("RH022", .warning, "no conversation can reach this ending")
    public static let noWayToEnd = DiagnosticCode("RH023", .error, "no ending can be reached from this node")
    public static let shadowedReply = DiagnosticCode("RH024", .warning, "an earlier reply always holds, so this reply is never tried")
    public static let impossibleCondition = DiagnosticCode("RH025", .warning, "a reply's condition can never hold")
    public static let meterNeverRead = DiagnosticCode("RH026", .note, "no condition reads this meter")
    public static let meterNeverWritten = DiagnosticCode("RH027", .warning, "conditions read a meter that no reply changes")
    public static let unusedCue = DiagnosticCode("RH028", .warning, "no condition uses this scenario cue")
    public static let unearnableCriterion = DiagnosticCode("RH029", .warning, "no conversation can earn a rubric criterion")
    public static let controlCharacter = DiagnosticCode("RH030", .error, "a line contains a terminal control character")
    public static let missingCoach = DiagnosticCode("RH031", .warning, "a node has no coach hint")
    public static let missingExamples = DiagnosticCode("RH032", .warning, "a node has no example replies")

    /// Every code, in order.
    public static let all: [DiagnosticCode] = [
        .yamlSyntax, .unknownKey, .missingKey, .wrongType, .unknownStart, .unknownTarget,
        .unknownCue, .unknownMeter, .malformedCondition, .deadEnd, .duplicateKey,
        .badPhrasePattern, .invalidValue, .unsupportedFormat, .unknownVisitedNode,
        .unknownRubric, .endingWithReplies, .missingElse, .unreachableReply, .unknownPlaceholder,
        .unreachableNode, .unreachableEnding, .noWayToEnd, .shadowedReply, .impossibleCondition,
        .meterNeverRead, .meterNeverWritten, .unusedCue, .unearnableCriterion, .controlCharacter,
        .missingCoach, .missingExamples,
    ]
}
