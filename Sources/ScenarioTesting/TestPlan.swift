import Analysis
import Scenarios

/// Scripted runs of a scenario, with what should happen after each reply:
/// a `dishes.test.yaml` beside `dishes.yaml`. See docs/test-plans.md.
public struct TestPlan: Sendable {
    public var runs: [PlanRun]
    /// The plan file, if it came from one.
    public var path: String?
}

/// One scripted conversation, from the opening line.
public struct PlanRun: Sendable {
    public enum Mode: String, CaseIterable, Sendable {
        /// Feedback after each reply; `/undo` allowed.
        case practice
        /// No feedback and no `/undo` until the end.
        case exam
    }

    public var name: String
    public var seed: UInt64
    public var partnerName: String?
    public var yourName: String?
    public var mode: Mode
    public var steps: [PlanStep]
    /// Where the run's `name` is written.
    public var location: SourceLocation
}

/// A reply (or `/undo`, `/restart`) and the expectations checked after it.
public struct PlanStep: Sendable {
    public enum Action: Sendable, Equatable {
        case reply(String)
        case undo
        case restart
    }
    public var action: Action
    public var expectations: [Expectation]
    /// Where the step's `reply` is written.
    public var location: SourceLocation
}

/// Something that should hold after a step.
public struct Expectation: Sendable {
    public enum Kind: Sendable, Equatable {
        /// The conversation is at this node.
        case node(String)
        /// What the other person just said contains this text (ignoring case).
        case partnerSays(String)
        /// The reply showed every one of these cues.
        case cues([CueName])
        /// The reply showed none of these cues.
        case noCues([CueName])
        /// A meter's value is within the range.
        case meter(String, ClosedRange<Int>)
        /// The conversation has ended (with this outcome and/or at this node),
        /// or, with both nil and `ended` false, has not ended.
        case ending(ended: Bool, outcome: Ending.Outcome?, node: String?)
        /// A rubric's score (0…10) over the replies so far is within the range.
        case score(String, ClosedRange<Int>)
        /// The reply was (or was not) read as a possible crisis, which pauses
        /// the role-play without answering.
        case crisis(Bool)
    }
    public var kind: Kind
    public var location: SourceLocation
}

/// A mistake in a plan file, at a line and column.
public struct PlanFinding: Hashable, Sendable {
    public let message: String
    public let location: SourceLocation
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

extension ClosedRange<Int> {
    /// `5` or `4..6`, as a plan writes it.
    var planDescription: String {
        lowerBound == upperBound ? "\(lowerBound)" : "\(lowerBound)..\(upperBound)"
    }
}
