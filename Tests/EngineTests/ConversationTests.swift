import Analysis
import Engine
import Foundation
import Scenarios
import Testing

/// The engine with scenario phrase cues, so branching here does not depend
/// on how the built-in analyzer reads a reply.
@Suite struct ConversationTests {
    static let yaml = """
        format: rehearse/1
        id: engine-test
        title: Engine test
        area: skills-drill
        skills: [assertiveness]
        level: 1
        goal: Test the engine.
        partner: { name: Sam }
        state: { tension: 5, trust: 5 }
        cues:
          says-sorry: ["sorry"]
          says-plan: ["plan", "rota"]
          says-bye: ["bye"]
        start: opening
        nodes:
          opening:
            partner: ["First, {you}.", "Hello, {you}.", "Hi, {you}."]
            coach: Be kind.
            examples: ["Sorry."]
            replies:
              - if: says-sorry
                set: { tension: -2, trust: +1 }
                partner: "Thanks for saying that."
                go: middle
              - if: says-bye and tension >= 5
                set: { tension: +9 }
                go: gone
              - else:
                set: { tension: +1 }
          middle:
            partner: "So what now? I'm {partner}, by the way."
            coach: Propose a plan.
            examples: ["A rota?"]
            replies:
              - if: says-plan and visited(opening) and turn >= 2
                set: { trust: 10 }
                go: agreed
              - else:
                partner: ["Go on.", "And?"]
          agreed:
            partner: "Deal."
            end: { outcome: success, title: Agreed a plan }
          gone:
            partner: "Fine, I'm off."
            end: breakdown
        """

    static func scenario() throws -> Scenario {
        let result = ScenarioLoader().load(yaml: yaml)
        return try #require(result.scenario, "\(result.findings)")
    }

    @Test func opensAtStartWithNamesFilledIn() throws {
        let conversation = Conversation(scenario: try Self.scenario(), seed: 1, yourName: "Ana")
        #expect(conversation.state.node == "opening")
        #expect(conversation.openingLines.count == 1)
        #expect(["First, Ana.", "Hello, Ana.", "Hi, Ana."].contains(conversation.openingLines[0]))
    }

    @Test func branchesMovesMetersAndEnds() throws {
        var conversation = Conversation(scenario: try Self.scenario(), seed: 7, partnerName: "Alex")
        guard case .answered(let first) = conversation.respond("I'm sorry about the mess.") else {
            Issue.record("expected an answer"); return
        }
        #expect(first.number == 1)
        #expect(first.branch.replyIndex == 0)
        #expect(first.branch.condition == "says-sorry")
        #expect(first.branch.firedBy.map(\.evidence.excerpt) == ["sorry"])
        #expect(first.meterChanges == [MeterChange(meter: "tension", before: 5, after: 3), MeterChange(meter: "trust", before: 5, after: 6)])
        #expect(first.partnerLines == ["Thanks for saying that.", "So what now? I'm Alex, by the way."])
        #expect(first.nextNode == "middle")

        guard case .answered(let second) = conversation.respond("hmm") else { Issue.record("expected an answer"); return }
        #expect(second.branch.isElse)
        #expect(second.partnerLines.count == 1)
        #expect(["Go on.", "And?"].contains(second.partnerLines[0]))
        #expect(second.previousLine == first.partnerLines.joined(separator: " "))

        guard case .answered(let third) = conversation.respond("How about a rota?") else { Issue.record("expected an answer"); return }
        #expect(third.ending == Ending(outcome: .success, title: "Agreed a plan"))
        #expect(conversation.state.isOver)
        #expect(conversation.state.meters["trust"] == 10)
        #expect(conversation.state.visited == ["opening", "middle", "agreed"])
        guard case .alreadyOver = conversation.respond("more") else { Issue.record("expected alreadyOver"); return }
    }

    @Test func elseWithoutLineRepeatsTheNode() throws {
        var conversation = Conversation(scenario: try Self.scenario(), seed: 3)
        guard case .answered(let turn) = conversation.respond("whatever") else { Issue.record("expected an answer"); return }
        #expect(turn.nextNode == "opening")
        #expect(turn.partnerLines.count == 1)
        #expect(turn.partnerLines[0].hasSuffix(", you."))
        #expect(conversation.state.meters["tension"] == 6)
    }

    @Test func metersAreComparedBeforeTheReplysEffects() throws {
        var conversation = Conversation(scenario: try Self.scenario(), seed: 3)
        guard case .answered(let turn) = conversation.respond("bye") else { Issue.record("expected an answer"); return }
        #expect(turn.branch.replyIndex == 1)
        #expect(turn.meterChanges == [MeterChange(meter: "tension", before: 5, after: 10)])
        #expect(turn.ending?.outcome == .breakdown)
        #expect(turn.ending?.title == "gone")
    }

    @Test func sameSeedAndRepliesGiveTheSameConversation() throws {
        let scenario = try Self.scenario()
        func run(seed: UInt64) -> [String] {
            var conversation = Conversation(scenario: scenario, seed: seed)
            var lines = conversation.openingLines
            for reply in ["sorry", "hmm", "hmm", "hmm", "hmm", "plan"] {
                if case .answered(let turn) = conversation.respond(reply) { lines += turn.partnerLines }
            }
            return lines
        }
        #expect(run(seed: 42) == run(seed: 42))
        let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]
        #expect(Set(seeds.map { run(seed: $0) }).count > 1, "variants should differ across seeds")
    }

    @Test func undoAndRestartRestoreState() throws {
        var conversation = Conversation(scenario: try Self.scenario(), seed: 5)
        let opening = conversation.state
        #expect(!conversation.canUndo)
        _ = conversation.respond("sorry")
        let afterFirst = conversation.state
        _ = conversation.respond("hmm")
        var undone = conversation.undo()
        #expect(undone)
        #expect(conversation.state == afterFirst)
        undone = conversation.undo()
        #expect(undone)
        #expect(conversation.state == opening)
        undone = conversation.undo()
        #expect(!undone)
        _ = conversation.respond("sorry")
        conversation.restart()
        #expect(conversation.state == opening)
    }

    @Test func stateRoundTripsThroughJSON() throws {
        let scenario = try Self.scenario()
        var conversation = Conversation(scenario: scenario, seed: 9)
        _ = conversation.respond("sorry")
        let data = try JSONEncoder().encode(conversation.state)
        let decoded = try JSONDecoder().decode(ConversationState.self, from: data)
        #expect(decoded == conversation.state)
        var resumed = Conversation(scenario: scenario, restoring: decoded)
        var original = conversation
        guard case .answered(let a) = original.respond("hmm"), case .answered(let b) = resumed.respond("hmm") else {
            Issue.record("expected answers"); return
        }
        #expect(a == b, "a resumed conversation continues exactly like the original")
    }

    @Test func placeholdersFillOnlyKnownNames() {
        #expect("Hi {you}, I'm {partner} {x}".replacingPlaceholdersForTest(you: "Ana", partner: "Sam") == "Hi Ana, I'm Sam {x}")
    }
}

extension String {
    func replacingPlaceholdersForTest(you: String, partner: String) -> String {
        // Goes through the engine so the test exercises the real substitution.
        let scenarioYAML = ConversationTests.yaml.replacingOccurrences(of: "[\"First, {you}.\", \"Hello, {you}.\", \"Hi, {you}.\"]", with: "\"\(self)\"")
        let scenario = ScenarioLoader().load(yaml: scenarioYAML).scenario!
        return Conversation(scenario: scenario, seed: 1, yourName: you, partnerName: partner).openingLines[0]
    }
}
