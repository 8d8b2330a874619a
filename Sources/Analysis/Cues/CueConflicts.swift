/// When two cues claim the same words, which one the reply really shows.
///
/// Each entry drops the losing cue where its evidence overlaps the winner's.
enum CueConflicts {
    struct Conflict: Sendable {
        let winner: CueName
        let loser: CueName
    }

    static let all: [Conflict] = [
        // "I'm sorry you feel that way" regrets their feelings, not one's own act.
        Conflict(winner: .dismissal, loser: .apology),
        // "I'd rather not wake up tomorrow" is not declining an invitation.
        Conflict(winner: .crisis, loser: .refusal),
        Conflict(winner: .crisis, loser: .need),
        Conflict(winner: .crisis, loser: .request),
        Conflict(winner: .crisis, loser: .threat),
        Conflict(winner: .crisis, loser: .negotiation),
        // "Nervous, yeah." names their feeling, not one's own.
        Conflict(winner: .feelingReflection, loser: .feeling),
        Conflict(winner: .crisis, loser: .hedge),
        // "No thanks" declines; the thanks is politeness.
        Conflict(winner: .refusal, loser: .appreciation),
        // "I'd appreciate it if you…" asks; it does not thank.
        Conflict(winner: .request, loser: .appreciation),
        Conflict(winner: .crisis, loser: .iStatement),
        Conflict(winner: .crisis, loser: .feeling),
        // "Nobody would even notice if I wasn't here" discloses; its
        // "nobody" is not a sweeping charge (sets C–H label crisis alone).
        Conflict(winner: .crisis, loser: .absolute),
        Conflict(winner: .advice, loser: .request),
        Conflict(winner: .insult, loser: .feelingReflection),
        Conflict(winner: .dismissal, loser: .request),
        // "Why don't you just leave?" is advice in question form, not an invitation to talk.
        Conflict(winner: .advice, loser: .openQuestion),
        Conflict(winner: .negotiation, loser: .openQuestion),
        // "If you go to HR, I'll make sure the director hears…" is an ultimatum, not a trade.
        Conflict(winner: .threat, loser: .negotiation),
        // "at least I tried" defends; "at least" alone would read as minimising.
        Conflict(winner: .defensiveness, loser: .dismissal),
    ]

    /// `all` as built-in ranks (every cue in a conflict is built in).
    private static let rankedConflicts: [(winner: Int8, loser: Int8)] = all.map { conflict in
        precondition(conflict.winner.rank >= 0 && conflict.loser.rank >= 0, "conflicts name built-in cues")
        return (conflict.winner.rank, conflict.loser.rank)
    }

    /// Bit `rank` set for every built-in cue that loses some conflict.
    private static let loserMask: UInt32 = all.reduce(0) { $0 | (1 << UInt32($1.loser.rank)) }

    /// `winnersOf[rank]`: bit `w` set when built-in cue `w` beats the cue of that rank.
    private static let winnersOf: [UInt32] = {
        var winners = [UInt32](repeating: 0, count: 32)
        for conflict in rankedConflicts { winners[Int(conflict.loser)] |= 1 << UInt32(conflict.winner) }
        return winners
    }()

    /// Whether a cue present in `present` (bit `rank` per built-in cue)
    /// beats `cue` in some conflict: the statistical layer adds no cue that a
    /// rule's cue would have overruled.
    static func isBeaten(_ cue: CueName, present: UInt32) -> Bool {
        cue.rank >= 0 && winnersOf[Int(cue.rank)] & present != 0
    }

    static func resolve(_ found: inout [Detection.Found]) {
        guard found.count > 1 else { return }
        // Most replies hold no losing cue at all: find that out with one
        // bit test per match instead of comparing every name
        // against every conflict.
        // A loser can only go when a cue that beats it is present too: the
        // cues present as bits, then one test per match.
        let loserMask = self.loserMask
        let winnersOf = self.winnersOf
        let anyLoser = found.withUnsafeBufferPointer { found in
            // Through the buffer: reading a rank copies no match (no retains).
            var present: UInt32 = 0
            var index = 0
            while index < found.count {
                let rank = found[index].cue.rank
                if rank >= 0 { present |= 1 << UInt32(rank) }
                index += 1
            }
            var losers = present & loserMask
            while losers != 0 {
                if winnersOf[losers.trailingZeroBitCount] & present != 0 { return true }
                losers &= losers - 1
            }
            return false
        }
        guard anyLoser else { return }
        // A loser is dropped when some match of a winning cue overlaps it
        // (winners are looked for among all matches, dropped or not), so the
        // order of the checks does not matter. Through the buffer with the
        // conflicts as ranks: no match or name copied.
        var dropped: [Bool] = []
        found.withUnsafeBufferPointer { found in
            for loserIndex in found.indices {
                let rank = found[loserIndex].cue.rank
                guard rank >= 0, loserMask & (1 << UInt32(rank)) != 0 else { continue }
                let tokens = found[loserIndex].tokens
                conflicts: for conflict in rankedConflicts where conflict.loser == rank {
                    for winner in found.indices
                    where found[winner].cue.rank == conflict.winner && found[winner].tokens.overlaps(tokens) {
                        if dropped.isEmpty { dropped = [Bool](repeating: false, count: found.count) }
                        dropped[loserIndex] = true
                        break conflicts
                    }
                }
            }
        }
        // Nothing dropped (the usual case): no new array.
        guard !dropped.isEmpty else { return }
        found = found.enumerated().filter { !dropped[$0.offset] }.map(\.element)
    }
}
