import Engine
import Scenarios
import Scoring

/// In-process turns: `Conversation.respond` (analysis, branch, meter
/// effects), optionally followed by scoring the transcript so far.
enum PerTurnBenchmark {
    struct Result {
        var samples = Samples([])
        /// Endings reached; each was followed by `restart()` (untimed).
        var restarts = 0
        /// Replies that paused for a crisis instead of being answered.
        var crises = 0
        /// Replies scored per turn, summed (scoring runs only).
        var scoredReplies = 0
        /// Every answered reply, numbered through restarts, for scoring one long transcript.
        var transcript: [ScoredReply] = []
        /// Folded from results so that no work can be optimised away.
        var checksum = 0
    }

    /// Plays `replies` against `scenario`. With `scoring`, each timed turn
    /// also evaluates every rubric over all turns of the current
    /// conversation, as `/score` does (the REPL itself scores only at the
    /// end and on `/score`).
    static func play(_ scenario: Scenario, _ replies: [String], scoring: Bool) -> Result {
        let rubrics = ShippedScenarios.rubrics(for: scenario)
        var conversation = Conversation(scenario: scenario, seed: 1)
        var result = Result()
        var times: [UInt64] = []
        times.reserveCapacity(replies.count)
        result.transcript.reserveCapacity(replies.count)
        for reply in replies {
            let start = monotonicNanoseconds()
            let outcome = conversation.respond(reply)
            if scoring {
                let scored = conversation.state.turns.map {
                    ScoredReply(turn: $0.number, text: $0.reply, analysis: $0.analysis)
                }
                for rubric in rubrics { result.checksum &+= rubric.evaluate(scored).score ?? -1 }
                result.scoredReplies += scored.count
            }
            times.append(monotonicNanoseconds() - start)

            switch outcome {
            case .answered(let turn):
                result.checksum &+= turn.analysis.matches.count
                result.transcript.append(
                    ScoredReply(turn: result.transcript.count + 1, text: turn.reply, analysis: turn.analysis))
                if turn.ending != nil {
                    result.restarts += 1
                    conversation.restart()
                }
            case .crisis:
                result.crises += 1
            case .alreadyOver:
                conversation.restart()
            }
        }
        result.samples = Samples(times)
        return result
    }

    /// Scores one whole transcript with the scenario's rubrics, `runs` times.
    static func scoreOnce(_ scenario: Scenario, _ transcript: [ScoredReply], runs: Int) -> (Samples, checksum: Int) {
        let rubrics = ShippedScenarios.rubrics(for: scenario)
        var checksum = 0
        var times: [UInt64] = []
        for _ in 0..<runs {
            let start = monotonicNanoseconds()
            for rubric in rubrics { checksum &+= rubric.evaluate(transcript).score ?? -1 }
            times.append(monotonicNanoseconds() - start)
        }
        return (Samples(times), checksum)
    }
}
