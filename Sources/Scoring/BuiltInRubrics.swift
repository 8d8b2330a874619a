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
                id: "held-ground", title: "held your ground to the end",
                rule: .lastReply(of: [.request, .refusal, .need, .negotiation, .iStatement, .openQuestion]),
                weight: 2,
                met: "Your last reply still stood up for what you asked (or said plainly what you agreed to).",
                missed: "Your last reply let the point go. If you agree, say plainly what you got (\"Okay: 5 % now and a review in June\"); if not, say it again calmly (the broken record)."),
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

    /// Handling a role dispute (IPT): acknowledge their side, name what you
    /// need, move to options, and stay out of the blame-and-defend loop.
    public static let disputeHandling = Rubric(
        name: "dispute-handling", title: "Handling the dispute",
        criteria: [
            Criterion(
                id: "acknowledge", title: "acknowledged their side",
                rule: .atLeast(1, of: [.validation, .reflection, .feelingReflection, .summary]), weight: 3,
                met: "You showed you understood their side before pressing yours.",
                missed: "Acknowledge their side first: \"I can see why that matters to you\", \"So for you it's about…\"."),
            Criterion(
                id: "own-side", title: "named what you need",
                rule: .atLeast(1, of: [.iStatement, .need, .request]), weight: 2,
                met: "You said what you need, in your own name.",
                missed: "Say what you need: \"It's important to me that…\", \"Could we…?\"."),
            Criterion(
                id: "options", title: "moved to options", rule: .atLeast(1, of: [.negotiation]), weight: 3,
                met: "You offered a way forward both of you could live with.",
                missed: "Offer an option or a trade: \"What if we…?\", \"I could… if you…\"."),
            Criterion(
                id: "no-escalation", title: "no blame, threats or defensiveness",
                rule: .atMost(0, of: [.blame, .insult, .threat, .defensiveness]), weight: 3,
                met: "You kept out of the blame-and-defend loop.",
                missed: "Blame, threats and defending yourself keep a dispute going; describe, acknowledge, propose."),
        ])

    /// Expressing feelings (IPT grief work, assertiveness): say what you feel
    /// and need plainly, in your own name, without playing it down.
    public static let expressingFeelings = Rubric(
        name: "expressing-feelings", title: "Expressing feelings",
        criteria: [
            Criterion(
                id: "named-feelings", title: "named your feelings",
                rule: .atLeast(2, of: [.feeling, .iStatement]), weight: 3,
                met: "You put your feelings into words more than once.",
                missed: "Name what you feel, in your own words: \"I miss…\", \"I'm angry that…\", \"I feel…\"."),
            Criterion(
                id: "needs", title: "said what you need or wish",
                rule: .atLeast(1, of: [.need, .request, .appreciation]), weight: 2,
                met: "You said what you need, wish for, or are grateful for.",
                missed: "Say what you need or what you are grateful for: \"What I need is…\", \"Thank you for…\"."),
            Criterion(
                id: "not-shrinking", title: "few hedges", rule: .shareAtMost(0.34, of: [.hedge]), weight: 1,
                met: "You said it without shrinking it.",
                missed: "Hedges (\"just\", \"sort of\", \"I guess\") shrink what you feel; say it plainly."),
            Criterion(
                id: "no-attack", title: "no blame or insults", rule: .atMost(0, of: [.blame, .insult, .threat]), weight: 2,
                met: "You spoke about your feelings without attacking.",
                missed: "Blame and insults turn a feeling into a charge; say \"I feel…\" rather than \"you…\"."),
        ])

    /// Making and keeping connections (IPT interpersonal deficits): open the
    /// conversation, ask open questions, share something of yourself, follow
    /// up on what they say.
    public static let connecting = Rubric(
        name: "connecting", title: "Making a connection",
        criteria: [
            Criterion(
                id: "open-questions", title: "open questions", rule: .atLeast(2, of: [.openQuestion]), weight: 3,
                met: "You asked questions that invited them to talk.",
                missed: "Ask open questions: \"How do you know…?\", \"What got you into…?\"."),
            Criterion(
                id: "self-disclosure", title: "shared something of yourself",
                rule: .atLeast(1, of: [.iStatement, .feeling, .need]), weight: 2,
                met: "You shared something about yourself, so it was a conversation, not an interview.",
                missed: "Share a little about yourself too: \"I'm new here and I love…\"."),
            Criterion(
                id: "follow-up", title: "followed up on what they said",
                rule: .atLeast(1, of: [.reflection, .feelingReflection, .validation, .appreciation]), weight: 2,
                met: "You picked up on what they said.",
                missed: "Pick up on what they tell you: \"So you've just moved too?\", \"That sounds fun.\"."),
            Criterion(
                id: "invitation", title: "an invitation or next step",
                rule: .atLeast(1, of: [.request, .negotiation]), weight: 2,
                met: "You suggested a way to keep in touch or meet again.",
                missed: "Suggest a next step: \"Would you like to grab a coffee next week?\"."),
            Criterion(
                id: "not-shrinking", title: "few hedges", rule: .shareAtMost(0.5, of: [.hedge]), weight: 1,
                met: "You spoke without talking yourself down.",
                missed: "Some hedging is natural when you're nervous; try to say one thing plainly."),
        ])
}
