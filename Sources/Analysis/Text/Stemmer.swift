/// Reduces a word to a stem so that "worried", "worries" and "worrying"
/// meet, for comparing a reply with the other person's line.
///
/// Deliberately light: an irregular-form table for the verbs and nouns of
/// everyday conversation, then a few suffix rules. Both sides go through the
/// same function, so consistency matters more than linguistic purity.
enum Stemmer {
    static func stem(_ word: String) -> String {
        if let entry = irregularTable.entry(word) { return irregularLemmas[entry] }
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 3, scalars.allSatisfy({ $0.isASCII }) else { return word }

        // Compares in place: no array per suffix tried (stems run for every
        // content word of both lines).
        func ends(_ suffix: String) -> Bool {
            let tail = suffix.unicodeScalars
            let count = tail.count
            return scalars.count > count + 2 && scalars.suffix(count).elementsEqual(tail)
        }
        func replace(_ count: Int, with replacement: String = "") {
            scalars.removeLast(count)
            scalars.append(contentsOf: replacement.unicodeScalars)
        }

        if ends("iness") {
            replace(5, with: "y")
        } else if ends("ness") || ends("ment") {
            replace(4)
        } else if ends("ies") || ends("ied") {
            replace(3, with: "y")
        } else if ends("ing") {
            replace(3)
            undouble(&scalars)
        } else if ends("ed") {
            replace(2)
            undouble(&scalars)
        } else if ends("ly") {
            replace(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            replace(1)
        }
        // "make" and "making" meet at "mak".
        if scalars.count > 3, scalars.last == "e" { scalars.removeLast() }
        if scalars.last == "i", scalars.count > 3 { scalars[scalars.count - 1] = "y" }
        return String(String.UnicodeScalarView(scalars))
    }

    /// "stopped" → "stopp" → "stop", but "fall" and "miss" keep their pair.
    private static func undouble(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.count > 3 else { return }
        let last = scalars[scalars.count - 1]
        if last == scalars[scalars.count - 2], !"lsz".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
    }

    private static let irregularKeys = Array(irregular.keys)
    private static let irregularTable = WordTable(irregularKeys)
    private static let irregularLemmas = irregularKeys.map { irregular[$0]! }

    static let irregular: [String: String] = [
        "felt": "feel", "went": "go", "gone": "go", "goes": "go", "said": "say", "says": "say",
        "told": "tell", "thought": "think", "left": "leave", "children": "child", "kids": "kid",
        "was": "be", "were": "be", "is": "be", "are": "be", "am": "be", "been": "be", "being": "be",
        "did": "do", "does": "do", "done": "do", "had": "have", "has": "have", "made": "make",
        "took": "take", "taken": "take", "got": "get", "gotten": "get", "gave": "give",
        "given": "give", "came": "come", "lost": "lose", "kept": "keep", "bought": "buy",
        "brought": "bring", "paid": "pay", "slept": "sleep", "ran": "run", "sat": "sit",
        "spent": "spend", "men": "man", "women": "woman", "people": "person", "better": "good",
        "best": "good", "worse": "bad", "worst": "bad", "died": "die", "dying": "die", "dead": "die",
        "death": "die", "lying": "lie", "sold": "sell", "met": "meet", "heard": "hear",
        "found": "find", "knew": "know", "known": "know", "saw": "see", "seen": "see",
        "wrote": "write", "written": "write", "ate": "eat", "eaten": "eat", "forgot": "forget",
        "forgotten": "forget", "broke": "break", "broken": "break", "fell": "fall",
        "fallen": "fall", "won": "win", "began": "begin", "begun": "begin", "drove": "drive",
        "spoke": "speak", "understood": "understand", "stood": "stand", "mom": "mum",
        "mommy": "mum", "mummy": "mum", "mother": "mum", "dad": "father", "daddy": "father",
        "tired": "tire", "tiring": "tire", "exhausted": "exhaust", "exhausting": "exhaust",
        "angry": "anger", "anxious": "anxiety", "lonely": "lonely", "loneliness": "lonely",
        "worried": "worry", "worrying": "worry", "scared": "scare", "scary": "scare",
        "stressed": "stress", "stressful": "stress", "job": "work", "jobs": "work",
    ]
}
