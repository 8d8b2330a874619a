/// A fixed set of words, looked up by their UTF-8 bytes with a cheap hash
/// (FNV-1a) in one flat open-addressing table: what the hot paths use instead
/// of `Set<String>` / `[String: V]`, whose per-lookup SipHash and String
/// comparison were a large share of `analyze`.
///
/// Each word gets an entry number (its position among the distinct words
/// given to `init`), so a table doubles as a map to an array of values.
struct WordTable: Sendable {
    /// The table's memory, written once in `init` and only read after.
    /// Raw pointers rather than arrays: a look-up (tens of millions per
    /// corpus) then has no bounds checks or array retains.
    private final class Storage: @unchecked Sendable {
        // @unchecked: every field is set in `init` and never written again,
        // and the memory is freed only in `deinit`, so threads may read it freely.
        /// Entry number + 1 per slot; 0 is empty.
        let slots: UnsafeMutablePointer<Int32>
        let mask: Int
        /// Entry `i` is `bytes[offsets[i]..<offsets[i + 1]]`.
        let offsets: UnsafeMutablePointer<Int32>
        let bytes: UnsafeMutablePointer<UInt8>
        /// Entry `i`'s first (up to) eight bytes, little-endian, zero-padded:
        /// a word shorter than eight bytes is compared in one step.
        let heads: UnsafeMutablePointer<UInt64>
        let count: Int

        init(_ distinct: [String]) {
            var size = 16
            while size < distinct.count * 3 { size *= 2 }
            mask = size - 1
            count = distinct.count
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            offsets = .allocate(capacity: distinct.count + 1)
            heads = .allocate(capacity: max(distinct.count, 1))
            let total = distinct.reduce(0) { $0 + $1.utf8.count }
            bytes = .allocate(capacity: max(total, 1))
            var offset = 0
            offsets[0] = 0
            for (entry, word) in distinct.enumerated() {
                for byte in word.utf8 {
                    bytes[offset] = byte
                    offset += 1
                }
                offsets[entry + 1] = Int32(offset)
                let start = Int(offsets[entry])
                var head: UInt64 = 0
                for index in 0..<min(offset - start, 8) { head |= UInt64(bytes[start + index]) << UInt64(8 * index) }
                heads[entry] = head
                var slot = Int(truncatingIfNeeded: WordTable.hash(UnsafeBufferPointer(start: bytes + start, count: offset - start))) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(entry + 1)
            }
        }

        deinit {
            slots.deallocate()
            offsets.deallocate()
            bytes.deallocate()
            heads.deallocate()
        }
    }

    private let storage: Storage

    /// How many distinct words.
    var count: Int { storage.count }

    /// Calls `body` with each entry's bytes, in entry order (valid during the call).
    func forEachEntry(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let storage = self.storage
        for entry in 0..<storage.count {
            let start = Int(storage.offsets[entry])
            body(UnsafeBufferPointer(start: storage.bytes + start, count: Int(storage.offsets[entry + 1]) - start))
        }
    }

