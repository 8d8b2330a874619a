#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The analyzer's statistical layer: one logistic-regression model per cue
/// over the reply's words and word pairs, trained on the labelled sets by
/// `Evaluation/train-cue-model.py` (the data is `CueModelData.swift`).
///
/// Rules name what they know; new writers keep finding wordings no rule
/// lists. The model catches some of those: when the rules missed a cue and
/// the model's probability reaches the trained threshold, the cue is added,
/// and its evidence quotes the reply's own words that weigh most toward it.
/// It never removes what a rule found, and it leaves the question forms to
/// the rules.
///
/// Words are read exactly as the training script reads them (keep the two in
/// step): ASCII letters lowercased; `'` and curly apostrophes kept inside a
/// word; `?` and `!` words of their own; any other character a separator;
/// apostrophes at a word's ends dropped; n't, 'm, 're, 've, 'll and 'd
/// written out ("can't" → "can not").

struct CueModel: Sendable {
    /// What the model adds to a reply: the cue and the features behind it.
    struct Addition: Sendable {
        let cue: CueName
        /// The reply's own words (a word or a pair), strongest first (at most three).
        let words: [String]
        /// UTF-8 offset in the reply of the strongest one.
        let anchor: Int
    }

    static let shared = CueModel()

    private let keys: [UInt64]
    private let slots: [Int32]
    private let mask: Int
    private let idf: [Float]
    /// Feature-major: `weights[feature * cues.count + cue]`.
    private let weights: [Float]

    private init() {
        let bytes = Base64.decode(Self.packed)
        let count = Self.featureCount
        let cueCount = Self.cues.count
        precondition(bytes.count == count * (8 + 4 + 2 * cueCount), "CueModelData.swift does not match its feature count")
        var capacity = 1
        while capacity < count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var idf = [Float](repeating: 0, count: count)
        var weights = [Float](repeating: 0, count: count * cueCount)
        bytes.withUnsafeBytes { raw in
            for feature in 0..<count {
                let hash = raw.loadUnaligned(fromByteOffset: feature * 8, as: UInt64.self).littleEndian
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
                keys[slot] = hash
                slots[slot] = Int32(feature)
                let bits = raw.loadUnaligned(fromByteOffset: count * 8 + feature * 4, as: UInt32.self).littleEndian
                idf[feature] = Float(bitPattern: bits)
            }
            let base = count * 12
            for index in 0..<(count * cueCount) {
                let value = raw.loadUnaligned(fromByteOffset: base + index * 2, as: UInt16.self).littleEndian
                weights[index] = Float(Int16(bitPattern: value)) * Self.scales[index % cueCount]
            }
        }
        self.keys = keys
        self.slots = slots
        self.mask = capacity - 1
        self.idf = idf
        self.weights = weights
    }

    /// The cues the model gives to `text` that `found` does not already hold.
    /// Cheap when it adds nothing: one pass over the bytes, one table look-up
    /// per word and pair, and a dot product per cue.
    func additions(to text: String, found: (CueName) -> Bool) -> [Addition] {
        var text = text
        return text.withUTF8 { additions(bytes: $0, found: found) }
    }

    private func additions(bytes: UnsafeBufferPointer<UInt8>, found: (CueName) -> Bool) -> [Addition] {
        let words = Self.words(in: bytes)
        guard !words.isEmpty else { return [] }
        // Features present: (index, first word position, words it spans).
        var present: [(feature: Int32, word: Int32, pair: Bool)] = []
        present.reserveCapacity(words.count * 2)
        for (position, word) in words.enumerated() {
            if let feature = lookup(word.hash) { present.append((feature, Int32(position), false)) }
            if position + 1 < words.count {
                var hash = Self.fnv(word.hash, 0x20)
                for byte in words[position + 1].bytes { hash = Self.fnv(hash, byte) }
                if let feature = lookup(hash) { present.append((feature, Int32(position), true)) }
            }
        }
        guard !present.isEmpty else { return [] }
        // Term counts, damped (1 + ln tf), times idf, then L2-normalised.
        present.sort { $0.feature != $1.feature ? $0.feature < $1.feature : $0.word < $1.word }
        var unique: [(feature: Int, value: Float, word: Int, pair: Bool)] = []
        var index = 0
        var norm: Float = 0
        while index < present.count {
            var end = index + 1
            while end < present.count, present[end].feature == present[index].feature { end += 1 }
            let feature = Int(present[index].feature)
            let value = (1 + logf(Float(end - index))) * idf[feature]
            norm += value * value
            unique.append((feature, value, Int(present[index].word), present[index].pair))
            index = end
        }
        let scale = 1 / norm.squareRoot()
        let cueCount = Self.cues.count
        var additions: [Addition] = []
        weights.withUnsafeBufferPointer { weights in
            for (cueIndex, cue) in Self.cues.enumerated() where !found(cue) {
                var score = Self.biases[cueIndex]
                for item in unique {
                    score += item.value * scale * weights[item.feature * cueCount + cueIndex]
                }
                guard score >= Self.threshold else { continue }
                // The reply's words that weigh most toward the cue.
                let strongest = unique
                    .map { (item: $0, weight: $0.value * weights[$0.feature * cueCount + cueIndex]) }
                    .filter { $0.weight > 0 }
                    .sorted { $0.weight > $1.weight }
                    .prefix(3)
                guard let first = strongest.first else { continue }
                additions.append(Addition(
                    cue: cue,
                    words: strongest.map { Self.text(of: $0.item.word, pair: $0.item.pair, words: words, bytes: bytes) },
                    anchor: words[first.item.word].start))
            }
        }
        return additions
    }

