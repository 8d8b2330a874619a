import Analysis
import Foundation
import Scenarios
import Scoring
import Testing

/// The linter's "never reached" and "never taken" claims checked against
/// conversations actually walked: concrete meters, turns and visited nodes,
/// with many sets of cues per reply. A claim the walk contradicts is a false
/// positive.
@Suite struct LintSoundnessTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var files: [String] {
        let folders = ["Scenarios", "Tests/ScenariosTests/Fixtures"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.hasSuffix(".yaml") && !$0.contains(".test.") }.sorted()
                .map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
        }
    }

    struct State: Hashable {
        var node: String
        var meters: [String: Int]
        var turn: Int
        var visited: Set<String>
    }

    @Test(arguments: files)
    func claimsHoldOnWalkedConversations(_ path: String) throws {
        let checker = ScenarioChecker(
            loader: ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)),
            linter: ScenarioLinter(requirements: { Rubric.requirements(for: $0) }))
        let result = checker.check(path: path)
        guard let scenario = ScenarioLoader(knownRubrics: Set(Rubric.builtInNames)).load(path: path).scenario else { return }
        var generator = SystemRandomNumberGenerator()
        var reachedNodes: Set<String> = [scenario.start]
        var takenReplies: Set<Scenarios.SourceLocation> = []
        var seen: Set<State> = []
        var frontier = [State(
            node: scenario.start, meters: Dictionary(uniqueKeysWithValues: scenario.meters.map { ($0.name, $0.initial) }),
            turn: 1, visited: [scenario.start])]
        for _ in 0..<14 {
            var next: [State] = []
            for state in frontier where seen.insert(state).inserted {
                guard let node = scenario.nodes[state.node], node.ending == nil else { continue }
                let mentioned = Array(Set(node.replies.flatMap { $0.condition?.allCues ?? [] })).sorted { $0.rawValue < $1.rawValue }
                // Every single cue, none, and random mixes.
                var cueSets: [Set<CueName>] = [[]] + mentioned.map { [$0] }
                for _ in 0..<16 { cueSets.append(Set(mentioned.filter { _ in Bool.random(using: &generator) })) }
                for cues in cueSets where !cues.contains(.crisis) {
                    let context = Condition.Context(cues: cues, meters: state.meters, turn: state.turn, visited: state.visited)
                    var moved = state
                    if let reply = node.replies.first(where: { $0.condition?.evaluate(in: context) ?? true }) {
                        takenReplies.insert(reply.location)
                        for effect in reply.effects { moved.meters[effect.meter] = effect.apply(to: moved.meters[effect.meter] ?? 0) }
                        moved.node = reply.target ?? state.node
                    }
                    moved.turn += 1
                    moved.visited.insert(moved.node)
                    reachedNodes.insert(moved.node)
                    next.append(moved)
                }
            }
            // Distinct states, a random sample when there are many.
            frontier = Array(Set(next).shuffled(using: &generator).prefix(400))
        }
        for finding in result.findings {
            switch finding.code {
            case .unreachableNode, .unreachableEnding:
                let node = scenario.nodeOrder.first { scenario.nodes[$0]!.location == finding.location }
                #expect(node.map { !reachedNodes.contains($0) } == true, "\(finding.message), but a walk reached it")
            case .shadowedReply, .impossibleCondition:
                #expect(!takenReplies.contains(finding.location), "\(finding.message), but a walk took it")
            default:
                break
            }
        }
    }
}
