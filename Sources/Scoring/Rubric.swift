import Analysis
import Scenarios

/// A named list of criteria scored over a whole transcript.
public struct Rubric: Hashable, Sendable {
    public let name: String
    public let title: String
    public let criteria: [Criterion]

    public init(name: String, title: String, criteria: [Criterion]) {
        self.name = name
        self.title = title
        self.criteria = criteria
    }

    public static var builtIn: [Rubric] { [.assertiveness, .activeListening, .disputeHandling, .expressingFeelings, .connecting] }
    public static var builtInNames: [String] { builtIn.map(\.name) }
    public static func named(_ name: String) -> Rubric? { builtIn.first { $0.name == name } }

    /// The rubrics a scenario is scored with: those it names; without any,
    /// those its skills name; else every built-in one.
    public static func selection(for scenario: Scenario) -> [Rubric] {
        let named = scenario.rubrics.compactMap(Rubric.named)
        if !named.isEmpty { return named }
        let bySkill = scenario.skills.compactMap(Rubric.named)
        return bySkill.isEmpty ? [.assertiveness, .activeListening] : bySkill
    }

    /// Scores the replies: every criterion with its measure and the quotes behind it.
    public func evaluate(_ replies: [ScoredReply]) -> RubricResult {
        var results = criteria.map { CriterionEvaluation.evaluate($0, replies) }
        // "No blame" or "few hedges" cannot be earned by saying nothing: until
        // a reply does something the rubric asks for, they do not count.
        let asksForSomething = results.contains { $0.criterion.rule.asksForSomething }
        let didSomething = results.contains { $0.criterion.rule.asksForSomething && $0.met == true }
        if asksForSomething && !didSomething {
            results = results.map { result in
                guard result.criterion.rule.isAvoidance, result.met == true else { return result }
                var withheld = CriterionResult(criterion: result.criterion, met: nil, measure: result.measure, quotes: result.quotes)
                withheld.reason = "Counts once a reply does something this rubric asks for; avoiding a mistake alone (saying little) earns nothing."
                return withheld
            }
        }
        return RubricResult(rubric: self, criteria: results)
    }
}

extension Rubric {
    /// What the criteria need from the replies, for the linter (RH029):
    /// only the criteria a scenario's shape could make impossible (a number
    /// of replies, or the first reply, showing some cues).
    public var requirements: [CriterionRequirement] {
        criteria.compactMap { criterion in
            switch criterion.rule {
            case .atLeast(let count, let cues):
                CriterionRequirement(rubric: name, criterion: criterion.title, need: .replies(count), cues: cues)
            case .firstReply(let cues):
                CriterionRequirement(rubric: name, criterion: criterion.title, need: .firstReply, cues: cues)
            case .lastReply(let cues):
                // Any reply can be the last: as far as the shape of a
                // scenario goes, one reply showing the cues is enough.
                CriterionRequirement(rubric: name, criterion: criterion.title, need: .replies(1), cues: cues)
            case .atMost, .ratio, .shareAtMost:
                nil
            }
        }
    }

    /// The requirements of the rubrics a scenario is scored with.
    public static func requirements(for scenario: Scenario) -> [CriterionRequirement] {
        selection(for: scenario).flatMap(\.requirements)
    }
}

/// How a transcript did against one rubric.
public struct RubricResult: Hashable, Sendable {
    public let rubric: Rubric
    public let criteria: [CriterionResult]

    /// 0…10: the weighted share of applicable criteria met, rounded.
    /// nil when no criterion applies (no replies yet).
    public var score: Int? {
        let applicable = criteria.filter { $0.met != nil }
        let total = applicable.map(\.criterion.weight).reduce(0, +)
        guard total > 0 else { return nil }
        let earned = applicable.filter { $0.met == true }.map(\.criterion.weight).reduce(0, +)
        return Int((10 * Double(earned) / Double(total)).rounded())
    }
}
