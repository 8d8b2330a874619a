/// Splits contractions and chat spellings into the words they stand for,
/// so that "I’m", "Im" and "I am" all reach the rules as "i am".
enum Contractions {
    /// Expands `word` (already lowercased, apostrophes straightened).
    /// Returns nil when the word stands as it is.
    static func expand(_ word: String) -> [String]? {
        // Longer words cannot be a key: skip hashing them.
        guard word.utf8.count <= longestSpelledOut else { return nil }
        guard let entry = spelledOutTable.entry(word) else { return nil }
        return spelledOutParts[entry]
    }

    /// `spelledOut` as a byte-keyed table and its values by entry number.
    private static let spelledOutKeys = Array(spelledOut.keys)
    private static let spelledOutTable = WordTable(spelledOutKeys)
    private static let spelledOutParts = spelledOutKeys.map { spelledOut[$0]! }

    private static let longestSpelledOut = spelledOut.keys.map(\.utf8.count).max() ?? 0

    /// Whether a word with these UTF-8 bytes may be a `spelledOut` key: a
    /// 4,096-bit filter on (first byte, last byte, length), so most words
    /// skip the table look-up. False only when no key has that shape.
    @inline(__always)
    static func mayExpand(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, bytes.count <= longestSpelledOut else { return false }
        let bit = shapeBit(first: first, last: last, count: bytes.count)
        return spelledOutShapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `mayExpand(_:)` from a word's first and last bytes and its length.
    @inline(__always)
    static func mayExpand(first: UInt8, last: UInt8, count: Int) -> Bool {
        guard count <= longestSpelledOut else { return false }
        let bit = shapeBit(first: first, last: last, count: count)
        return spelledOutShapes[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func shapeBit(first: UInt8, last: UInt8, count: Int) -> Int {
        (Int(first) &* 31 &+ Int(last) &* 7 &+ count &* 131) & 4095
    }

    private static let spelledOutShapes: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for key in spelledOut.keys {
            let bytes = Array(key.utf8)
            let bit = shapeBit(first: bytes[0], last: bytes[bytes.count - 1], count: bytes.count)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }()

    /// Splits a clitic off the end of `word` ("they're" → "they" + "are").
    /// - Returns: the stem, the clitic's normal form, and the clitic's length
    ///   in scalars, or nil when there is no clitic.
    static func clitic(of word: String) -> (stem: String, norm: String, length: Int)? {
        guard hasApostrophe(word) else { return nil }
        if word.hasSuffix("n't") {
            let stem = String(word.dropLast(3))
            guard !stem.isEmpty else { return nil }
            return (irregularNegativeStems[stem] ?? stem, "not", 3)
        }
        for (suffix, norm) in cliticSuffixes where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            guard !stem.isEmpty, !stem.hasSuffix("'") else { return nil }
            if suffix == "'s" {
                if stem == "let" { return (stem, "us", 2) }
                return (stem, pronounsTakingIs.contains(stem) ? "is" : "'s", 2)
            }
            return (stem, norm, suffix.count)
        }
        return nil
    }

    /// `clitic(of:)` for an ASCII word, on its bytes (for ASCII, a String
    /// suffix is a byte suffix and dropping characters drops bytes): the
    /// stem's length in bytes, its replacement if it has one ("wo" in
    /// "won't" is "will"), the clitic's normal form and its length.
    static func asciiClitic(
        of bytes: UnsafeBufferPointer<UInt8>
    ) -> (stemLength: Int, stemReplacement: String?, norm: String, length: Int)? {
        let count = bytes.count
        var hasApostrophe = false
        for byte in bytes where byte == UInt8(ascii: "'") {
            hasApostrophe = true
            break
        }
        guard hasApostrophe else { return nil }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let tail = suffix.utf8Start
            for index in 0..<length where bytes[count - length + index] != tail[index] { return false }
            return true
        }
        func stemIs(_ word: StaticString, _ length: Int) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let start = word.utf8Start
            for index in 0..<length where bytes[index] != start[index] { return false }
            return true
        }
        if ends("n't") {
            let stem = count - 3
            guard stem > 0 else { return nil }
            // `irregularNegativeStems`, by bytes.
            let replacement: String? =
                stemIs("ca", stem) ? "can" : stemIs("wo", stem) ? "will" : stemIs("sha", stem) ? "shall"
                : stemIs("ai", stem) ? "is" : nil
            return (stem, replacement, "not", 3)
        }
        // `cliticSuffixes`, in order.
        let suffix: (length: Int, norm: String)
        if ends("'m") {
            suffix = (2, "am")
        } else if ends("'re") {
            suffix = (3, "are")
        } else if ends("'ve") {
            suffix = (3, "have")
        } else if ends("'ll") {
            suffix = (3, "will")
        } else if ends("'d") {
            suffix = (2, "would")
        } else if ends("'s") {
            suffix = (2, "'s")
        } else {
            return nil
        }
        let stem = count - suffix.length
        guard stem > 0, bytes[stem - 1] != UInt8(ascii: "'") else { return nil }
        if suffix.norm == "'s" {
            if stemIs("let", stem) { return (stem, nil, "us", 2) }
            let stemWord = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<stem]), as: UTF8.self)
            return (stem, nil, pronounsTakingIs.contains(stemWord) ? "is" : "'s", 2)
        }
        return (stem, nil, suffix.norm, suffix.length)
    }

    /// Whether the word's UTF-8 holds a straight apostrophe (a plain byte
    /// loop: the generic `contains` was a sixth of the tokenizer).
    private static func hasApostrophe(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            for byte in bytes where byte == UInt8(ascii: "'") { return true }
            return false
        }) {
            return found
        }
        return word.utf8.contains(UInt8(ascii: "'"))
    }

    /// "'d" is "had" before a past participle ("I'd been"), else "would".
    static let pastParticiplesAfterHad: Set<String> = [
        "been", "had", "gone", "done", "seen", "known", "tried", "told", "left", "made",
        "got", "gotten", "given", "taken", "thought", "felt",
        "forgotten", "asked", "said", "heard", "died", "lost", "wanted", "hoped", "planned",
        "decided", "finished", "started", "noticed", "realised", "realized", "loved", "hated",
        "missed", "moved", "booked", "promised", "agreed", "called", "spoken", "written", "eaten",
    ]

    /// Words that can stand between "'d" and its verb ("I'd never…"): the
    /// verb after them settles it.
    static let adverbsBeforeParticiple: Set<String> = ["never", "already", "just", "always", "ever", "only", "both", "all"]

    /// Whether `word` reads as a past participle ("seen", "tried", "known").
    static func looksLikeParticiple(_ word: String) -> Bool {
        pastParticiplesAfterHad.contains(word) || word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn")
            || irregularParticiples.contains(word)
    }

    /// Past participles without a regular ending ("kept", "bought").
    private static let irregularParticiples: Set<String> = [
        "met", "kept", "found", "sent", "spent", "built", "bought", "brought", "taught", "caught", "won", "read",
        "put", "hurt", "let", "cut", "set",
    ]

    private static let cliticSuffixes: [(String, String)] = [
        ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'s", "'s"),
    ]

    private static let irregularNegativeStems: [String: String] = [
        "ca": "can", "wo": "will", "sha": "shall", "ai": "is",
    ]

    /// Words after which "'s" means "is" rather than a possessive.
    private static let pronounsTakingIs: Set<String> = [
        "it", "that", "he", "she", "there", "here", "what", "who", "where", "how", "when",
        "why", "everyone", "everybody", "everything", "nothing", "nobody", "someone",
        "somebody", "something", "this", "one", "anyone", "anything", "life",
    ]

    /// Chat spellings without an apostrophe, and informal forms people type
    /// in a hurry. Their parts share the whole word's span.
    private static let spelledOut: [String: [String]] = [
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
        "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "werent": ["were", "not"], "wouldnt": ["would", "not"], "couldnt": ["could", "not"],
        "shouldnt": ["should", "not"], "havent": ["have", "not"], "hasnt": ["has", "not"],
        "hadnt": ["had", "not"], "aint": ["is", "not"],
        "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "youve": ["you", "have"],
        "youll": ["you", "will"], "theyre": ["they", "are"], "theyve": ["they", "have"],
        "weve": ["we", "have"], "thats": ["that", "is"], "whats": ["what", "is"],
        "theres": ["there", "is"], "itll": ["it", "will"],
        "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"],
        "kinda": ["kind", "of"], "sorta": ["sort", "of"], "dunno": ["do", "not", "know"],
        "lemme": ["let", "me"], "gimme": ["give", "me"], "idk": ["i", "do", "not", "know"],
        "cuz": ["because"], "coz": ["because"], "cos": ["because"], "'cause": ["because"],
        "u": ["you"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"],
        "sry": ["sorry"], "tbh": ["to", "be", "honest"],
    ]
}