    private func lookup(_ hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let feature = slots[slot]
            if feature < 0 { return nil }
            if keys[slot] == hash { return feature }
            slot = (slot + 1) & mask
        }
    }

    /// One word as the model reads it: its normalised bytes, their hash and
    /// where the word began in the reply.
    struct Word {
        var bytes: [UInt8]
        var hash: UInt64
        var start: Int
        /// Where the word's own characters end in the reply (for quoting).
        var end: Int
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var current: [UInt8] = []
        var start = 0
        var end = 0
        func flush() {
            // Apostrophes at the ends are quotation marks, not part of the word.
            var from = 0
            var to = current.count
            while from < to, current[from] == 0x27 { from += 1 }
            while to > from, current[to - 1] == 0x27 { to -= 1 }
            guard from < to else {
                current.removeAll(keepingCapacity: true)
                return
            }
            let word = Array(current[from..<to])
            current.removeAll(keepingCapacity: true)
            for (suffix, full) in suffixes where word.count > suffix.count && word.ends(with: suffix) {
                var stem = Array(word[..<(word.count - suffix.count)])
                if suffix == Array("n't".utf8), let written = negatedStems[stem] { stem = written }
                words.append(Word(bytes: stem, hash: hash(of: stem), start: start, end: end))
                words.append(Word(bytes: full, hash: hash(of: full), start: start, end: end))
                return
            }
            words.append(Word(bytes: word, hash: hash(of: word), start: start, end: end))
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var letter: UInt8?
            var width = 1
            switch byte {
            case 0x41...0x5A: letter = byte | 0x20
            case 0x61...0x7A, 0x27: letter = byte
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99):
                letter = 0x27
                width = 3
            case 0x3F, 0x21:
                flush()
                words.append(Word(bytes: [byte], hash: hash(of: [byte]), start: index, end: index + 1))
            default:
                flush()
            }
            if let letter {
                if current.isEmpty { start = index }
                current.append(letter)
                end = index + width
            }
            index += width
        }
        flush()
        return words
    }

    private static let suffixes: [([UInt8], [UInt8])] = [
        ("n't", "not"), ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static let negatedStems: [[UInt8]: [UInt8]] = [
        Array("ca".utf8): Array("can".utf8), Array("wo".utf8): Array("will".utf8), Array("sha".utf8): Array("shall".utf8),
    ]

    /// FNV-1a, 64 bits, as the training script hashes feature names.
    static func hash(of bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = fnv(hash, byte) }
        return hash
    }

    @inline(__always)
    static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// A feature as the reply wrote it: the word, or the word and the next.
    private static func text(of word: Int, pair: Bool, words: [Word], bytes: UnsafeBufferPointer<UInt8>) -> String {
        let last = pair ? word + 1 : word
        let from = words[word].start
        let to = max(words[last].end, from)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

/// Decodes the model's packed data (standard base64; line breaks skipped).
enum Base64 {
    static func decode(_ text: String) -> [UInt8] {
        var values = [UInt8](repeating: 255, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(byte)] = UInt8(index)
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text.utf8 {
            let value = values[Int(byte)]
            if value == 255 { continue }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }
}
