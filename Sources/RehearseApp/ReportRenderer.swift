import Analysis
import Scoring

/// Renders rubric results: a bar per skill, then every criterion with the
/// figure behind it and the user's own words that earned or cost it.
struct ReportRenderer {
    let style: Style
    /// How many quotes to show under one criterion before "… and N more".
    var quoteLimit = 4

    func render(_ results: [RubricResult]) -> [String] {
        var lines: [String] = []
        let width = (results.map(\.rubric.title.count).max() ?? 0) + 2
        for result in results {
            let title = result.rubric.title.padding(toLength: width, withPad: " ", startingAt: 0)
            if let score = result.score {
                lines.append("\(style.bold(title))\(bar(score))  \(score)/10")
            } else {
                lines.append("\(style.bold(title))not scored yet (no replies)")
                continue
            }
            for outcome in result.criteria {
                let mark: String
                switch outcome.met {
                case true?: mark = style.green("✓")
                case false?: mark = style.red("✗")
                case nil: mark = style.dim("–")
                }
                lines.append("  \(mark) \(outcome.criterion.title) · \(outcome.measure)")
                lines.append("      \(style.dim(outcome.feedback))")
                for quote in outcome.quotes.prefix(quoteLimit) {
                    lines.append("      \(render(quote))")
                }
                if outcome.quotes.count > quoteLimit {
                    lines.append("      … and \(outcome.quotes.count - quoteLimit) more")
                }
            }
        }
        return lines
    }

    func render(_ quote: Quote) -> String {
        let cue = quote.cue.map { " (\($0))" } ?? ""
        switch quote.stance {
        case .earned: return "turn \(quote.turn) \(style.green("✓")) \"\(quote.words)\"\(cue)"
        case .cost: return "turn \(quote.turn) \(style.red("✗")) \"\(quote.words)\"\(cue)"
        case .lacking: return "turn \(quote.turn) had none: \"\(quote.words)\""
        case .counted: return "turn \(quote.turn) \(style.dim("·")) \"\(quote.words)\"\(cue)"
        }
    }

    func bar(_ score: Int) -> String {
        style.cyan(String(repeating: "█", count: score)) + style.dim(String(repeating: "░", count: 10 - score))
    }
}
