/// Everything the analyzer knows about one cue: its rules, the near-misses
/// that cancel them, any reasoning over the whole reply, and the examples
/// that pin its behaviour down.
///
/// Following SwiftLint's habit, a detector carries its own examples: replies
/// that must fire it and near-misses that must not. One test runs them all.
struct CueDetector: Sendable {
    let cue: CueName
    /// One sentence for docs and reports: what the cue means.
    let summary: String
    /// Phrase rules; any match fires the cue.
    var rules: [CueRule] = []
    /// Near-miss phrasings: a rule match overlapping one of these is dropped
    /// ("you never know" is not a sweeping charge).
    var vetoes: [TokenPattern] = []
    /// Reasoning that needs the whole reply or the other person's line (a
    /// question's form, a paraphrase's overlap). Runs after every detector's
    /// phrase rules, in the order of `CueDetectors.all`.
    var derive: (@Sendable (inout Detection) -> Void)?
    /// Replies that must fire the cue.
    let fires: [CueExample]
    /// Near-misses that must not.
    let doesNotFire: [CueExample]

    init(
        _ cue: CueName, summary: String, rules: [CueRule] = [], vetoes: [String] = [],
        derive: (@Sendable (inout Detection) -> Void)? = nil,
        fires: [CueExample], doesNotFire: [CueExample],
        file: StaticString = #fileID, line: UInt = #line
    ) {
        self.cue = cue
        self.summary = summary
        self.rules = rules
        // A malformed veto is reported at the detector's line.
        self.vetoes = vetoes.map { TokenPattern($0, file: file, line: line) }
        self.derive = derive
        self.fires = fires
        self.doesNotFire = doesNotFire
    }
}

/// One way a cue shows in text, and what a trainee is told when it fires.
struct CueRule: Sendable {
    let pattern: TokenPattern
    /// Shown as evidence, e.g. "blame: 'you always…' (a sweeping charge)".
    let explanation: String
    let conditions: Set<RuleCondition>

    /// A malformed pattern stops the program with the rule's own file and
    /// line (the cue example tests run every rule, so a test run finds it).
    init(_ pattern: String, _ explanation: String, _ conditions: RuleCondition..., file: StaticString = #fileID, line: UInt = #line) {
        self.pattern = TokenPattern(pattern, file: file, line: line)
        self.explanation = explanation
        self.conditions = Set(conditions)
    }
}

/// Where a rule may fire beyond matching its words.
enum RuleCondition: Hashable, Sendable {
    /// Fires even when a negation reaches it ("no reason to go on").
    /// Without it, "I'm not saying you're lazy" does not fire "you're lazy".
    case evenIfNegated
    /// Only in a sentence that is not a question.
    case statementOnly
    /// Only in a sentence that ends with a question mark.
    case questionOnly
    /// Not when the sentence asks the other person about themselves ("are
    /// you suicidal?"): that is a listener checking, not a disclosure.
    case notAskingAboutOthers
}

/// A reply (and optionally the other person's line before it) used as an example.
struct CueExample: Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    let reply: String
    let previous: String?

    init(_ reply: String, after previous: String? = nil) {
        self.reply = reply
        self.previous = previous
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String {
        previous.map { "\(reply.debugDescription) after \($0.debugDescription)" } ?? reply.debugDescription
    }
}
