/// Turns a reply (and the other person's previous line) into cues with
/// evidence. Pure and fast: no I/O, no shared mutable state.
public struct Analyzer: Sendable {
    public let phraseCues: [PhraseCue]

    /// - Parameter phraseCues: a scenario's own cues, matched like built-in ones.
    public init(phraseCues: [PhraseCue] = []) {
        self.phraseCues = phraseCues
    }

    /// Analyses one reply.
    /// - Parameters:
    ///   - reply: what the user wrote.
    ///   - previous: the other person's line just before, if any (reflections need it).
    public func analyze(_ reply: String, previous: String? = nil) -> ReplyAnalysis {
        // The other person's line first: its token arrays go back to this
        // thread's scratch (`TextScratch`) before the reply takes them.
        let previousWords = previous.flatMap { line -> ContentWords? in
            guard !line.isEmpty else { return nil }
            let tokens = Tokenizer.tokenize(line)
            let words = ContentWords(tokens: tokens)
            TextScratch.current.giveBack(tokens)
            return words
        }
        let parsed = ParsedText(reply)
        var matches: [CueMatch] = []
        // Stems of the reply's words, once (every reflection check asks).
        let sharedStems = previousWords?.sharedStems(of: parsed) ?? []

        let allFound = BuiltInCues.detect(in: parsed, previous: previousWords, sharedStems: sharedStems)
        matches.reserveCapacity(allFound.count)
        for found in allFound {
            let first = found.tokens.lowerBound
            let last = found.tokens.upperBound - 1
            var shared: [String] = []
            if let previousWords, found.cue == .reflection || found.cue == .feelingReflection || found.cue == .summary {
                // The whole sentence(s) around the match: a paraphrase's
                // shared words often sit after the frame ("sounds like…").
                let sentences = parsed.sentences
                let from = sentences[parsed.sentenceOfToken[first]].tokens.lowerBound
                let to = sentences[parsed.sentenceOfToken[last]].tokens.upperBound
                shared = previousWords.shared(in: parsed, range: from..<to, sharedStems: sharedStems)
            }
            matches.append(CueMatch(
                cue: found.cue,
                evidence: Evidence(
                    span: parsed.span(from: first, through: last),
                    excerpt: parsed.excerpt(from: first, through: last),
                    rule: found.rule,
                    sharedWords: shared)))
        }

        if !phraseCues.isEmpty {
            let words = parsed.tokens.indices.filter { parsed.tokens[$0].isWord }
            for cue in phraseCues {
                for pattern in cue.patterns {
                    for range in pattern.wordRanges(in: parsed, words: words) {
                        let first = words[range.lowerBound]
                        let last = words[range.upperBound - 1]
                        matches.append(CueMatch(
                            cue: cue.name,
                            evidence: Evidence(
                                span: parsed.span(from: first, through: last),
                                excerpt: parsed.excerpt(from: first, through: last),
                                rule: "scenario cue: \(pattern.source)")))
                    }
                }
            }
        }
        return ReplyAnalysis(text: reply, matches: matches)
    }

    /// The built-in cues, each with its meaning and examples, in contract order.
    public static var builtInCueDefinitions: [CueDefinition] {
        BuiltInCues.detectors.map { detector in
            CueDefinition(
                name: detector.cue, summary: detector.summary,
                examples: detector.fires.map(\.reply), nearMisses: detector.doesNotFire.map(\.reply))
        }
    }
}
