/// A named set of words and short phrases ("fed up", "taken for granted")
/// that a cue rule matches as one unit.
struct WordClass: Sendable {
    let name: String
    /// First word → the rest of each phrase starting with it, longest first.
    private let phrasesByFirstWord: [String: [[String]]]

    init(_ name: String, _ phrases: [String]) {
        self.name = name
        var byFirst: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Array(words.dropFirst()))
        }
        phrasesByFirstWord = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Joins classes into one, as a rule sees them ("any emotion word").
    init(_ name: String, union classes: [WordClass]) {
        self.name = name
        var byFirst: [String: [[String]]] = [:]
        for wordClass in classes {
            for (first, tails) in wordClass.phrasesByFirstWord {
                byFirst[first, default: []].append(contentsOf: tails)
            }
        }
        phrasesByFirstWord = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// Every phrase, as words.
    var phrases: [[String]] {
        phrasesByFirstWord.flatMap { first, tails in tails.map { [first] + $0 } }
    }

    var firstWords: Set<String> { Set(phrasesByFirstWord.keys) }
}
