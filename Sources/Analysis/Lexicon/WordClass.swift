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

    /// How many tokens the longest phrase of this class covers at `position`
    /// (stopping before `limit`), or nil when none starts there.
    func matchLength(at position: Int, in tokens: [Token], limit: Int) -> Int? {
        guard position < limit, tokens[position].isWord,
            let tails = phrasesByFirstWord[tokens[position].norm]
        else { return nil }
        for tail in tails {
            guard position + tail.count < limit else { continue }
            var matches = true
            for (offset, word) in tail.enumerated() where tokens[position + 1 + offset].norm != word {
                matches = false
                break
            }
            if matches { return tail.count + 1 }
        }
        return nil
    }

    /// Whether a single word is, on its own, a member.
    func contains(_ word: String) -> Bool {
        phrasesByFirstWord[word]?.contains(where: \.isEmpty) ?? false
    }

    var firstWords: Set<String> { Set(phrasesByFirstWord.keys) }
}
