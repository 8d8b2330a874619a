/// A reply taken apart once for every rule: tokens, sentences, negation.
///
/// A class (immutable, so `Sendable`): the detectors' `Detection` and their
/// derive closures pass it around many times per reply, and a copy of a
/// struct of six arrays cost six retains and releases each time.
final class ParsedText: Sendable {
    let text: String
    let tokens: TokenList
    let sentences: [Sentence]
    /// For each token, the index of its sentence.
    let sentenceOfToken: [Int]
    /// For each token, whether a negation reaches it.
    let negated: [Bool]
    /// For each sentence, the first token after its openers ("well,", "so",
    /// "okay", a name and a comma): a rule anchored at the sentence start may
    /// begin anywhere up to here.
    let contentStart: [Int]

    init(_ text: String) {
        self.text = text
        // This thread's scratch, looked up once for the tokenizer and here.
        let scratch = TextScratch.current
        tokens = Disfluency.removed(from: Tokenizer.tokenize(text, scratch: scratch))
        // The arrays of this thread's last parsed text, reused (`TextScratch`).
        var (sentences, sentenceOfToken, contentStart, negated) = scratch.takeSentenceArrays()
        // Every pass reads the tokens through one buffer (no list copies).
        tokens.withUnsafeBufferPointer { tokens in
            SentenceSplitter.split(tokens, into: &sentences)
            Self.setZeros(tokens.count, in: &sentenceOfToken)
            contentStart.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                for position in sentence.tokens { sentenceOfToken[position] = index }
                contentStart.append(Self.firstContentToken(of: sentence, tokens))
            }
            Self.setZeros(tokens.count, in: &negated)
            NegationScope.negatedTokens(tokens, sentences: sentences, into: &negated)
        }
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.contentStart = contentStart
        self.negated = negated
    }

    /// Makes `array` `count` zeros (falses) whatever it held, capacity kept:
    /// one replacement from a ready array, not an emptying and an append.
    static func setZeros(_ count: Int, in array: inout [Int]) {
        if count <= zeroInts.count {
            array.replaceSubrange(array.indices, with: zeroInts[0..<count])
        } else {
            array.removeAll(keepingCapacity: true)
            appendZeros(count, to: &array)
        }
    }

    static func setZeros(_ count: Int, in array: inout [Bool]) {
        if count <= falses.count {
            array.replaceSubrange(array.indices, with: falses[0..<count])
        } else {
            array.removeAll(keepingCapacity: true)
            appendZeros(count, to: &array)
        }
    }

    /// Appends `count` zeros (falses), copied from a ready array: faster than
    /// `append(contentsOf: repeatElement(…))`, which goes element by element.
    static func appendZeros(_ count: Int, to array: inout [Int]) {
        if count <= zeroInts.count {
            array.append(contentsOf: zeroInts[0..<count])
        } else {
            array.append(contentsOf: repeatElement(0, count: count))
        }
    }

    static func appendZeros(_ count: Int, to array: inout [Bool]) {
        if count <= falses.count {
            array.append(contentsOf: falses[0..<count])
        } else {
            array.append(contentsOf: repeatElement(false, count: count))
        }
    }

    private static let zeroInts = [Int](repeating: 0, count: 512)
    private static let falses = [Bool](repeating: false, count: 512)

    deinit {
        // The arrays go back to this thread's scratch for the next reply.
        TextScratch.current.giveBack(self)
    }

    /// The reply's own characters from one token to another (both included).
    func excerpt(from first: Int, through last: Int) -> String {
        let range = tokens[first].utf8Start..<tokens[last].utf8End
        if let excerpt = text.utf8.withContiguousStorageIfAvailable({
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }) {
            return excerpt
        }
        return String(decoding: Array(text.utf8)[range], as: UTF8.self)
    }

    func span(from first: Int, through last: Int) -> Span {
        Span(start: tokens[first].start, end: tokens[last].end)
    }

    /// Tokens read in place through the buffer: no Token copied per read.
    private static func firstContentToken(of sentence: Sentence, _ tokens: TokenBuffer) -> Int {
        var position = sentence.tokens.lowerBound
        // Norms compared by their bytes (`TokenBuffer.norm(_:is:)`), no String made.
        let openerTable = self.openerTable
        while position < sentence.tokens.upperBound {
            if tokens[position].isWord
                ? tokens.norm(position, has: TextFlags.opener, orIsIn: openerTable)
                : tokens.norm(position, is: ",") || tokens[position].kind == .symbol
            {
                position += 1
            } else if tokens[position].capitalised, !tokens.norm(position, is: "i"),
                position + 1 < sentence.tokens.upperBound, tokens.norm(position + 1, is: ",")
            {
                // A name addressed at the start: "Sam, could you…".
                position += 2
            } else {
                break
            }
        }
        return position
    }

    /// Words that open a sentence without being part of what it says.
    static let openers: Set<String> = [
        "well", "so", "okay", "ok", "oh", "and", "but", "look", "honestly", "hey", "um", "uh",
        "erm", "er", "yeah", "yes", "alright", "right", "anyway", "hmm", "listen", "see", "now",
        "also", "plus", "ah", "hm",
    ]
}
