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
        let scratch = ThreadScratch.current
        tokens = Disfluency.removed(from: Tokenizer.tokenize(text, scratch: scratch))
        // Built in this thread's arrays, in place, and shared with this text
        // (`ThreadScratch`): the last text's memory, and nothing to give back.
        let arrays = scratch.textArrays
        arrays.pointee.sentences.removeAll(keepingCapacity: true)
        arrays.pointee.contentStart.removeAll(keepingCapacity: true)
        // Every pass reads the tokens through one buffer (no list copies).
        tokens.withUnsafeBufferPointer { tokens in
            SentenceSplitter.split(tokens, into: &arrays.pointee.sentences)
            Self.setZeros(tokens.count, in: &arrays.pointee.sentenceOfToken)
            arrays.pointee.contentStart.reserveCapacity(arrays.pointee.sentences.count)
            arrays.pointee.sentences.withUnsafeBufferPointer { sentences in
                // The sentences cover the tokens in order, so every entry is written.
                arrays.pointee.sentenceOfToken.withUnsafeMutableBufferPointer { sentenceOfToken in
                    for index in sentences.indices {
                        for position in sentences[index].tokens { sentenceOfToken[position] = index }
                    }
                }
                for index in sentences.indices {
                    arrays.pointee.contentStart.append(Self.firstContentToken(of: sentences[index], tokens))
                }
            }
            Self.setZeros(tokens.count, in: &arrays.pointee.negated)
            NegationScope.negatedTokens(tokens, sentences: arrays.pointee.sentences, into: &arrays.pointee.negated)
        }
        sentences = arrays.pointee.sentences
        sentenceOfToken = arrays.pointee.sentenceOfToken
        contentStart = arrays.pointee.contentStart
        negated = arrays.pointee.negated
    }

    /// Makes `array` `count` zeros (falses) whatever it held, capacity kept:
    /// emptied, then the zeros copied from memory made once. (Through
    /// `replaceSubrange` with a slice of a ready array, as before, this was
    /// about 200 instructions a reply per array: a generic path.)
    static func setZeros(_ count: Int, in array: inout [Int]) {
        array.removeAll(keepingCapacity: true)
        appendZeros(count, to: &array)
    }

    static func setZeros(_ count: Int, in array: inout [Bool]) {
        array.removeAll(keepingCapacity: true)
        appendZeros(count, to: &array)
    }

    /// Appends `count` zeros (falses), copied from memory made once: faster
    /// than `append(contentsOf: repeatElement(…))`, which goes element by
    /// element, and than a slice of an array (a generic path).
    static func appendZeros(_ count: Int, to array: inout [Int]) {
        if count <= zeroCount {
            array.append(contentsOf: UnsafeBufferPointer(start: zeroInts, count: count))
        } else {
            array.append(contentsOf: repeatElement(0, count: count))
        }
    }

    static func appendZeros(_ count: Int, to array: inout [Bool]) {
        if count <= zeroCount {
            array.append(contentsOf: UnsafeBufferPointer(start: falses, count: count))
        } else {
            array.append(contentsOf: repeatElement(false, count: count))
        }
    }

    private static let zeroCount = 512
    /// `zeroCount` zeros and falses, allocated once and never freed (they
    /// live as long as the program).
    // nonisolated(unsafe): written once when made, only read after.
    nonisolated(unsafe) private static let zeroInts: UnsafePointer<Int> = {
        let zeros = UnsafeMutablePointer<Int>.allocate(capacity: zeroCount)
        zeros.initialize(repeating: 0, count: zeroCount)
        return UnsafePointer(zeros)
    }()
    nonisolated(unsafe) private static let falses: UnsafePointer<Bool> = {
        let falses = UnsafeMutablePointer<Bool>.allocate(capacity: zeroCount)
        falses.initialize(repeating: false, count: zeroCount)
        return UnsafePointer(falses)
    }()

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
            } else if position + 1 < sentence.tokens.upperBound, tokens.norm(position + 1, is: ","),
                !tokens.norm(position, is: "i"),
                position == sentence.tokens.lowerBound
                    ? !tokens.norm(position, isIn: feelingTable)
                    : tokens[position].capitalised
            {
                // A name addressed at the start ("Sam, could you…") or a
                // word set off before what the sentence says ("Thanks, but
                // not this time", "Still, you're right"). A sentence's first
                // word is capitalised whatever it is, so there the case says
                // nothing ("thanks, but…" typed in lower case is the same);
                // but a feeling word there is what the sentence says
                // ("Nervous, yeah." echoes theirs).
                position += 2
            } else {
                break
            }
        }
        return position
    }

    /// One-word feelings (`EmotionLexicon.anyFeeling`): before a comma at a
    /// sentence's start, what the sentence says, not an aside.
    private static let feelingTable = WordTable(Set(EmotionLexicon.anyFeeling.phrases.filter { $0.count == 1 }.map { $0[0] }))

    /// Words that open a sentence without being part of what it says.
    static let openers: Set<String> = [
        "well", "so", "okay", "ok", "oh", "and", "but", "look", "honestly", "hey", "um", "uh",
        "erm", "er", "yeah", "yes", "alright", "right", "anyway", "hmm", "listen", "see", "now",
        "also", "plus", "ah", "hm",
    ]
}
