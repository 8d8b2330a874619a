/// A fixed set of words, looked up by their UTF-8 bytes with a cheap hash
/// (FNV-1a) in one flat open-addressing table: what the hot paths use instead
/// of `Set<String>` / `[String: V]`, whose per-lookup SipHash and String
/// comparison were a large share of `analyze`.
///
/// Each word gets an entry number (its position among the distinct words
/// given to `init`), so a table doubles as a map to an array of values.
struct WordTable: Sendable {
    /// Entry number + 1 per slot; 0 is empty.
    private let slots: [Int32]
    private let mask: Int
    /// Entry `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [Int32]
    private let bytes: [UInt8]

    /// How many distinct words.
    var count: Int { offsets.count - 1 }

    /// Entries are numbered in order of first appearance; repeats are ignored.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        var distinct: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
            distinct.append(word)
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(bytes.count))
        }
        var size = 16
        while size < distinct.count * 3 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (entry, word) in distinct.enumerated() {
            var slot = Int(Self.hash(Array(word.utf8))) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entry + 1)
        }
        self.slots = slots
        self.mask = size - 1
        self.offsets = offsets
        self.bytes = bytes
    }

    @inline(__always)
    private static func hash<Bytes: Collection>(_ word: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash ^ (hash >> 15)
    }

    /// The entry number of `word`, or nil.
    func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(Self.hash(word)) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            let entry = stored - 1
            let start = Int(offsets[entry])
            let end = Int(offsets[entry + 1])
            if end - start == word.count {
                var same = true
                var index = 0
                while index < word.count {
                    if bytes[start + index] != word[index] {
                        same = false
                        break
                    }
                    index += 1
                }
                if same { return entry }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The entry number of `word`, or nil.
    @inline(__always)
    func entry(_ word: String) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ entry($0) }) { return found }
        var copy = word
        return copy.withUTF8 { entry($0) }
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { entry(word) != nil }
}

/// Numbers words in order of first appearance while a table is being built
/// (the rule program's vocabulary): an open-addressing table with the same
/// cheap byte hash as `WordTable`, instead of a `[String: Int32]` whose
/// SipHash showed at start-up.
struct WordInterner {
    /// The words, by number.
    private(set) var words: [String] = []
    private var hashes: [UInt32] = []
    /// Number + 1 per slot; 0 is empty.
    private var slots = [Int32](repeating: 0, count: 1024)

    var count: Int { words.count }

    private static func hash(_ word: String) -> UInt32 {
        var word = word
        return word.withUTF8 { bytes in
            var hash: UInt32 = 2_166_136_261
            for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return hash ^ (hash >> 15)
        }
    }

    /// The word's number, giving it the next one if it is new.
    mutating func id(_ word: String) -> Int32 {
        let hash = Self.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, words[entry] == word { return Int32(entry) }
            slot = (slot + 1) & mask
        }
        let id = Int32(words.count)
        words.append(word)
        hashes.append(hash)
        slots[slot] = id + 1
        if words.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }
}
