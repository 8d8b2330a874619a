/// The small pattern language the built-in cue rules are written in.
///
/// A pattern is a sequence of elements matched against a sentence's tokens:
/// - `word` — a token whose normal form is `word` (contractions are already
///   expanded, so write `i am`, `do not`, `it is`);
/// - `@class` — a word or phrase of a `WordClass` (see `TokenPattern.classes`);
/// - `(a b|c)` — alternatives, each a sequence;
/// - `x?` — optional; `x*` — zero to four repetitions;
/// - `~` — a gap of zero to four words within the clause; `~~` — zero to
///   twelve tokens anywhere in the sentence;
/// - `^` — the sentence start (after openers such as "well," or a name);
///   `$` — the end of a clause (punctuation or the sentence end);
/// - `,` `?` `!` — that punctuation mark (write `\?` inside a pattern for a
///   literal question mark after an element).
///
/// Gaps are bounded and patterns are short, so matching costs a constant per
/// starting token: linear in the reply.
struct TokenPattern: Sendable, CustomStringConvertible {
    enum Element: Sendable {
        case word(String)
        case wordClass(WordClass)
        case wordSuffix(String)
        case alternatives([[Element]])
        case optional([Element])
        case repeated([Element])
        case gap(maximum: Int, crossesClauses: Bool)
        case sentenceStart
        case clauseEnd
    }

    let source: String
    let elements: [Element]

    var description: String { source }

    /// - Parameters: file, line: where the pattern is written, named when it is malformed.
    init(_ source: String, file: StaticString = #fileID, line: UInt = #line) {
        self.source = source
        var parser = Parser(source, file: file, line: line)
        elements = parser.parseSequence()
        if elements.isEmpty { parser.fail("nothing to match") }
        if !parser.atEnd { parser.fail("unexpected character (a '|' outside parentheses needs them: write \"(a|b)\")") }
    }

    /// Word classes a pattern may name with `@`.
    static let classes: [String: WordClass] = [
        "feeling": EmotionLexicon.feelings,
        "unpleasant": EmotionLexicon.unpleasant,
        "pleasant": EmotionLexicon.pleasant,
        "deniable": EmotionLexicon.deniable,
        "evaluation": EmotionLexicon.evaluations,
        "anyfeeling": EmotionLexicon.anyFeeling,
        "evoking": EmotionLexicon.evoking,
        "hardship": EmotionLexicon.hardship,
        "feelingnoun": EmotionLexicon.nouns,
        "intens": WordClasses.intensifiers,
        "other": WordClasses.otherPerson,
        "insult": InsultLexicon.any,
        "insultadj": InsultLexicon.adjectives,
        "insultnoun": InsultLexicon.nouns,
        "absolute": AbsoluteWords.quantifiers,
        "action": ActionVerbs.base,
        "praise": PraiseWords.all,
        "day": WordClasses.days,
        "sanction": WordClasses.sanctions,
    ]

    /// The words a match can begin with, or nil when it can begin anywhere
    /// (used to index rules by their first word).
    var firstWords: Set<String>? {
        Self.firstWords(of: elements, word: { $0 }, wordClass: { $0.sortedFirstWords }).map(Set.init)
    }

