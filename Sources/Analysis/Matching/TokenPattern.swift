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
    indirect enum Element: Sendable {
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

    init(_ source: String) {
        self.source = source
        var parser = Parser(source)
        elements = parser.parseSequence()
        precondition(parser.atEnd && !elements.isEmpty, "malformed cue rule pattern: \(source)")
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
    ]

    /// The words a match can begin with, or nil when it can begin anywhere
    /// (used to index rules by their first word).
    var firstWords: Set<String>? { Self.firstWords(of: elements[...]) }

    private static func firstWords(of elements: ArraySlice<Element>) -> Set<String>? {
        guard let first = elements.first else { return nil }
        let rest = elements.dropFirst()
        switch first {
        case .word(let word):
            return [word]
        case .wordClass(let wordClass):
            return wordClass.firstWords
        case .wordSuffix:
            return nil
        case .alternatives(let options):
            var words = Set<String>()
            for option in options {
                guard let optionWords = firstWords(of: (option + Array(rest))[...]) else { return nil }
                words.formUnion(optionWords)
            }
            return words
        case .optional(let inner), .repeated(let inner):
            guard let innerWords = firstWords(of: (inner + Array(rest))[...]),
                let restWords = firstWords(of: rest)
            else { return nil }
            return innerWords.union(restWords)
        case .sentenceStart, .clauseEnd:
            return firstWords(of: rest)
        case .gap:
            return nil
        }
    }
}

/// Reads the pattern syntax above. Malformed patterns are programming
/// errors in a built-in rule, so they stop the program at once (the examples
/// test loads every rule).
private struct Parser {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ source: String) { scalars = Array(source.unicodeScalars) }

    var atEnd: Bool {
        var probe = position
        while probe < scalars.count, scalars[probe] == " " { probe += 1 }
        return probe == scalars.count
    }

    mutating func parseSequence() -> [TokenPattern.Element] {
        var elements: [TokenPattern.Element] = []
        while true {
            skipSpaces()
            guard position < scalars.count, scalars[position] != ")", scalars[position] != "|" else { break }
            var element = parseAtom()
            if position < scalars.count, scalars[position] == "?" {
                position += 1
                element = .optional([element])
            } else if position < scalars.count, scalars[position] == "*" {
                position += 1
                element = .repeated([element])
            }
            elements.append(element)
        }
        return elements
    }

    private mutating func parseAtom() -> TokenPattern.Element {
        let scalar = scalars[position]
        switch scalar {
        case "(":
            position += 1
            var options: [[TokenPattern.Element]] = [parseSequence()]
            while position < scalars.count, scalars[position] == "|" {
                position += 1
                options.append(parseSequence())
            }
            precondition(position < scalars.count && scalars[position] == ")", "unclosed group in cue rule pattern")
            position += 1
            return options.count == 1 ? .alternatives(options) : .alternatives(options)
        case "~":
            position += 1
            if position < scalars.count, scalars[position] == "~" {
                position += 1
                return .gap(maximum: 12, crossesClauses: true)
            }
            return .gap(maximum: 4, crossesClauses: false)
        case "^":
            position += 1
            return .sentenceStart
        case "$":
            position += 1
            return .clauseEnd
        case "@":
            position += 1
            let name = readWord()
            guard let wordClass = TokenPattern.classes[name] else {
                preconditionFailure("unknown word class @\(name) in cue rule pattern")
            }
            return .wordClass(wordClass)
        case "\\":
            position += 1
            let mark = scalars[position]
            position += 1
            return .word(String(mark))
        case ",", "!", ".":
            position += 1
            return .word(String(scalar))
        default:
            let word = readWord()
            precondition(!word.isEmpty, "unexpected character \(scalar) in cue rule pattern")
            if word.hasPrefix("-"), word.count > 1 { return .wordSuffix(String(word.dropFirst())) }
            return .word(word)
        }
    }

    private mutating func readWord() -> String {
        var word = ""
        while position < scalars.count {
            let scalar = scalars[position]
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "'" || scalar == "-"
            else { break }
            word.unicodeScalars.append(scalar)
            position += 1
        }
        return word
    }

    private mutating func skipSpaces() {
        while position < scalars.count, scalars[position] == " " { position += 1 }
    }
}

extension TokenPattern {
    /// Sets of words of which any match must contain at least one each (a
    /// word the pattern cannot do without, or one of its alternatives' words),
    /// leaving out sets that the first word alone already satisfies. Lets the
    /// analyzer skip a rule whose other words are nowhere in the sentence
    /// without running it: sound, because a match lies inside one sentence.
    var requiredWordSets: [Set<String>] {
        let sets = Self.requirements(of: elements)
        guard let first = firstWords else { return sets }
        return sets.filter { !first.isSubset(of: $0) }
    }

    private static func requirements(of elements: [Element]) -> [Set<String>] {
        elements.compactMap(requirement(of:))
    }

    /// The words one element needs, one of which must appear, or nil when
    /// it needs none (it is optional, a gap, an anchor or a suffix).
    private static func requirement(of element: Element) -> Set<String>? {
        switch element {
        case .word(let word):
            return [word]
        case .wordClass(let wordClass):
            // A phrase of the class is matched from its first word.
            return wordClass.firstWords
        case .alternatives(let options):
            var union = Set<String>()
            for option in options {
                guard let smallest = requirements(of: option).min(by: { $0.count < $1.count }) else { return nil }
                union.formUnion(smallest)
            }
            return union
        case .wordSuffix, .optional, .repeated, .gap, .sentenceStart, .clauseEnd:
            return nil
        }
    }
}
