import Analysis

extension Rubric {
    /// Assertiveness (DEAR MAN, DESC): say how it is for you, ask clearly,
    /// neither attack nor shrink.
    public static let assertiveness = Rubric(
        name: "assertiveness", title: "Assertiveness",
        criteria: [
            Criterion(
                id: "owned-feelings", title: "owned feelings", rule: .atLeast(1, of: [.iStatement]), weight: 2,
                met: "You said how it is for you in your own name.",
                missed: "Say how it is for you: \"I feel … when …\" owns the feeling without blaming."),
            Criterion(
                id: "clear-ask", title: "clear request or refusal", rule: .atLeast(1, of: [.request, .refusal]), weight: 3,
                met: "You asked for what you want (or said no) plainly.",
                missed: "Make a clear request or a clear no: \"Could you …?\", \"I'm not able to take that on.\""),
            Criterion(
                id: "needs-or-options", title: "needs or options", rule: .atLeast(1, of: [.need, .negotiation]), weight: 1,
                met: "You named what matters to you or offered a way forward.",
                missed: "Name what you need, or offer an option: \"What if we …?\""),
            Criterion(
                id: "no-attack", title: "no blame, insults or threats", rule: .atMost(0, of: [.blame, .insult, .threat]), weight: 3,
                met: "You stayed firm without attacking.",
                missed: "Blame, insults and threats put the other person on the defensive; describe the facts instead."),
            Criterion(
                id: "not-shrinking", title: "few hedges", rule: .shareAtMost(0.34, of: [.hedge]), weight: 1,
                met: "You spoke without shrinking your point.",
                missed: "Hedges (\"just\", \"sort of\", \"sorry to bother you\") make a request easy to brush aside."),
        ])

    /// Active listening (MI / MITI, Gordon): reflect, validate, ask open
    /// questions, avoid roadblocks.
    public static let activeListening = Rubric(
        name: "active-listening", title: "Active listening",
        criteria: [
            Criterion(
                id: "reflections", title: "reflections",
                rule: .atLeast(2, of: [.reflection, .feelingReflection, .summary]), weight: 3,
                met: "You showed you heard them by putting their meaning in your own words.",
                missed: "Reflect back what you heard: \"It sounds like …\", \"So you …\"."),
            Criterion(
                id: "reflections-to-questions", title: "reflections:questions",
                rule: .ratio(numerator: [.reflection, .feelingReflection, .summary], denominator: [.question], minimum: 1),
                weight: 2,
                met: "You reflected at least as often as you asked (MITI: ≥ 1:1 is fair, ≥ 2:1 good).",
                missed: "More questions than reflections can feel like an interview; reflect before you ask (aim ≥ 1:1)."),
            Criterion(
                id: "validation", title: "validation", rule: .atLeast(1, of: [.validation]), weight: 2,
                met: "You let them know their reaction makes sense.",
                missed: "Validate: \"That makes sense\", \"Anyone would feel that way\"."),
            Criterion(
                id: "open-questions", title: "open over closed questions",
                rule: .ratio(numerator: [.openQuestion], denominator: [.closedQuestion], minimum: 1), weight: 1,
                met: "Your questions invited them to say more.",
                missed: "Yes/no questions close the conversation down; ask \"what\" or \"how\"."),
            Criterion(
                id: "no-roadblocks", title: "no advice or dismissal", rule: .atMost(0, of: [.advice, .dismissal]), weight: 2,
                met: "You listened without fixing or brushing it off.",
                missed: "Unasked advice and \"at least …\" block listening; stay with their experience first."),
        ])
}
