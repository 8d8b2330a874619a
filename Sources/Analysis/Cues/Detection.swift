/// The working state while one reply is analysed: the parsed reply, the
/// other person's content words, and the cues found so far.
struct Detection {
    /// A cue found over a run of tokens, by a named rule.
    struct Found: Sendable {
        let cue: CueName
        let tokens: Range<Int>
        let rule: String
    }

    let parsed: ParsedText
    /// The other person's previous line, if there was one.
    let previous: ContentWords?
    /// The matches so far. Every change goes through here (or `add`), so
    /// `foundBits` always describes it: a derive whose cue is absent learns
    /// so from one bit instead of a pass over the list.
    var found: [Found] {
        get { storage }
        // In place (no copy of the list), then the bits read again.
        _modify {
            yield &storage
            foundBits = Self.bits(of: storage)
        }
        set {
            storage = newValue
            foundBits = Self.bits(of: storage)
        }
    }
    private var storage: [Found] = []
    /// The built-in cues (bit `rank`) among `found`.
    private(set) var foundBits: UInt32 = 0
    /// Each sentence's question form, classified once: four detectors ask.
    /// Packed four bits a sentence (`QuestionForm.rawValue + 1`, 0 for
    /// none) for the first 16 sentences, so a reply needs no array for them;
    /// any further sentences' forms are in `laterQuestionForms`.
    private let packedQuestionForms: UInt64
    private let laterQuestionForms: [QuestionForm?]

    /// `previous?.sharedStems(of: parsed)`: per token, its stem if shared.
    let sharedStems: [String?]

    init(parsed: ParsedText, previous: ContentWords?, sharedStems: [String?]? = nil) {
        self.parsed = parsed
        self.previous = previous
        self.sharedStems = sharedStems ?? previous?.sharedStems(of: parsed) ?? []
        (packedQuestionForms, laterQuestionForms) = parsed.tokens.withUnsafeBufferPointer { tokens in
            var packed: UInt64 = 0
            var later: [QuestionForm?] = []
            for index in parsed.sentences.indices {
                let form = QuestionForm.classify(sentence: index, in: parsed, tokens: tokens)
                if index < 16 {
                    packed |= UInt64(form.map { $0.rawValue + 1 } ?? 0) << UInt64(4 * index)
                } else {
                    later.append(form)
                }
            }
            return (packed, later)
        }
        // Room for a typical reply's matches at once, instead of growing the list three or four times.
        storage.reserveCapacity(8)
    }

    /// `QuestionForm.classify(sentence: index, in: parsed)`.
    func questionForm(ofSentence index: Int) -> QuestionForm? {
        guard index < 16 else { return laterQuestionForms[index - 16] }
        let code = UInt8(truncatingIfNeeded: packedQuestionForms >> UInt64(4 * index)) & 15
        return code == 0 ? nil : QuestionForm(rawValue: code - 1)
    }

    mutating func add(_ cue: CueName, _ tokens: Range<Int>, _ rule: String) {
        storage.append(Found(cue: cue, tokens: tokens, rule: rule))
        foundBits |= cue.bit
    }

    /// The built-in cues (bit `rank`) among `matches`.
    private static func bits(of matches: [Found]) -> UInt32 {
        matches.withUnsafeBufferPointer { matches in
            var bits: UInt32 = 0
            for index in matches.indices {
                let rank = matches[index].cue.rank
                if rank >= 0 { bits |= 1 << UInt32(rank) }
            }
            return bits
        }
    }

    mutating func add(_ cue: CueName, sentence index: Int, _ rule: String) {
        add(cue, parsed.sentences[index].tokens, rule)
    }

    /// Whether `cue` was found anywhere overlapping `tokens`.
    func has(_ cue: CueName, overlapping tokens: Range<Int>) -> Bool {
        found.contains { $0.cue == cue && $0.tokens.overlaps(tokens) }
    }

    func has(_ cue: CueName, inSentence index: Int) -> Bool {
        has(cue, overlapping: parsed.sentences[index].tokens)
    }

    func sentences(with cue: CueName) -> [Int] {
        var indices: [Int] = []
        for found in found where found.cue == cue {
            let index = parsed.sentenceOfToken[found.tokens.lowerBound]
            if indices.last != index, !indices.contains(index) { indices.append(index) }
        }
        return indices.sorted()
    }

    /// Content words of the sentence shared with the other person's line.
    func sharedWords(inSentence index: Int) -> [String] {
        previous?.shared(in: parsed, range: parsed.sentences[index].tokens, sharedStems: sharedStems) ?? []
    }
}