    /// `firstWords` over keys of the caller's choice (the rule index uses
    /// vocabulary ids): sorted, without repeats. `wordClass` must give a
    /// class's first words as sorted keys without repeats.
    static func firstWords<Key: Comparable>(
        of elements: [Element], word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> [Key]? {
        var keys: [Key] = []
        var stack: [ArraySlice<Element>] = []
        guard collectFirstWords(elements[...], stack: &stack, word: word, wordClass: wordClass, into: &keys) else { return nil }
        // Sorted, then repeats dropped in place: no second array.
        keys.sort()
        var kept = 0
        for index in keys.indices where kept == 0 || keys[kept - 1] != keys[index] {
            keys[kept] = keys[index]
            kept += 1
        }
        keys.removeLast(keys.count - kept)
        return keys
    }

    /// Collects the words a sequence (followed by the sequences in `then`,
    /// innermost last) can begin with; false when it can begin anywhere.
    /// The same answers as unfolding `option + rest` into new arrays, with no copies.
    static func collectFirstWords<Key>(
        _ elements: ArraySlice<Element>, then rest: [ArraySlice<Element>],
        word: (String) -> Key, wordClass: (WordClass) -> [Key], into keys: inout [Key]
    ) -> Bool {
        var stack = rest
        return collectFirstWords(elements, stack: &stack, word: word, wordClass: wordClass, into: &keys)
    }

    /// The same, with `stack` (the sequences that follow, innermost last)
    /// borrowed as a stack: pushed and popped in place, and left as it came.
    static func collectFirstWords<Key>(
        _ elements: ArraySlice<Element>, stack rest: inout [ArraySlice<Element>],
        word: (String) -> Key, wordClass: (WordClass) -> [Key], into keys: inout [Key]
    ) -> Bool {
        guard let first = elements.first else {
            guard let next = rest.popLast() else { return false }
            let found = collectFirstWords(next, stack: &rest, word: word, wordClass: wordClass, into: &keys)
            rest.append(next)
            return found
        }
        let after = elements.dropFirst()
        switch first {
        case .word(let text):
            keys.append(word(text))
            return true
        case .wordClass(let named):
            keys.append(contentsOf: wordClass(named))
            return true
        case .wordSuffix, .gap:
            return false
        case .alternatives(let options):
            rest.append(after)
            defer { rest.removeLast() }
            for option in options
            where !collectFirstWords(option[...], stack: &rest, word: word, wordClass: wordClass, into: &keys) {
                return false
            }
            return true
        case .optional(let inner), .repeated(let inner):
            rest.append(after)
            let found = collectFirstWords(inner[...], stack: &rest, word: word, wordClass: wordClass, into: &keys)
            rest.removeLast()
            guard found else { return false }
            return collectFirstWords(after, stack: &rest, word: word, wordClass: wordClass, into: &keys)
        case .sentenceStart, .clauseEnd:
            return collectFirstWords(after, stack: &rest, word: word, wordClass: wordClass, into: &keys)
        }
    }
}

/// Reads the pattern syntax above. Malformed patterns are programming
/// errors in a built-in rule, so they stop the program at once (the examples
/// test loads every rule).
///
/// Works on the pattern's UTF-8 bytes: the syntax is ASCII, and so are the
/// words (anything else is decoded and asked about its Unicode properties).
private struct Parser {
    private let bytes: [UInt8]
    private var position = 0
    /// Where the pattern is written, for `fail`.
    private let file: StaticString
    private let line: UInt

    init(_ source: String, file: StaticString, line: UInt) {
        bytes = Array(source.utf8)
        self.file = file
        self.line = line
    }

    /// Stops with the rule's file and line, the pattern and where in it
    /// reading stopped: a rule writer's mistake, found by any test run.
    func fail(_ reason: String) -> Never {
        let column = String(decoding: bytes[..<min(position, bytes.count)], as: UTF8.self).count + 1
        preconditionFailure(
            "\(file):\(line): malformed cue rule pattern \"\(String(decoding: bytes, as: UTF8.self))\": \(reason) at character \(column)",
            file: file, line: line)
    }

    var atEnd: Bool {
        var probe = position
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
        return probe == bytes.count
    }

    mutating func parseSequence() -> [TokenPattern.Element] {
        var elements: [TokenPattern.Element] = []
        elements.reserveCapacity(8)  // one allocation for most sequences instead of up to four
        while true {
            skipSpaces()
            guard position < bytes.count, bytes[position] != UInt8(ascii: ")"), bytes[position] != UInt8(ascii: "|")
            else { break }
            var element = parseAtom()
            if position < bytes.count, bytes[position] == UInt8(ascii: "?") {
                position += 1
                element = .optional([element])
            } else if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
                position += 1
                element = .repeated([element])
            }
            elements.append(element)
        }
        return elements
    }

