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
/// It never removes what a rule found, and it leaves the question forms and
/// crisis to the rules.
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
        /// The model's probability for the cue, in whole percent (80–99).
        let percent: Int
    }

    static let shared = CueModel()

    /// Open addressing by feature hash (linear probing, at most half full).
    private let table: [Slot]
    private let mask: Int
    private let idf: [Float]
    /// Three vectors of eight per feature: cue `c`'s weight is lane `c % 8`
    /// of `weights[3 * f + c / 8]` (lanes past the last cue are zero), so a
    /// feature adds to every cue's score in three vector steps.
    private let weights: [SIMD8<Float>]

    private init() {
        let bytes = Base64.decode(Self.packed)
        let count = Self.featureCount
        let cueCount = Self.cues.count
        precondition(bytes.count == count * (8 + 4 + 2 * cueCount), "CueModelData.swift does not match its feature count")
        var capacity = 1
        while capacity < count * 2 { capacity <<= 1 }
        var table = [Slot](repeating: Slot(hash: 0, feature: -1), count: capacity)
        var idf = [Float](repeating: 0, count: count)
        precondition(cueCount <= 24, "the word model keeps at most 24 cues")
        var weights = [SIMD8<Float>](repeating: .zero, count: count * 3)
        bytes.withUnsafeBytes { raw in
            for feature in 0..<count {
                let hash = raw.loadUnaligned(fromByteOffset: feature * 8, as: UInt64.self).littleEndian
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while table[slot].feature >= 0 { slot = (slot + 1) & (capacity - 1) }
                table[slot] = Slot(hash: hash, feature: Int32(feature))
                let bits = raw.loadUnaligned(fromByteOffset: count * 8 + feature * 4, as: UInt32.self).littleEndian
                idf[feature] = Float(bitPattern: bits)
            }
            let base = count * 12
            let scales = Self.scales
            var index = 0
            for feature in 0..<count {
                for cue in 0..<cueCount {
                    let value = raw.loadUnaligned(fromByteOffset: base + index * 2, as: UInt16.self).littleEndian
                    weights[3 * feature + cue / 8][cue % 8] = Float(Int16(bitPattern: value)) * scales[cue]
                    index += 1
                }
            }
        }
        self.table = table
        self.mask = capacity - 1
        self.idf = idf
        self.weights = weights
    }

    /// The cues the model gives to `text` that are not in `present` (bit
    /// `rank` per built-in cue already found). Cheap when it adds nothing:
    /// one pass over the bytes into scratch space on the stack, one table
    /// look-up per word and pair, and the cues' weights summed per feature.
    func additions(to text: String, present: UInt32) -> [Addition] {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.bufferCapacity(bytes.count)) { buffer in
                withUnsafeTemporaryAllocation(of: Word.self, capacity: bytes.count + 1) { words in
                    let count = Self.scan(bytes, buffer: buffer.baseAddress!, words: words.baseAddress!)
                    return additions(bytes: bytes, buffer: buffer.baseAddress!, words: UnsafeBufferPointer(rebasing: words[0..<count]), present: present)
                }
            }
        }
    }

    private func additions(
        bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafePointer<UInt8>, words: UnsafeBufferPointer<Word>, present: UInt32
    ) -> [Addition] {
        guard !words.isEmpty else { return [] }
        let capacity = words.count * 2
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { keys in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { repeats in
                // Features present, each once, in order of first appearance, as
                // a key (feature index, then the position of its first word,
                // then whether it is a pair) and how often it occurs. A 64-bit
                // set of `feature % 64` tells a new feature without a search.
                // A pair is looked up only when both its words are known: a
                // pair seen in two replies (the vocabulary's minimum) has both
                // words seen in two replies too.
                var found = 0
                var seen: UInt64 = 0
                func add(_ key: UInt64) {
                    let feature = key >> 32
                    let bit: UInt64 = 1 << (feature & 63)
                    if seen & bit != 0 {
                        for index in 0..<found where keys[index] >> 32 == feature {
                            repeats[index] += 1
                            return
                        }
                    }
                    seen |= bit
                    keys[found] = key
                    repeats[found] = 1
                    found += 1
                }
                table.withUnsafeBufferPointer { table in
                    var previousKnown = false
                    for position in words.indices {
                        let known = Self.lookup(words[position].hash, in: table, mask: mask)
                        if let known {
                            if previousKnown {
                                var hash = Self.fnv(words[position - 1].hash, 0x20)
                                let word = words[position]
                                for index in Int(word.offset)..<Int(word.offset + word.length) { hash = Self.fnv(hash, buffer[index]) }
                                if let feature = Self.lookup(hash, in: table, mask: mask) {
                                    add(UInt64(feature) << 32 | UInt64(position - 1) << 1 | 1)
                                }
                            }
                            add(UInt64(known) << 32 | UInt64(position) << 1)
                        }
                        previousKnown = known != nil
                    }
                }
                guard found > 0 else { return [] }
                return withUnsafeTemporaryAllocation(of: (key: UInt64, value: Float).self, capacity: found) { unique in
                    // Term counts, damped (1 + ln tf), times idf, then L2-normalised.
                    var norm: Float = 0
                    for index in 0..<found {
                        let count = repeats[index]
                        let value = (count == 1 ? 1 : 1 + logf(Float(count))) * idf[Int(keys[index] >> 32)]
                        norm += value * value
                        unique[index] = (keys[index], value)
                    }
                    return score(UnsafeBufferPointer(rebasing: unique[0..<found]), scale: 1 / norm.squareRoot(), bytes: bytes, words: words, present: present)
                }
            }
        }
    }

    /// Every cue's score, summed feature by feature (a feature's weights sit
    /// together, eight cues to a vector); the cues over the threshold, with
    /// the reply's words that weigh most toward each.
    private func score(
        _ unique: UnsafeBufferPointer<(key: UInt64, value: Float)>, scale: Float,
        bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Word>, present: UInt32
    ) -> [Addition] {
        let cueCount = Self.cues.count
        return weights.withUnsafeBufferPointer { weights in
            var sums = (SIMD8<Float>.zero, SIMD8<Float>.zero, SIMD8<Float>.zero)
            for item in unique {
                let base = 3 * Int(item.key >> 32)
                sums.0 += item.value * weights[base]
                sums.1 += item.value * weights[base + 1]
                sums.2 += item.value * weights[base + 2]
            }
            var additions: [Addition] = []
            for cue in 0..<cueCount {
                let sum = cue < 8 ? sums.0[cue] : cue < 16 ? sums.1[cue - 8] : sums.2[cue - 16]
                let logit = sum * scale + Self.biases[cue]
                guard logit >= Self.threshold else { continue }
                let name = Self.cues[cue]
                guard name.rank < 0 || present & (1 << UInt32(name.rank)) == 0 else { continue }
                // The reply's words that weigh most toward the cue: up to
                // three, each carrying at least a quarter of the strongest's
                // weight (so "brat" is not padded out with "a").
                let ranked = unique
                    .map { (key: $0.key, weight: $0.value * weights[3 * Int($0.key >> 32) + cue / 8][cue % 8]) }
                    .filter { $0.weight > 0 }
                    .sorted { $0.weight > $1.weight }
                guard let first = ranked.first else { continue }
                let strongest = ranked.prefix(3).filter { $0.weight * 4 >= first.weight }
                let position = { (key: UInt64) in Int((key & 0xFFFF_FFFF) >> 1) }
                additions.append(Addition(
                    cue: name,
                    words: strongest.map { Self.text(of: position($0.key), pair: $0.key & 1 == 1, words: words, bytes: bytes) },
                    anchor: Int(words[position(first.key)].start),
                    // Rounded down, so a bare pass of 0.8 never shows as more.
                    percent: min(99, Int(100 / (1 + expf(-logit))))))
            }
            return additions
        }
    }

    @inline(__always)
    private static func lookup(_ hash: UInt64, in table: UnsafeBufferPointer<Slot>, mask: Int) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = table[slot]
            if entry.feature < 0 { return nil }
            if entry.hash == hash { return entry.feature }
            slot = (slot + 1) & mask
        }
    }

    /// One place of the feature table: a feature's hash and index (-1: empty).
    struct Slot {
        var hash: UInt64
        var feature: Int32
    }

    /// One word as the model reads it: where its normalised bytes sit in the
    /// scan's buffer, their hash, and where the word is in the reply.
    struct Word {
        var offset: Int32
        var length: Int32
        var hash: UInt64
        var start: Int32
        /// Where the word's own characters end in the reply (for quoting).
        var end: Int32
    }

    /// Room for a reply's normalised words: its bytes, and up to five more
    /// for each contraction written out ("'d" → "would").
    static func bufferCapacity(_ count: Int) -> Int { count * 4 + 16 }

    /// `scan` into arrays (for tests).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8], words: inout [Word]) {
        buffer = [UInt8](repeating: 0, count: bufferCapacity(bytes.count))
        words = [Word](repeating: Word(offset: 0, length: 0, hash: 0, start: 0, end: 0), count: bytes.count + 1)
        let count = buffer.withUnsafeMutableBufferPointer { buffer in
            words.withUnsafeMutableBufferPointer { scan(bytes, buffer: buffer.baseAddress!, words: $0.baseAddress!) }
        }
        words.removeLast(words.count - count)
    }

    /// The reply's words, normalised into `buffer` (see the type's comment);
    /// returns how many went into `words`. One pass; a word's hash is built
    /// as its letters are read, and only a word with an apostrophe is looked
    /// at again (quotes, contractions).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutablePointer<UInt8>, words: UnsafeMutablePointer<Word>) -> Int {
        var used = 0
        var count = 0
        var wordStart = 0
        var start = 0
        var end = 0
        var hash = offsetBasis
        var apostrophe = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var letter: UInt8 = 0
            var width = 1
            switch byte {
            case 0x41...0x5A: letter = byte | 0x20
            case 0x61...0x7A: letter = byte
            case 0x27: letter = byte
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99):
                letter = 0x27
                width = 3
            case 0x3F, 0x21:
                if used > wordStart {
                    flush(buffer, &used, words, &count, wordStart: wordStart, start: start, end: end, hash: hash, apostrophe: apostrophe)
                }
                buffer[used] = byte
                used += 1
                words[count] = Word(offset: Int32(used - 1), length: 1, hash: fnv(offsetBasis, byte), start: Int32(index), end: Int32(index + 1))
                count += 1
                wordStart = used
            default:
                if used > wordStart {
                    flush(buffer, &used, words, &count, wordStart: wordStart, start: start, end: end, hash: hash, apostrophe: apostrophe)
                    wordStart = used
                }
            }
            if letter != 0 {
                if used == wordStart {
                    start = index
                    hash = offsetBasis
                    apostrophe = false
                }
                if letter == 0x27 { apostrophe = true }
                buffer[used] = letter
                used += 1
                hash = fnv(hash, letter)
                end = index + width
            }
            index += width
        }
        if used > wordStart {
            flush(buffer, &used, words, &count, wordStart: wordStart, start: start, end: end, hash: hash, apostrophe: apostrophe)
        }
        return count
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Ends the word in `buffer[wordStart..<used]`: as it is, or (with an
    /// apostrophe) trimmed of quotes and with its contraction written out.
    private static func flush(
        _ buffer: UnsafeMutablePointer<UInt8>, _ used: inout Int, _ words: UnsafeMutablePointer<Word>, _ count: inout Int,
        wordStart: Int, start: Int, end: Int, hash: UInt64, apostrophe: Bool
    ) {
        guard apostrophe else {
            words[count] = Word(offset: Int32(wordStart), length: Int32(used - wordStart), hash: hash, start: Int32(start), end: Int32(end))
            count += 1
            return
        }
        func add(_ from: Int, _ to: Int) {
            var hash = offsetBasis
            for index in from..<to { hash = fnv(hash, buffer[index]) }
            words[count] = Word(offset: Int32(from), length: Int32(to - from), hash: hash, start: Int32(start), end: Int32(end))
            count += 1
        }
        func append(_ text: StaticString) {
            let from = used
            text.withUTF8Buffer { for byte in $0 { buffer[used] = byte; used += 1 } }
            add(from, used)
        }
        var from = wordStart
        var to = used
        while from < to, buffer[from] == 0x27 { from += 1 }
        while to > from, buffer[to - 1] == 0x27 { to -= 1 }
        guard from < to else { return }
        let length = to - from
        // The contraction's last letters: n't, 'm, 're, 've, 'll, 'd.
        if length > 3, buffer[to - 3] == 0x6E, buffer[to - 2] == 0x27, buffer[to - 1] == 0x74 {
            let stem = to - 3
            switch stem - from {
            case 2 where buffer[from] == 0x63 && buffer[from + 1] == 0x61: append("can")
            case 2 where buffer[from] == 0x77 && buffer[from + 1] == 0x6F: append("will")
            case 3 where buffer[from] == 0x73 && buffer[from + 1] == 0x68 && buffer[from + 2] == 0x61: append("shall")
            default: add(from, stem)
            }
            append("not")
        } else if length > 2, buffer[to - 2] == 0x27, buffer[to - 1] == 0x6D {
            add(from, to - 2); append("am")
        } else if length > 2, buffer[to - 2] == 0x27, buffer[to - 1] == 0x64 {
            add(from, to - 2); append("would")
        } else if length > 3, buffer[to - 3] == 0x27, buffer[to - 2] == 0x72, buffer[to - 1] == 0x65 {
            add(from, to - 3); append("are")
        } else if length > 3, buffer[to - 3] == 0x27, buffer[to - 2] == 0x76, buffer[to - 1] == 0x65 {
            add(from, to - 3); append("have")
        } else if length > 3, buffer[to - 3] == 0x27, buffer[to - 2] == 0x6C, buffer[to - 1] == 0x6C {
            add(from, to - 3); append("will")
        } else {
            add(from, to)
        }
    }

    /// FNV-1a, 64 bits, as the training script hashes feature names.
    @inline(__always)
    static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// A feature as the reply wrote it: the word, or the word and the next.
    private static func text(of word: Int, pair: Bool, words: UnsafeBufferPointer<Word>, bytes: UnsafeBufferPointer<UInt8>) -> String {
        let last = pair ? word + 1 : word
        let from = Int(words[word].start)
        let to = max(Int(words[last].end), from)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }
}

/// Decodes the model's packed data: standard base64 in lines of 120
/// characters (a multiple of four, so no group of four crosses a line).
enum Base64 {
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 255, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            values[Int(byte)] = UInt8(index)
        }
        return values
    }()

    static func decode(_ text: String) -> [UInt8] {
        var text = text
        let values = self.values
        return text.withUTF8 { input in
            values.withUnsafeBufferPointer { values in
                [UInt8](unsafeUninitializedCapacity: input.count * 3 / 4 + 3) { out, written in
                    var count = 0
                    var index = 0
                    while index + 3 < input.count {
                        let first = values[Int(input[index])]
                        if first == 255 {  // a line break
                            index += 1
                            continue
                        }
                        let second = values[Int(input[index + 1])]
                        let third = values[Int(input[index + 2])]
                        let fourth = values[Int(input[index + 3])]
                        out[count] = first << 2 | second >> 4
                        count += 1
                        if third != 255 {  // not padding
                            out[count] = second << 4 | third >> 2
                            count += 1
                            if fourth != 255 {
                                out[count] = third << 6 | fourth
                                count += 1
                            }
                        }
                        index += 4
                    }
                    written = count
                }
            }
        }
    }
}
