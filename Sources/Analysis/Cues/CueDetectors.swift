/// Every built-in cue detector, in the order of the cue contract.
///
/// The order matters for derived cues: a detector's `derive` sees what the
/// phrase rules of all detectors found, and what earlier `derive`s added
/// (reflection runs before summary, which counts reflections).
enum CueDetectors {
    static let all: [CueDetector] = [
        question, openQuestion, closedQuestion, reflection, feelingReflection, summary,
        validation, iStatement, feeling, need, request, refusal, apology, hedge,
        blame, absolute, insult, advice, dismissal, defensiveness, threat,
        negotiation, appreciation, crisis,
    ]
}
