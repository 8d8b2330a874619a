import Analysis
import Engine
import Scenarios

/// Walks a scenario automatically, many times, replying at each node with
/// one of the example replies authored on the node and on its branches
/// (picked at random from a seed, so a seed repeats exactly), and records
/// which nodes and branches were reached.
public struct Explorer: Sendable {
    public let scenario: Scenario
    /// A walk that reaches no ending stops after this many replies.
    public var maxTurns: Int

    public init(scenario: Scenario, maxTurns: Int = 40) {
        self.scenario = scenario
        self.maxTurns = maxTurns
    }

    /// A branch: a node's reply, by index.
    public struct BranchID: Hashable, Sendable, Comparable {
        public let node: String
        public let index: Int
        public static func < (lhs: BranchID, rhs: BranchID) -> Bool { (lhs.node, lhs.index) < (rhs.node, rhs.index) }
    }

    public func explore(runs: Int, seed: UInt64) -> ExplorationReport {
        var seeds = SeededGenerator(seed: seed)
        var reachedNodes: Set<String> = [scenario.start]
        var takenBranches: Set<BranchID> = []
        var endings: [String: Int] = [:]
        var unfinished = 0
        var stuckAt: [String: Int] = [:]
        var crises = 0
        var turns = 0
        // Analyses keyed by reply and the line it answers: the same few
        // examples recur in every walk, and analysis is most of a turn's cost.
        var analyses: [AnalysisKey: ReplyAnalysis] = [:]
        // Each candidate reply with the branch that lists it (nil: the node's own examples).
        let candidates = Dictionary(uniqueKeysWithValues: scenario.nodes.map { id, node in
            (id, node.examples.map { (text: $0, branch: Int?.none) }
                + node.replies.enumerated().flatMap { index, reply in reply.examples.map { (text: $0, branch: Int?.some(index)) } })
        })
        var triedExamples: Set<BranchID> = []

        for _ in 0..<runs {
            var choices = SeededGenerator(seed: seeds.next())
            var conversation = Conversation(scenario: scenario, seed: seeds.next())
            walk: while !conversation.state.isOver, conversation.state.turns.count < maxTurns {
                let here = conversation.state.node
                guard let options = candidates[here], !options.isEmpty else {
                    stuckAt[here, default: 0] += 1
                    break
                }
                let option = options[Int(choices.next() % UInt64(options.count))]
                if let branch = option.branch { triedExamples.insert(BranchID(node: here, index: branch)) }
                let reply = conversation.fill(option.text)
                let key = AnalysisKey(reply: reply, previous: conversation.state.lastPartnerLines)
                let analysis: ReplyAnalysis
                if let known = analyses[key] {
                    analysis = known
                } else {
                    analysis = conversation.analyze(reply)
                    analyses[key] = analysis
                }
                switch conversation.respond(reply, analysis: analysis) {
                case .answered(let turn):
                    turns += 1
                    if let index = turn.branch.replyIndex { takenBranches.insert(BranchID(node: turn.node, index: index)) }
                    reachedNodes.insert(turn.nextNode)
                case .crisis:
                    crises += 1
                    break walk
                case .alreadyOver:
                    break walk
                }
            }
            if conversation.state.isOver {
                endings[conversation.state.node, default: 0] += 1
            } else {
                unfinished += 1
            }
        }

        var branches: [ExplorationReport.BranchInfo] = []
        for id in scenario.nodeOrder {
            guard let node = scenario.nodes[id] else { continue }
            for (index, reply) in node.replies.enumerated() {
                branches.append(ExplorationReport.BranchInfo(
                    node: id, index: index, condition: reply.conditionSource, location: reply.location,
                    examples: reply.examples.count, examplesTried: triedExamples.contains(BranchID(node: id, index: index)),
                    taken: takenBranches.contains(BranchID(node: id, index: index))))
            }
        }
        return ExplorationReport(
            scenario: scenario, runs: runs, seed: seed, turns: turns,
            reachedNodes: reachedNodes, endings: endings, unfinished: unfinished, stuckAt: stuckAt, crises: crises, branches: branches)
    }

    struct AnalysisKey: Hashable {
        let reply: String
        let previous: [String]
    }
}

/// What exploration found: coverage, endings, and what was never reached.
public struct ExplorationReport: Sendable {
    public struct BranchInfo: Sendable {
        public let node: String
        public let index: Int
        /// The `if` as written; nil for `else`.
        public let condition: String?
        public let location: SourceLocation
        /// How many example replies the branch itself lists.
        public let examples: Int
        /// Whether exploration replied with one of them at this node.
        public let examplesTried: Bool
        public let taken: Bool
    }

    public let scenario: Scenario
    public let runs: Int
    public let seed: UInt64
    /// Replies answered over all runs.
    public let turns: Int
    public let reachedNodes: Set<String>
    /// Ending node → how many runs ended there.
    public let endings: [String: Int]
    /// Runs that reached no ending: at the turn limit, or stuck at a node
    /// without example replies.
    public let unfinished: Int
    /// Nodes with no example replies (on the node or its branches) where
    /// walks stopped, with how many.
    public let stuckAt: [String: Int]
    /// Runs stopped because an example was read as a possible crisis.
    public let crises: Int
    public let branches: [BranchInfo]

    public var nodeCount: Int { scenario.nodes.count }
    public var nodeCoverage: Double { nodeCount == 0 ? 1 : Double(reachedNodes.count) / Double(nodeCount) }
    public var branchCoverage: Double {
        branches.isEmpty ? 1 : Double(branches.filter(\.taken).count) / Double(branches.count)
    }
    /// Nodes no run arrived at, in file order.
    public var unreachedNodes: [Node] {
        scenario.nodeOrder.filter { !reachedNodes.contains($0) }.compactMap { scenario.nodes[$0] }
    }
    /// Branches of reached nodes that no run took: no authored reply took
    /// them from where the walks stood.
    public var untakenBranches: [BranchInfo] {
        branches.filter { !$0.taken && reachedNodes.contains($0.node) }
    }
    /// Ending nodes in file order, with how many runs ended there (0 for never).
    public var endingCounts: [(node: Node, runs: Int)] {
        scenario.nodeOrder.compactMap { scenario.nodes[$0] }.filter { $0.ending != nil }.map { ($0, endings[$0.id] ?? 0) }
    }
    public var isFullNodeCoverage: Bool { reachedNodes.count == nodeCount }
}