    private mutating func parseAtom() -> TokenPattern.Element {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "("):
            position += 1
            var options: [[TokenPattern.Element]] = []
            options.reserveCapacity(8)
            options.append(parseSequence())
            while position < bytes.count, bytes[position] == UInt8(ascii: "|") {
                position += 1
                options.append(parseSequence())
            }
            if position >= bytes.count || bytes[position] != UInt8(ascii: ")") { fail("unclosed group") }
            position += 1
            return .alternatives(options)
        case UInt8(ascii: "~"):
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "~") {
                position += 1
                return .gap(maximum: 12, crossesClauses: true)
            }
            return .gap(maximum: 4, crossesClauses: false)
        case UInt8(ascii: "^"):
            position += 1
            return .sentenceStart
        case UInt8(ascii: "$"):
            position += 1
            return .clauseEnd
        case UInt8(ascii: "@"):
            position += 1
            let name = readWord()
            guard let wordClass = TokenPattern.classes[name] else { fail("unknown word class @\(name)") }
            return .wordClass(wordClass)
        case UInt8(ascii: "\\"):
            position += 1
            let start = position
            position += Self.scalarLength(bytes[position])
            return .word(String(decoding: bytes[start..<position], as: UTF8.self))
        case UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "."):
            position += 1
            return .word(String(UnicodeScalar(byte)))
        default:
            let start = position
            let word = readWord()
            if position == start { fail("unexpected character \(scalar(at: position))") }
            // By the pattern's bytes: asking the new String for its first byte costs more.
            if byte == UInt8(ascii: "-"), position - start > 1 { return .wordSuffix(String(word.dropFirst())) }
            return .word(word)
        }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private func scalar(at index: Int) -> Unicode.Scalar {
        let length = Self.scalarLength(bytes[index])
        return String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars.first!
    }

    /// Letters, digits, apostrophes and hyphens (Unicode letters and numbers too).
    ///
    /// Nearly every word of the ~3,500 patterns (36,000 words read at
    /// start-up) is ASCII and ends at an ASCII byte: that case is read in
    /// one pass with no Unicode machinery in this function's body, and the
    /// rest (a non-ASCII byte inside or right after the word) continues in
    /// `readWordPastASCII`, kept out of line so its setup is not paid here.
    private mutating func readWord() -> String {
        let start = position
        // ASCII letters, digits, apostrophes and hyphens first, without bounds checks.
        let end = bytes.withUnsafeBufferPointer { buffer in
            var index = position
            while index < buffer.count {
                let byte = buffer[index]
                let isWordByte = (byte &- UInt8(ascii: "a") < 26) || (byte &- UInt8(ascii: "A") < 26)
                    || (byte &- UInt8(ascii: "0") < 10) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                guard isWordByte else { break }
                index += 1
            }
            return index
        }
        position = end
        if end == bytes.count || bytes[end] < 0x80 {
            // Stopped at the end or at an ASCII byte that is not a word byte: the word is done.
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        }
        return readWordPastASCII(from: start)
    }

    /// The rest of `readWord` from a non-ASCII byte: decodes each such
    /// scalar and asks whether it is a letter or a number.
    @inline(never)
    private mutating func readWordPastASCII(from start: Int) -> String {
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                let isWordByte = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                guard isWordByte else { break }
                position += 1
            } else {
                let scalar = scalar(at: position)
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { break }
                position += Self.scalarLength(byte)
            }
        }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<position]), as: UTF8.self) }
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }
}

extension TokenPattern {
    /// Sets of words of which any match must contain at least one each (a
    /// word the pattern cannot do without, or one of its alternatives' words),
    /// leaving out sets that the first word alone already satisfies. Lets the
    /// analyzer skip a rule whose other words are nowhere in the sentence
    /// without running it: sound, because a match lies inside one sentence.
    var requiredWordSets: [Set<String>] {
        Self.requiredWordSets(of: elements, word: { $0 }, wordClass: { $0.sortedFirstWords }).map(Set.init)
    }

