/// Reduces a word to a stem so that "worried", "worries" and "worrying"
/// meet, for comparing a reply with the other person's line.
///
/// Deliberately light: an irregular-form table for the verbs and nouns of
/// everyday conversation, then a few suffix rules. Both sides go through the
/// same function, so consistency matters more than linguistic purity.
enum Stemmer {
    static func stem(_ word: String) -> String {
        if let entry = irregularTable.entry(word) { return irregularLemmas[entry] }
        if let stem = word.utf8.withContiguousStorageIfAvailable({ asciiStem(word, $0) }) { return stem }
        var copy = word
        return copy.withUTF8 { asciiStem(word, $0) }
    }

    /// The suffix rules on the word's bytes. Every rule only drops bytes from
    /// the end and perhaps adds a "y", so the stem is a prefix of the word
    /// plus an optional "y": no scalar arrays, and no new string at all when
    /// nothing changes.
    private static func asciiStem(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let count = bytes.count
        // Non-ASCII words and short ones stay as they are.
        guard count > 3, !bytes.contains(where: { $0 >= 0x80 }) else { return word }

        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 2 else { return false }
            let tail = suffix.utf8Start
            for index in 0..<length where bytes[count - length + index] != tail[index] { return false }
            return true
        }
        var length = count
        var endsWithY = false
        func undouble() {
            guard length > 3 else { return }
            let last = bytes[length - 1]
            if last == bytes[length - 2], last != UInt8(ascii: "l"), last != UInt8(ascii: "s"), last != UInt8(ascii: "z") {
                length -= 1
            }
        }

        if ends("iness") {
            length -= 5
            endsWithY = true
        } else if ends("ness") || ends("ment") {
            length -= 4
        } else if ends("ies") || ends("ied") {
            length -= 3
            endsWithY = true
        } else if ends("ing") {
            length -= 3
            undouble()
        } else if ends("ed") {
            length -= 2
            undouble()
        } else if ends("ly") {
            length -= 2
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            length -= 1
        }
        // "make" and "making" meet at "mak" (a stem ending in "y" has no "e" to drop).
        if !endsWithY, length > 3, bytes[length - 1] == UInt8(ascii: "e") { length -= 1 }
        if !endsWithY, length > 3, bytes[length - 1] == UInt8(ascii: "i") {
            length -= 1
            endsWithY = true
        }
        if length == count, !endsWithY { return word }
        var stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
        if endsWithY { stem.append("y") }
        return stem
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
