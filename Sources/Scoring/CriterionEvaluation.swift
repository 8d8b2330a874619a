import Analysis

/// Applies a criterion's rule to replies, keeping the user's words as evidence.
enum CriterionEvaluation {
    /// How many lacking replies to quote before saying "and N more".
    static let lackingQuoteLimit = 3

    static func evaluate(_ criterion: Criterion, _ replies: [ScoredReply]) -> CriterionResult {
        func quotes(_ cues: [CueName], _ stance: Quote.Stance) -> [Quote] {
            replies.flatMap { reply in
                reply.analysis.matches.filter { cues.contains($0.cue) }.map {
                    Quote(turn: reply.turn, stance: stance, words: $0.evidence.excerpt, cue: $0.cue)
                }
            }
        }
        /// One quote per stretch of words: two cues over the same words (a
        /// reflection that is also a feeling-reflection) count once, as MITI
        /// counts utterances, not labels.
        func distinctQuotes(_ cues: [CueName], _ stance: Quote.Stance) -> [Quote] {
            replies.flatMap { reply -> [Quote] in
                var kept: [CueMatch] = []
                for match in reply.analysis.matches where cues.contains(match.cue) {
                    let span = match.evidence.span
                    if let last = kept.last, span.start < last.evidence.span.end {
                        if span.end - span.start > last.evidence.span.end - last.evidence.span.start {
                            kept[kept.count - 1] = match
                        }
                    } else {
                        kept.append(match)
                    }
                }
                return kept.map { Quote(turn: reply.turn, stance: stance, words: $0.evidence.excerpt, cue: $0.cue) }
            }
        }
        func showing(_ cues: [CueName]) -> [ScoredReply] {
            replies.filter { reply in cues.contains { reply.analysis.contains($0) } }
        }
        func lacking(_ cues: [CueName]) -> [Quote] {
            replies.filter { reply in !cues.contains { reply.analysis.contains($0) } }
                .prefix(lackingQuoteLimit)
                .map { Quote(turn: $0.turn, stance: .lacking, words: $0.text, cue: nil) }
        }
        /// Whether one reply (the first, the last) shows any of the cues.
        func oneReply(_ reply: ScoredReply, showing cues: [CueName], which: String) -> CriterionResult {
            let met = cues.contains { reply.analysis.contains($0) }
            let earned = reply.analysis.matches.filter { cues.contains($0.cue) }.map {
                Quote(turn: reply.turn, stance: .earned, words: $0.evidence.excerpt, cue: $0.cue)
            }
            return CriterionResult(
                criterion: criterion, met: met, measure: met ? "\(which) reply" : "not in the \(which) reply",
                quotes: met ? earned : [Quote(turn: reply.turn, stance: .lacking, words: reply.text, cue: nil)])
        }
        guard !replies.isEmpty else {
            return CriterionResult(criterion: criterion, met: nil, measure: "no replies yet", quotes: [])
        }
        let count = replies.count
        let replyCount = count == 1 ? "1 reply" : "\(count) replies"
        switch criterion.rule {
        case .atLeast(let minimum, let cues):
            let hits = showing(cues).count
            let met = hits >= minimum
            return CriterionResult(
                criterion: criterion, met: met, measure: "\(hits) of \(replyCount) (aim ≥ \(minimum))",
                quotes: met ? quotes(cues, .earned) : quotes(cues, .earned) + lacking(cues))
        case .atMost(let maximum, let cues):
            let hits = showing(cues).count
            return CriterionResult(
                criterion: criterion, met: hits <= maximum,
                measure: maximum == 0 ? "\(hits) of \(replyCount) (aim: none)" : "\(hits) of \(replyCount) (aim ≤ \(maximum))",
                quotes: quotes(cues, .cost))
        case .firstReply(let cues):
            return oneReply(replies[0], showing: cues, which: "first")
        case .lastReply(let cues):
            return oneReply(replies[replies.count - 1], showing: cues, which: "last")
        case .ratio(let numerator, let denominator, let minimum):
            let top = distinctQuotes(numerator, .earned)
            let bottom = distinctQuotes(denominator, .counted)
            let measure = "\(top.count):\(bottom.count) (aim ≥ \(formatRatio(minimum)):1)"
            if top.isEmpty && bottom.isEmpty {
                return CriterionResult(criterion: criterion, met: nil, measure: "0:0, nothing to compare", quotes: [])
            }
            let met = bottom.isEmpty || Double(top.count) / Double(bottom.count) >= minimum
            return CriterionResult(criterion: criterion, met: met, measure: measure, quotes: top + bottom)
        case .shareAtMost(let maximum, let cues):
            let hits = showing(cues).count
            let share = Double(hits) / Double(count)
            return CriterionResult(
                criterion: criterion, met: share <= maximum + 1e-9,
                measure: "\(hits) of \(replyCount) (aim ≤ \(Int((maximum * 100).rounded())) %)",
                quotes: quotes(cues, .cost))
        }
    }

    static func formatRatio(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
