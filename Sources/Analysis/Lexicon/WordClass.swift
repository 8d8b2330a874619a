/// A named set of words and short phrases ("fed up", "taken for granted")
/// that a cue rule matches as one unit.
///
/// A class (immutable, so `Sendable`): every pattern element naming it holds
/// it, and parsing and indexing the rules copy elements many times.
final class WordClass: Sendable {
    let name: String
    /// First word → the rest of each phrase starting with it, longest first.
    private let phrasesByFirstWord: [String: [[String]]]
    /// Every phrase, as words.
    let phrases: [[String]]
    /// The words a phrase of the class can begin with (made on each call:
    /// the rule index reads `sortedFirstWords`; the few other readers keep
    /// theirs in a static).
    var firstWords: Set<String> { Set(sortedFirstWords) }
    /// `firstWords`, sorted.
    let sortedFirstWords: [String]

    convenience init(_ name: String, _ phrases: [String]) {
        var byFirst: [String: [[String]]] = [:]
        byFirst.reserveCapacity(phrases.count)
        for phrase in phrases {
            // Most entries are one word: no space byte means no " " to split at.
            guard phrase.utf8.contains(UInt8(ascii: " ")) else {
                if !phrase.isEmpty { byFirst[phrase, default: []].append([]) }
                continue
            }
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Array(words.dropFirst()))
        }
        self.init(name: name, byFirst: byFirst)
    }

    private init(name: String, byFirst: [String: [[String]]]) {
        self.name = name
        let sorted = byFirst.mapValues { $0.count < 2 ? $0 : $0.sorted { $0.count > $1.count } }
        phrasesByFirstWord = sorted
        phrases = sorted.flatMap { first, tails in tails.map { [first] + $0 } }
        sortedFirstWords = sorted.keys.sorted()
    }

    /// Joins classes into one, as a rule sees them ("any emotion word").
    convenience init(_ name: String, union classes: [WordClass]) {
        var byFirst: [String: [[String]]] = [:]
        for wordClass in classes {
            for (first, tails) in wordClass.phrasesByFirstWord {
                byFirst[first, default: []].append(contentsOf: tails)
            }
        }
        self.init(name: name, byFirst: byFirst)
    }
}