    /// `requiredWordSets` over keys of the caller's choice, each set sorted
    /// and without repeats (see `firstWords(of:word:wordClass:)`).
    static func requiredWordSets<Key: Comparable>(
        of elements: [Element], word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> [[Key]] {
        requiredWordSets(
            of: elements, firstWords: firstWords(of: elements, word: word, wordClass: wordClass), word: word, wordClass: wordClass)
    }

    /// The same, given the pattern's `firstWords(of:word:wordClass:)`.
    static func requiredWordSets<Key: Comparable>(
        of elements: [Element], firstWords first: [Key]?, word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> [[Key]] {
        let sets = requirements(of: elements[...], word: word, wordClass: wordClass)
        guard let first else { return sets }
        return sets.filter { !isSubset(first, of: $0) }
    }

    /// What the rule index keeps of `requiredWordSets(of:firstWords:word:wordClass:)`:
    /// the two smallest sets of at most `maxWords` words, smallest first, ties
    /// in pattern order (a stable sort by size, then the first two). Works
    /// element by element and stops once two one-word sets are in hand, as
    /// no later set can come before them.
    static func smallestRequiredWordSets<Key: Comparable>(
        of elements: [Element], firstWords first: [Key]?, maxWords: Int,
        word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> (best: [Key]?, second: [Key]?) {
        var best: [Key]?
        var second: [Key]?
        for element in elements {
            if case .word(let text) = element {
                // A one-word set, worked out without an array unless it is
                // kept (a pattern's first word is usually such a set, and
                // skipped as its first words already hold it).
                let key = word(text)
                if let first, first.isEmpty || (first.count == 1 && first[0] == key) { continue }
                if best == nil || best!.count > 1 {
                    second = best
                    best = [key]
                } else if second == nil || second!.count > 1 {
                    second = [key]
                }
                if second?.count == 1 { break }
                continue
            }
            guard let set = requirement(of: element, limit: maxWords, word: word, wordClass: wordClass) else { continue }
            if let first, isSubset(first, of: set) { continue }
            if best == nil || set.count < best!.count {
                second = best
                best = set
            } else if second == nil || set.count < second!.count {
                second = set
            }
            if second?.count == 1 { break }
        }
        return (best, second)
    }

    /// Whether sorted `small` lies inside sorted `large`.
    private static func isSubset<Key: Comparable>(_ small: [Key], of large: [Key]) -> Bool {
        guard small.count <= large.count else { return false }
        var index = 0
        for key in small {
            while index < large.count, large[index] < key { index += 1 }
            guard index < large.count, large[index] == key else { return false }
            index += 1
        }
        return true
    }

    private static func requirements<Key: Comparable>(
        of elements: ArraySlice<Element>, word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> [[Key]] {
        elements.compactMap { requirement(of: $0, word: word, wordClass: wordClass) }
    }

    /// The words one element needs, one of which must appear, or nil when
    /// it needs none (it is optional, a gap, an anchor or a suffix) or,
    /// with a `limit`, more than `limit` words. The limit only saves work
    /// (no large class lists merged and sorted to be thrown away): a set
    /// holds every set an option's smallest requirement is picked from
    /// instead, so a requirement over the limit has a part over it, and
    /// under the limit every answer is the same as without it.
    private static func requirement<Key: Comparable>(
        of element: Element, limit: Int = .max, word: (String) -> Key, wordClass: (WordClass) -> [Key]
    ) -> [Key]? {
        switch element {
        case .word(let text):
            return [word(text)]
        case .wordClass(let named):
            // A phrase of the class is matched from its first word.
            let words = wordClass(named)
            return words.count > limit ? nil : words
        case .alternatives(let options):
            var union: [Key] = []
            union.reserveCapacity(options.count)
            for option in options {
                // The option's smallest requirement, the first of the
                // smallest in order (as `min(by:)` picks): one word is as
                // small as any requirement, so the scan stops at the first
                // word, and later elements are not worked out.
                // (A one-word requirement is kept as `smallestWord`, not as an array.)
                var smallest: [Key]?
                var smallestWord: Key?
                for element in option {
                    if case .word(let text) = element {
                        if smallest == nil || smallest!.count > 1 {
                            smallest = nil
                            smallestWord = word(text)
                        }
                        break
                    }
                    guard let set = requirement(of: element, limit: limit, word: word, wordClass: wordClass) else { continue }
                    if smallest == nil || set.count < smallest!.count { smallest = set }
                }
                if let smallestWord {
                    union.append(smallestWord)
                } else {
                    guard let smallest else { return nil }
                    union.append(contentsOf: smallest)
                }
            }
            if options.count > 1 {
                // Sorted, then repeats dropped in place: no second array.
                union.sort()
                var kept = 0
                for index in union.indices where kept == 0 || union[kept - 1] != union[index] {
                    union[kept] = union[index]
                    kept += 1
                }
                union.removeLast(union.count - kept)
                return union.count > limit ? nil : union
            }
            return union.count > limit ? nil : union
        case .wordSuffix, .optional, .repeated, .gap, .sentenceStart, .clauseEnd:
            return nil
        }
    }
}
