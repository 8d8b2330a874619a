/// Runs a `TokenPattern` against one sentence of a parsed reply.
///
/// Backtracking is confined to a pattern's own optional parts and bounded
/// gaps, so each start position costs a constant: no pathological inputs.
struct PatternMatcher {
    let parsed: ParsedText
    let sentenceIndex: Int

    private var tokens: [Token] { parsed.tokens }
    private var limit: Int { parsed.sentences[sentenceIndex].tokens.upperBound }

    /// The end (exclusive) of the first match starting at `start`, if any.
    func match(_ pattern: TokenPattern, at start: Int) -> Int? {
        matchSequence(pattern.elements[...], at: start) { $0 > start ? $0 : nil }
    }

    private func matchSequence(
        _ elements: ArraySlice<TokenPattern.Element>, at position: Int, then finish: (Int) -> Int?
    ) -> Int? {
        guard let element = elements.first else { return finish(position) }
        let rest = elements.dropFirst()
        switch element {
        case .word(let word):
            guard position < limit, tokens[position].norm == word else { return nil }
            return matchSequence(rest, at: position + 1, then: finish)

        case .wordSuffix(let suffix):
            guard position < limit, tokens[position].isWord, tokens[position].norm.count > suffix.count + 2,
                tokens[position].norm.hasSuffix(suffix)
            else { return nil }
            return matchSequence(rest, at: position + 1, then: finish)

        case .wordClass(let wordClass):
            guard let length = wordClass.matchLength(at: position, in: tokens, limit: limit) else { return nil }
            return matchSequence(rest, at: position + length, then: finish)

        case .alternatives(let options):
            for option in options {
                if let end = matchSequence(option[...], at: position, then: { matchSequence(rest, at: $0, then: finish) }) {
                    return end
                }
            }
            return nil

        case .optional(let inner):
            if let end = matchSequence(inner[...], at: position, then: { matchSequence(rest, at: $0, then: finish) }) {
                return end
            }
            return matchSequence(rest, at: position, then: finish)

        case .repeated(let inner):
            return matchRepeated(inner, rest, at: position, remaining: 4, then: finish)

        case .gap(let maximum, let crossesClauses):
            var end = position
            var words = 0
            while true {
                if let found = matchSequence(rest, at: end, then: finish) { return found }
                guard end < limit, words < maximum else { return nil }
                let token = tokens[end]
                if !crossesClauses, token.isPunctuation { return nil }
                end += 1
                words += 1
            }

        case .sentenceStart:
            let sentence = parsed.sentences[sentenceIndex]
            guard position >= sentence.tokens.lowerBound, position <= parsed.contentStart[sentenceIndex] else {
                return nil
            }
            return matchSequence(rest, at: position, then: finish)

        case .clauseEnd:
            guard position >= limit || !tokens[position].isWord else { return nil }
            return matchSequence(rest, at: position, then: finish)
        }
    }

    private func matchRepeated(
        _ inner: [TokenPattern.Element], _ rest: ArraySlice<TokenPattern.Element>, at position: Int,
        remaining: Int, then finish: (Int) -> Int?
    ) -> Int? {
        if remaining > 0,
            let end = matchSequence(inner[...], at: position, then: { next in
                next > position ? matchRepeated(inner, rest, at: next, remaining: remaining - 1, then: finish) : nil
            })
        {
            return end
        }
        return matchSequence(rest, at: position, then: finish)
    }
}