    /// Entries are numbered in order of first appearance; repeats are ignored.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var distinct: [String] = []
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted { distinct.append(word) }
        storage = Storage(distinct)
    }

    /// For words known to be distinct (an interner's): entry `i` is `words[i]`,
    /// with no set built to drop repeats.
    init(distinct words: [String]) {
        storage = Storage(words)
    }

    /// A cheap hash of the bytes, eight at a time (the table's own: only
    /// where a word's slot starts depends on it, never an entry's number).
    @inline(__always)
    fileprivate static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = word.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        if count >= 8, let base = word.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
        }
        if index < count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                last |= UInt64(word[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ last) &* 0x9E37_79B9_7F4A_7C15
        }
        return finish(hash)
    }

    /// The hash of a word shorter than eight bytes from its bytes packed
    /// little-endian (`head`): the same value as `hash(_:)`.
    @inline(__always)
    fileprivate static func hash(head: UInt64, count: Int) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        if count > 0 { hash = (hash ^ head) &* 0x9E37_79B9_7F4A_7C15 }
        return finish(hash)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }

    /// The entry number of `word`, or nil.
    func entry(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let storage = self.storage
        let count = word.count
        if count < 8 {
            // Most words: packed into one integer, hashed and compared whole.
            var head: UInt64 = 0
            var index = 0
            while index < count {
                head |= UInt64(word[index]) << UInt64(8 * index)
                index += 1
            }
            var slot = Int(truncatingIfNeeded: Self.hash(head: head, count: count)) & storage.mask
            while true {
                let stored = Int(storage.slots[slot])
                if stored == 0 { return nil }
                let entry = stored - 1
                if storage.heads[entry] == head, Int(storage.offsets[entry + 1] - storage.offsets[entry]) == count {
                    return entry
                }
                slot = (slot + 1) & storage.mask
            }
        }
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & storage.mask
        while true {
            let stored = Int(storage.slots[slot])
            if stored == 0 { return nil }
            let entry = stored - 1
            let start = Int(storage.offsets[entry])
            if Int(storage.offsets[entry + 1]) - start == count {
                let candidate = storage.bytes + start
                var index = 0
                while index < count, candidate[index] == word[index] { index += 1 }
                if index == count { return entry }
            }
            slot = (slot + 1) & storage.mask
        }
    }

    /// The table's slots and heads as raw pointers, for the tokenizer's
    /// one-pass look-up of short words (`HeadProbe`): valid while the table
    /// lives (the rule vocabulary's lives as long as the program).
    var headProbe: HeadProbe {
        let storage = self.storage
        return HeadProbe(
            slots: UnsafePointer(storage.slots), mask: storage.mask, offsets: UnsafePointer(storage.offsets),
            heads: UnsafePointer(storage.heads))
    }

    /// `entry(_:)` for a word shorter than eight bytes given as its bytes
    /// packed little-endian (`head`), as a scanner builds it byte by byte:
    /// no second pass over the word, no call.
    struct HeadProbe: @unchecked Sendable {
        // @unchecked: read-only pointers into a table's storage, which is
        // written once when made.
        let slots: UnsafePointer<Int32>
        let mask: Int
        let offsets: UnsafePointer<Int32>
        let heads: UnsafePointer<UInt64>

        /// The entry number of the word (`count` < 8 bytes, packed in `head`), or -1.
        @inline(__always)
        func entry(head: UInt64, count: Int) -> Int32 {
            var slot = Int(truncatingIfNeeded: WordTable.hash(head: head, count: count)) & mask
            while true {
                let stored = slots[slot]
                if stored == 0 { return -1 }
                let entry = Int(stored) - 1
                if heads[entry] == head, Int(offsets[entry + 1] - offsets[entry]) == count { return Int32(stored - 1) }
                slot = (slot + 1) & mask
            }
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

    @inline(__always)
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { entry(word) != nil }

    /// The entries' bytes (entry `i` is `bytes[offsets[i]..<offsets[i + 1]]`),
    /// valid while the table lives.
    var rawEntries: (offsets: UnsafePointer<Int32>, bytes: UnsafePointer<UInt8>) {
        (UnsafePointer(storage.offsets), UnsafePointer(storage.bytes))
    }

    /// Entry `entry`'s bytes, valid while the table lives.
    @inline(__always)
    func bytes(ofEntry entry: Int) -> UnsafeBufferPointer<UInt8> {
        let storage = self.storage
        let start = Int(storage.offsets[entry])
        return UnsafeBufferPointer(start: storage.bytes + start, count: Int(storage.offsets[entry + 1]) - start)
    }
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

    /// `WordTable`'s hash (eight bytes at a time), folded to 32 bits.
    private static func hash(_ word: String) -> UInt32 {
        let hash = word.utf8.withContiguousStorageIfAvailable { WordTable.hash($0) } ?? {
            var copy = word
            return copy.withUTF8 { WordTable.hash($0) }
        }()
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
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
