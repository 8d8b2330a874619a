import Analysis

/// Whether a cue helps the conversation, hurts it, or is neither: decides
/// the mark shown next to it (✓, ✗, ·).
enum CueTone {
    case helpful, harmful, neutral

    static func of(_ cue: CueName) -> CueTone {
        switch cue {
        case .reflection, .feelingReflection, .summary, .validation, .iStatement, .feeling, .need,
             .request, .refusal, .negotiation, .appreciation, .openQuestion:
            return .helpful
        case .blame, .absolute, .insult, .advice, .dismissal, .defensiveness, .threat:
            return .harmful
        default:
            return .neutral
        }
    }

    func mark(_ style: Style) -> String {
        switch self {
        case .helpful: style.green("✓")
        case .harmful: style.red("✗")
        case .neutral: style.dim("·")
        }
    }
}
