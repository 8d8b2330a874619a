/// Turns a reply (and the other person's previous line) into cues with
/// evidence. Pure and fast: no I/O, no shared mutable state.
public struct Analyzer: Sendable {
    public let phraseCues: [PhraseCue]
    /// Whether the statistical layer (`CueModel`) may add cues the rules
    /// missed. `rehearse analyze` turns it on (recall on new wordings, for
    /// labelling transcripts); a rehearsal leaves it off, because a branch
    /// taken on a word-weight guess ("How could you do that to me?" read
    /// as a request for its "could you") derails the conversation and the
    /// author's test plans, while a rule can be read in `docs/cues.md`.
    public let usesWordModel: Bool

    /// - Parameters:
    ///   - phraseCues: a scenario's own cues, matched like built-in ones.
    ///   - usesWordModel: let the statistical layer add cues the rules missed.
    public init(phraseCues: [PhraseCue] = [], usesWordModel: Bool = false) {
        self.phraseCues = phraseCues
        self.usesWordModel = usesWordModel
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
        var overruled: [OverruledMatch] = []
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

        if usesWordModel {
            addModelCues(
                to: &matches, overruled: &overruled, reply: reply, parsed: parsed, previous: previousWords,
                sharedStems: sharedStems)
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
        // Handed over, not copied: `ReplyAnalysis` sorts it in place.
        return ReplyAnalysis(text: reply, matches: consume matches, overruled: overruled)
    }

    /// The statistical layer: first the rules' cues it overrules (their
    /// matches move to `overruled`, with the model's figure), then the cues
    /// the rules missed, unless a cue the rules found overrules them
    /// (`CueConflicts`). Each addition quotes the sentence around the reply's
    /// words that weigh most for it, and names those words.
    private func addModelCues(
        to matches: inout [CueMatch], overruled: inout [OverruledMatch], reply: String, parsed: ParsedText,
        previous: ContentWords?, sharedStems: [String?]
    ) {
        guard parsed.tokens.count > 0 else { return }
        var present: UInt32 = 0
        for match in matches where match.cue.rank >= 0 { present |= 1 << UInt32(match.cue.rank) }
        let reading = CueModel.shared.reading(of: reply, present: present)
        if reading.overruled != 0 {
            // One cue at a time, in the model's order (the training script's
            // `combine` does the same when it chooses the thresholds): the
            // documented relations stand, so a reflection stays beside a
            // feeling-reflection, and an i-statement keeps its last feeling
            // or need.
            var left = present
            for cue in CueModel.cues where reading.overruled & cue.bit != 0 {
                if cue == .reflection, left & CueName.feelingReflection.bit != 0 { continue }
                if cue == .feeling || cue == .need {
                    let other: CueName = cue == .feeling ? .need : .feeling
                    if left & CueName.iStatement.bit != 0, left & other.bit == 0 { continue }
                }
                left &= ~cue.bit
            }
            let out = present & ~left
            present = left
            if out != 0 {
                var kept: [CueMatch] = []
                for match in matches {
                    guard out & match.cue.bit != 0 else {
                        kept.append(match)
                        continue
                    }
                    let percent = Int(reading.overruledPercent[Int(match.cue.rank)])
                    overruled.append(OverruledMatch(
                        match: match,
                        reason: "word model: \(match.cue.rawValue) \(percent) %, under its floor of "
                            + "\(CueModel.shared.overrulePercent(match.cue)) %"))
                }
                matches = kept
            }
        }
        // What a rule's cue, or an earlier addition, overrules goes first, so
        // the relations below see only what is really added.
        var kept: [CueModel.Addition] = []
        for addition in reading.additions
        where !CueConflicts.isBeaten(addition.cue, present: present) {
            kept.append(addition)
            present |= 1 << UInt32(addition.cue.rank)
        }
        let ownsFeelingOrNeed = present & (1 << UInt32(CueName.feeling.rank) | 1 << UInt32(CueName.need.rank)) != 0
        for addition in kept {
            let cue = addition.cue
            // The documented relations: an i-statement owns a feeling or a need.
            if cue == .iStatement, !ownsFeelingOrNeed { continue }
            // The sentence holding the strongest words.
            let tokens = parsed.tokens
            var position = 0
            while position + 1 < tokens.count, tokens[position].utf8End <= addition.anchor { position += 1 }
            let sentence = parsed.sentences[parsed.sentenceOfToken[position]].tokens
            let first = sentence.lowerBound
            let last = sentence.upperBound - 1
            var shared: [String] = []
            if let previous, cue == .reflection || cue == .feelingReflection || cue == .summary {
                shared = previous.shared(in: parsed, range: sentence, sharedStems: sharedStems)
            }
            let evidence = Evidence(
                span: parsed.span(from: first, through: last),
                excerpt: parsed.excerpt(from: first, through: last),
                rule: Self.modelRule(cue: cue.rawValue, percent: addition.percent, words: addition.words),
                sharedWords: shared)
            matches.append(CueMatch(cue: cue, evidence: evidence))
            // Any feeling-reflection is a reflection.
            if cue == .feelingReflection, !matches.contains(where: { $0.cue == .reflection }) {
                matches.append(CueMatch(cue: .reflection, evidence: evidence))
            }
        }
    }

    /// A word-model cue's rule: "CUE: word model P %, 'w1', 'w2' (words that
    /// weigh toward CUE in the labelled sets)". Its bytes are copied into
    /// one string made at its full length: the interpolation and `joined`
    /// this replaces, like `+=` piece by piece, cost about 330 instructions
    /// per piece appended, some 20 pieces per rule.
    static func modelRule(cue: String, percent: Int, words: [String]) -> String {
        let percentText = String(percent)
        let opening = ": word model "
        let afterPercent = " %, "
        let middle = " (words that weigh toward "
        let closing = " in the labelled sets)"
        var length = 2 * cue.utf8.count + opening.utf8.count + percentText.utf8.count + afterPercent.utf8.count
            + middle.utf8.count + closing.utf8.count
        for word in words { length += word.utf8.count + 4 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            copyUTF8(cue, to: buffer, at: &written)
            copyUTF8(opening, to: buffer, at: &written)
            copyUTF8(percentText, to: buffer, at: &written)
            copyUTF8(afterPercent, to: buffer, at: &written)
            for (index, word) in words.enumerated() {
                if index > 0 { copyUTF8(", ", to: buffer, at: &written) }
                copyUTF8("'", to: buffer, at: &written)
                copyUTF8(word, to: buffer, at: &written)
                copyUTF8("'", to: buffer, at: &written)
            }
            copyUTF8(middle, to: buffer, at: &written)
            copyUTF8(cue, to: buffer, at: &written)
            copyUTF8(closing, to: buffer, at: &written)
            return written
        }
    }

    /// Copies `piece`'s UTF-8 bytes into `buffer` from `offset` on (the
    /// caller made room), and moves `offset` past them. (A function, not a
    /// closure capturing the offset: a captured variable is boxed and each
    /// access checked for exclusivity.)
    @inline(__always)
    private static func copyUTF8(_ piece: String, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int) {
        let start = offset
        let copied = piece.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            if let from = bytes.baseAddress, let to = buffer.baseAddress {
                (to + start).initialize(from: from, count: bytes.count)
            }
            return bytes.count
        }
        if let copied {
            offset += copied
        } else {
            for byte in piece.utf8 {
                buffer[offset] = byte
                offset += 1
            }
        }
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
