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
/// the model's probability reaches that cue's threshold, the cue is added,
/// and its evidence quotes the reply's own words that weigh most toward it.
/// The other way round, when a rule's cue gets a probability under that
/// cue's (much lower) floor, the model overrules it ("never" in "He's never
/// hit me" is no sweeping charge); the analysis keeps the overruled match
/// and says why. Both thresholds per cue were chosen on labelled sets the
/// rules and the model had not been written from
/// (`Evaluation/cue-model-thresholds.json`). It leaves the question forms
/// and crisis to the rules.
///
/// Words are read exactly as the training script reads them (keep the two in
/// step): ASCII letters lowercased; `'` and curly apostrophes kept inside a
/// word; `?` and `!` words of their own; any other character a separator;
/// apostrophes at a word's ends dropped; n't, 'm, 're, 've, 'll and 'd
/// written out ("can't" → "can not"). What nobody said is skipped, as the
/// rules skip it (`Disfluency`, `TranscriptMarks`): fillers ("um", "mm",
/// "hmm"), a speaker label opening a line (a role, "T:", "Client:",
/// "Speaker 2:", or a name in capitals, "MARIA:"), any square bracket of
/// up to 40 bytes ("[laughs]", "[trainer]") and a parenthesis or pair of
/// asterisks of stage directions ("(long pause)", "*sighs*").

struct CueModel: Sendable {
    /// What the model adds to a reply: the cue and the features behind it.
    struct Addition: Sendable {
        let cue: CueName
        /// The reply's own words (a word or a pair), strongest first (at most three).
        let words: [String]
        /// UTF-8 offset in the reply of the strongest one.
        let anchor: Int
        /// The model's probability for the cue, in whole percent (rounded
        /// down, at least the cue's threshold: 50–99).
        let percent: Int
    }

    /// The model's reading of a reply: cues it adds, and cues the rules
    /// found that it overrules.
    struct Reading: Sendable {
        var additions: [Addition] = []
        /// Bit `rank` per built-in cue in `present` whose probability is under its floor.
        var overruled: UInt32 = 0
        /// Each overruled cue's probability in whole percent (rounded down,
        /// so it always shows under its floor), by rank.
        var overruledPercent: [Int8] = []
    }

    static let shared = CueModel()

    /// Open addressing by feature hash (linear probing, at most half full).
    private let table: [Slot]
    private let mask: Int
    private let idf: [Float]
    /// Five vectors of four per feature: cue `c`'s weight is lane `c % 4`
    /// of `weights[5 * f + c / 4]` (lanes past the last cue are zero), so a
    /// feature adds to every cue's score in five vector steps (one SSE
    /// operation each; eight-lane vectors take two).
    private let weights: [SIMD4<Float>]
    /// `biases` as five vectors like a feature's weights, so every cue's
    /// logit is five vector steps and each threshold one compare per vector.
    private let biasVectors: (SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>)
    /// `addThresholds` and `overruleThresholds` laid out the same way
    /// (past the last cue: never add, never overrule).
    private let addVectors: (SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>)
    private let overruleVectors: (SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>, SIMD4<Float>)
    /// Per cue, its bit in `present` (zero for a cue without a rank).
    private let rankBits: [UInt32]

    private init() {
        let bytes = Base64.decode(Self.packed)
        let count = Self.featureCount
        let cueCount = Self.cues.count
        precondition(bytes.count == count * (8 + 4 + 2 * cueCount), "CueModelData.swift does not match its feature count")
        var capacity = 1
        while capacity < count * 2 { capacity <<= 1 }
        // Twenty lanes a feature: of the 24 built-in cues, the model leaves
        // the question forms and crisis to the rules, so 20 is all it can
        // hold. (Three vectors of eight, 24 lanes, summed four lanes that
        // are always zero: 3 of some 23 instructions a feature.)
        precondition(cueCount <= 20, "the word model keeps at most 20 cues")
        precondition(
            Self.addThresholds.count == cueCount && Self.overruleThresholds.count == cueCount,
            "CueModelData.swift needs both thresholds for every cue")
        // Filled through buffer pointers: start-up decodes some 270,000
        // weights, and an array's subscript checks uniqueness and bounds on
        // every store (this loop was 7.3M instructions that way).
        var table = [Slot](repeating: Slot(hash: 0, feature: -1), count: capacity)
        var idf = [Float](repeating: 0, count: count)
        bytes.withUnsafeBytes { raw in
            table.withUnsafeMutableBufferPointer { table in
                idf.withUnsafeMutableBufferPointer { idf in
                    for feature in 0..<count {
                        let hash = raw.loadUnaligned(fromByteOffset: feature * 8, as: UInt64.self).littleEndian
                        var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                        while table[slot].feature >= 0 { slot = (slot + 1) & (capacity - 1) }
                        table[slot] = Slot(hash: hash, feature: Int32(feature))
                        let bits = raw.loadUnaligned(fromByteOffset: count * 8 + feature * 4, as: UInt32.self).littleEndian
                        idf[feature] = Float(bitPattern: bits)
                    }
                }
            }
        }
        // Five vectors of four floats per feature, each lane written once
        // as 20 floats a row (zero past the last cue): no zero-filling of
        // 1.3 MB first (a memset callgrind counts at a byte an instruction).
        let weights = bytes.withUnsafeBytes { raw in
            Self.scales.withUnsafeBufferPointer { scales in
                [SIMD4<Float>](unsafeUninitializedCapacity: count * 5) { vectors, initialized in
                    vectors.withMemoryRebound(to: Float.self) { lanes in
                        var offset = count * 12
                        var row = 0
                        for _ in 0..<count {
                            for cue in 0..<cueCount {
                                let value = raw.loadUnaligned(fromByteOffset: offset &+ cue &* 2, as: UInt16.self).littleEndian
                                lanes.initializeElement(at: row &+ cue, to: Float(Int16(bitPattern: value)) * scales[cue])
                            }
                            for lane in cueCount..<20 { lanes.initializeElement(at: row &+ lane, to: 0) }
                            offset &+= cueCount &* 2
                            row &+= 20
                        }
                    }
                    initialized = count * 5
                }
            }
        }
        self.table = table
        self.mask = capacity - 1
        self.idf = idf
        self.weights = weights
        // Past the last cue a bias of -inf keeps a lane under every threshold.
        var biases = [SIMD4<Float>](repeating: SIMD4(repeating: -.infinity), count: 5)
        var adds = [SIMD4<Float>](repeating: SIMD4(repeating: .infinity), count: 5)
        var overrules = [SIMD4<Float>](repeating: SIMD4(repeating: -.infinity), count: 5)
        var ranks = [UInt32](repeating: 0, count: cueCount)
        for cue in 0..<cueCount {
            biases[cue / 4][cue % 4] = Self.biases[cue]
            adds[cue / 4][cue % 4] = Self.addThresholds[cue]
            overrules[cue / 4][cue % 4] = Self.overruleThresholds[cue]
            let rank = Self.cues[cue].rank
            ranks[cue] = rank < 0 ? 0 : 1 << UInt32(rank)
        }
        self.biasVectors = (biases[0], biases[1], biases[2], biases[3], biases[4])
        self.addVectors = (adds[0], adds[1], adds[2], adds[3], adds[4])
        self.overruleVectors = (overrules[0], overrules[1], overrules[2], overrules[3], overrules[4])
        self.rankBits = ranks
    }

    /// The cues the model gives to `text` that are not in `present` (bit
    /// `rank` per built-in cue already found), and those in `present` it
    /// overrules. A reply with no word the model knows gets neither. Cheap
    /// when it changes nothing: one pass over the bytes into this thread's
    /// scratch space, one table look-up per word and pair, and the cues'
    /// weights summed per feature.
    func reading(of text: String, present: UInt32) -> Reading {
        var text = text
        return text.withUTF8 { bytes in
            let scratch = Scratch.current()
            let buffer = scratch.pointee.buffer.pointer(count: Self.bufferCapacity(bytes.count))
            let words = scratch.pointee.words.pointer(count: bytes.count + 1)
            let count = Self.scan(bytes, buffer: buffer, words: words)
            return reading(bytes: bytes, words: UnsafeBufferPointer(start: words, count: count), scratch: scratch, present: present)
        }
    }

    /// The probability, in whole percent, under which the model overrules
    /// the rules' `cue` (0 for a cue it never overrules).
    func overrulePercent(_ cue: CueName) -> Int {
        guard let index = Self.cues.firstIndex(of: cue) else { return 0 }
        let logit = Self.overruleThresholds[index]
        return logit.isFinite ? Int((100 / (1 + expf(-logit))).rounded()) : 0
    }

    /// Only the additions (see `reading(of:present:)`).
    func additions(to text: String, present: UInt32) -> [Addition] {
        reading(of: text, present: present).additions
    }

    /// The per-reply arrays, kept by each thread from reply to reply (a
    /// POSIX thread-specific value, freed with the thread), contents
    /// unspecified between replies. They were stack temporaries, but a
    /// temporary over 1,024 bytes goes to the heap on Linux, and the words
    /// of a typical reply (80 bytes, 32 bytes a word of room) are more: 97 %
    /// of replies paid a malloc and a free (~540 instructions).
    struct Scratch {
        var buffer = GrowableBuffer<UInt8>()
        var words = GrowableBuffer<Word>()
        var features = GrowableBuffer<Found>()
        var slots = GrowableBuffer<Int32>()

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            let status = pthread_key_create(&key) { pointer in
                #if canImport(Darwin)
                let scratch = pointer.assumingMemoryBound(to: Scratch.self)
                #else
                guard let scratch = pointer?.assumingMemoryBound(to: Scratch.self) else { return }
                #endif
                scratch.pointee.buffer.free()
                scratch.pointee.words.free()
                scratch.pointee.features.free()
                scratch.pointee.slots.free()
                scratch.deinitialize(count: 1)
                scratch.deallocate()
            }
            precondition(status == 0, "pthread_key_create failed")
            return key
        }()

        /// This thread's scratch, made on first use. Held by the thread
        /// rather than by a class instance, so a reply costs no reference
        /// counting to reach it; only this thread ever uses it.
        static func current() -> UnsafeMutablePointer<Scratch> {
            if let pointer = pthread_getspecific(key) { return pointer.assumingMemoryBound(to: Scratch.self) }
            let scratch = UnsafeMutablePointer<Scratch>.allocate(capacity: 1)
            scratch.initialize(to: Scratch())
            pthread_setspecific(key, scratch)
            return scratch
        }
    }

    /// One feature present in a reply: its key (feature index, then the
    /// position of its first word, then whether it is a pair), how often it
    /// occurs, and then its tf-idf value.
    struct Found {
        var key: UInt64
        var count: Int32
        var value: Float
    }

    private func reading(
        bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Word>, scratch: UnsafeMutablePointer<Scratch>, present: UInt32
    ) -> Reading {
        guard !words.isEmpty else { return Reading() }
        let capacity = words.count * 2
        // A small open-addressing set over the reply's features (index + 1 in
        // `found`, 0 empty), at most a quarter full: a repeated feature is
        // found in one or two probes. (A 64-bit set of `feature % 64` with a
        // linear search on a hit was 3.7M of 18M here: with thirty features a
        // reply, most bits collide.)
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount <<= 1 }
        let features = scratch.pointee.features.pointer(count: capacity)
        let slots = scratch.pointee.slots.pointer(count: slotCount)
        slots.initialize(repeating: 0, count: slotCount)
        let slotMask = slotCount - 1
        // Features present, each once, in order of first appearance.
        // A pair is looked up only when both its words are known: a
        // pair seen in two replies (the vocabulary's minimum) has both
        // words seen in two replies too.
        var found = 0
        func add(_ feature: Int32, _ key: UInt64) {
            var slot = Int(feature) & slotMask
            while true {
                let entry = Int(slots[slot])
                if entry == 0 {
                    slots[slot] = Int32(truncatingIfNeeded: found &+ 1)
                    features[found] = Found(key: key, count: 1, value: 0)
                    found &+= 1
                    return
                }
                if features[entry &- 1].key >> 32 == UInt64(feature) {
                    features[entry &- 1].count &+= 1
                    return
                }
                slot = (slot &+ 1) & slotMask
            }
        }
        table.withUnsafeBufferPointer { table in
            var previousKnown = false
            for position in words.indices {
                let word = words[position]
                guard let known = Self.lookup(word.hash, in: table, mask: mask) else {
                    previousKnown = false
                    continue
                }
                if previousKnown, let feature = Self.lookup(word.pairHash, in: table, mask: mask) {
                    add(feature, UInt64(feature) << 32 | UInt64(position &- 1) << 1 | 1)
                }
                add(known, UInt64(known) << 32 | UInt64(position) << 1)
                previousKnown = true
            }
        }
        guard found > 0 else { return Reading() }
        // Term counts, damped (1 + ln tf), times idf, then L2-normalised.
        var norm: Float = 0
        idf.withUnsafeBufferPointer { idf in
            for index in 0..<found {
                let count = features[index].count
                let value = (count == 1 ? 1 : 1 + logf(Float(count))) * idf[Int(features[index].key >> 32)]
                norm += value * value
                features[index].value = value
            }
        }
        return score(UnsafeBufferPointer(start: features, count: found), scale: 1 / norm.squareRoot(), bytes: bytes, words: words, present: present)
    }

    /// Every cue's score, summed feature by feature (a feature's weights sit
    /// together, four cues to a vector); the cues over their threshold, with
    /// the reply's words that weigh most toward each, and the present cues
    /// under their floor.
    private func score(
        _ unique: UnsafeBufferPointer<Found>, scale: Float,
        bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Word>, present: UInt32
    ) -> Reading {
        weights.withUnsafeBufferPointer { weights in
            var sum0 = SIMD4<Float>.zero
            var sum1 = SIMD4<Float>.zero
            var sum2 = SIMD4<Float>.zero
            var sum3 = SIMD4<Float>.zero
            var sum4 = SIMD4<Float>.zero
            for item in unique {
                let base = 5 &* Int(item.key >> 32)
                sum0 += item.value * weights[base]
                sum1 += item.value * weights[base &+ 1]
                sum2 += item.value * weights[base &+ 2]
                sum3 += item.value * weights[base &+ 3]
                sum4 += item.value * weights[base &+ 4]
            }
            // Each lane's logit as a scalar would compute it (a product, then
            // a sum: no fused step), compared with the thresholds all at
            // once, as bits (cue `c` is bit `c`); a reply whose cues all sit
            // between their two thresholds ends here.
            let logits = (
                sum0 * scale + biasVectors.0, sum1 * scale + biasVectors.1, sum2 * scale + biasVectors.2,
                sum3 * scale + biasVectors.3, sum4 * scale + biasVectors.4
            )
            let lane = SIMD4<UInt32>(1, 2, 4, 8)
            func bits(_ passes: SIMDMask<SIMD4<Int32>>, _ shift: UInt32) -> UInt32 {
                SIMD4<UInt32>.zero.replacing(with: lane, where: passes).wrappedSum() << shift
            }
            var passing =
                bits(logits.0 .>= addVectors.0, 0) | bits(logits.1 .>= addVectors.1, 4) | bits(logits.2 .>= addVectors.2, 8)
                | bits(logits.3 .>= addVectors.3, 12) | bits(logits.4 .>= addVectors.4, 16)
            var under =
                bits(logits.0 .< overruleVectors.0, 0) | bits(logits.1 .< overruleVectors.1, 4)
                | bits(logits.2 .< overruleVectors.2, 8) | bits(logits.3 .< overruleVectors.3, 12)
                | bits(logits.4 .< overruleVectors.4, 16)
            func logit(_ cue: Int) -> Float {
                switch cue / 4 {
                case 0: logits.0[cue % 4]
                case 1: logits.1[cue % 4]
                case 2: logits.2[cue % 4]
                case 3: logits.3[cue % 4]
                default: logits.4[cue % 4]
                }
            }
            var reading = Reading()
            while under != 0 {
                let cue = under.trailingZeroBitCount
                under &= under &- 1
                guard present & rankBits[cue] != 0 else { continue }
                if reading.overruledPercent.isEmpty { reading.overruledPercent = Array(repeating: 0, count: 32) }
                reading.overruled |= rankBits[cue]
                reading.overruledPercent[rankBits[cue].trailingZeroBitCount] = Int8(min(99, Int(100 / (1 + expf(-logit(cue))))))
            }
            guard passing != 0 else { return reading }
            while passing != 0 {
                let cue = passing.trailingZeroBitCount
                passing &= passing &- 1
                guard present & rankBits[cue] == 0 else { continue }
                let logit = logit(cue)
                // The reply's words that weigh most toward the cue: up to
                // three, each carrying at least a quarter of the strongest's
                // weight (so "brat" is not padded out with "a"). The three
                // are picked in one pass; on equal weights the earlier
                // feature comes first, as it did when the list was sorted
                // (stably) in full: that sort and its arrays cost some 6,000
                // instructions an addition.
                typealias Ranked = (key: UInt64, weight: Float)
                var best: Ranked = (0, 0), second: Ranked = (0, 0), third: Ranked = (0, 0)
                var ranked = 0
                for item in unique {
                    let weight = item.value * weights[5 * Int(item.key >> 32) + cue / 4][cue % 4]
                    guard weight > 0 else { continue }
                    let entry: Ranked = (item.key, weight)
                    if ranked == 0 || weight > best.weight {
                        (third, second, best) = (second, best, entry)
                    } else if ranked == 1 || weight > second.weight {
                        (third, second) = (second, entry)
                    } else if ranked == 2 || weight > third.weight {
                        third = entry
                    }
                    ranked = min(ranked + 1, 3)
                }
                guard ranked > 0 else { continue }
                let position = { (key: UInt64) in Int((key & 0xFFFF_FFFF) >> 1) }
                let quote = { (entry: Ranked) in Self.text(of: position(entry.key), pair: entry.key & 1 == 1, words: words, bytes: bytes) }
                var strongest = [quote(best)]
                if ranked > 1, second.weight * 4 >= best.weight {
                    strongest.append(quote(second))
                    if ranked > 2, third.weight * 4 >= best.weight { strongest.append(quote(third)) }
                }
                reading.additions.append(Addition(
                    cue: Self.cues[cue],
                    words: strongest,
                    anchor: Int(words[position(best.key)].start),
                    // Rounded down, so a bare pass of 0.8 never shows as more.
                    percent: min(99, Int(100 / (1 + expf(-logit))))))
            }
            return reading
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
        /// The hash of the pair this word ends ("previous word" + " " + this
        /// word), built alongside the word's own hash as its letters are read
        /// (FNV-1a carries on from the previous word's state), so a pair costs
        /// no second pass over its bytes. Meaningless for the first word.
        var pairHash: UInt64
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
        words = [Word](repeating: Word(offset: 0, length: 0, hash: 0, pairHash: 0, start: 0, end: 0), count: bytes.count + 1)
        let count = buffer.withUnsafeMutableBufferPointer { buffer in
            words.withUnsafeMutableBufferPointer { scan(bytes, buffer: buffer.baseAddress!, words: $0.baseAddress!) }
        }
        words.removeLast(words.count - count)
    }

    /// The reply's words, normalised into `buffer` (see the type's comment);
    /// returns how many went into `words`. One pass: between words a byte is
    /// skipped unless it starts one (or is `?`/`!`); inside a word a tight
    /// loop stores each lowercased letter and carries both hashes on. Only a
    /// word with an apostrophe is looked at again (quotes, contractions).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, buffer: UnsafeMutablePointer<UInt8>, words: UnsafeMutablePointer<Word>) -> Int {
        let total = bytes.count
        var used = 0
        var count = 0
        var index = 0
        // The last word's hash, where the next word's pair hash starts from.
        var previousHash = offsetBasis
        /// The curly apostrophes ’ and ‘ (E2 80 99, E2 80 98) at `index`.
        @inline(__always) func curlyApostrophe(at index: Int) -> Bool {
            index &+ 2 < total && bytes[index &+ 1] == 0x80 && (bytes[index &+ 2] == 0x98 || bytes[index &+ 2] == 0x99)
        }
        /// Past a speaker label, if one opens the line at `start` (after its spaces).
        @inline(__always) func afterLabel(_ start: Int) -> Int {
            var first = start
            while first < total, bytes[first] == 0x20 { first &+= 1 }
            guard first < total, (bytes[first] | 0x20) &- 0x61 < 26 else { return start }
            let label = TranscriptMarks.labelLength(bytes, at: first)
            return label > 0 ? first &+ label : start
        }
        index = afterLabel(0)
        while index < total {
            let byte = bytes[index]
            // A space, the usual separator, is passed first, in five
            // instructions rather than after the letter and mark tests.
            if byte == 0x20 {
                index &+= 1
                continue
            }
            // `byte | 0x20` folds A–Z onto a–z and sends no other byte there.
            if (byte | 0x20) &- 0x61 < 26 || byte == 0x27 || (byte == 0xE2 && curlyApostrophe(at: index)) {
                let wordStart = used
                let start = index
                var hash = offsetBasis
                var pairHash = fnv(previousHash, 0x20)
                var apostrophe = false
                while true {
                    // Letters, the common case, in a loop of their own.
                    while index < total {
                        let letter = bytes[index] | 0x20
                        guard letter &- 0x61 < 26 else { break }
                        buffer[used] = letter
                        used &+= 1
                        hash = fnv(hash, letter)
                        pairHash = fnv(pairHash, letter)
                        index &+= 1
                    }
                    // An apostrophe keeps the word going; `flush` then reads
                    // the word again (so the hashes need not see it here).
                    guard index < total else { break }
                    if bytes[index] == 0x27 {
                        index &+= 1
                    } else if bytes[index] == 0xE2 && curlyApostrophe(at: index) {
                        index &+= 3
                    } else {
                        break
                    }
                    apostrophe = true
                    buffer[used] = 0x27
                    used &+= 1
                }
                if apostrophe {
                    flush(buffer, &used, words, &count, wordStart: wordStart, start: start, end: index)
                    if count > 0 { previousHash = words[count &- 1].hash }
                } else if (fillerFirstLetters &>> (buffer[wordStart] & 31)) & 1 != 0,
                    UInt(bitPattern: used &- wordStart &- 2) <= 3, isFiller(buffer + wordStart, used &- wordStart)
                {
                    // A filler: no word, and the next pairs with the one before it.
                    used = wordStart
                } else {
                    words[count] = Word(
                        offset: Int32(truncatingIfNeeded: wordStart), length: Int32(truncatingIfNeeded: used &- wordStart),
                        hash: hash, pairHash: pairHash, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: index))
                    count &+= 1
                    previousHash = hash
                }
            } else {
                if byte == 0x0A {
                    index = afterLabel(index &+ 1)
                    continue
                } else if byte == 0x5B || byte == 0x28 || byte == 0x2A {
                    // "[laughs]", "(long pause)", "*sighs*": skipped whole.
                    let end = TranscriptMarks.bracketEnd(bytes, at: index)
                    if end > 0 {
                        index = end
                        continue
                    }
                }
                if byte == 0x3F || byte == 0x21 {
                    buffer[used] = byte
                    used &+= 1
                    let hash = fnv(offsetBasis, byte)
                    words[count] = Word(
                        offset: Int32(truncatingIfNeeded: used &- 1), length: 1, hash: hash,
                        pairHash: fnv(fnv(previousHash, 0x20), byte),
                        start: Int32(truncatingIfNeeded: index), end: Int32(truncatingIfNeeded: index &+ 1))
                    count &+= 1
                    previousHash = hash
                }
                index &+= 1
            }
        }
        return count
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Bit `letter & 31` set for the letters a filler opens with: u, e, h, m.
    private static var fillerFirstLetters: UInt32 { 1 << 21 | 1 << 5 | 1 << 8 | 1 << 13 }

    /// Whether the `length` (2–5) lowercase letters at `word` are one of
    /// `Disfluency.fillers` without a hyphen (the only ones a word of
    /// letters can be): the word's bytes read as one little-endian integer
    /// and compared, no table look-up (a test checks the two lists agree).
    /// Reads eight bytes from `word`: the scan's buffer has room past any
    /// word (`bufferCapacity`).
    @inline(__always)
    static func isFiller(_ word: UnsafeMutablePointer<UInt8>, _ length: Int) -> Bool {
        let packed = UnsafeRawPointer(word).loadUnaligned(as: UInt64.self).littleEndian & ((1 &<< (8 &* UInt64(length))) &- 1)
        // "um" is 0x6D75: "um", "uh", "er", "mm", "hm", "umm", "uhh", "uhm",
        // "erm", "ehm", "hmm", "mmm", "mhm", "ummm", "hmmm", "mmhm", "mmhmm".
        switch packed {
        case 0x6D75, 0x6875, 0x7265, 0x6D6D, 0x6D68, 0x6D6D75, 0x686875, 0x6D6875, 0x6D7265,
            0x6D6865, 0x6D6D68, 0x6D6D6D, 0x6D686D, 0x6D6D6D75, 0x6D6D6D68, 0x6D686D6D, 0x6D6D686D6D:
            return true
        default:
            return false
        }
    }

    /// Ends a word with an apostrophe in `buffer[wordStart..<used]`: trimmed
    /// of quotes and with its contraction written out.
    private static func flush(
        _ buffer: UnsafeMutablePointer<UInt8>, _ used: inout Int, _ words: UnsafeMutablePointer<Word>, _ count: inout Int,
        wordStart: Int, start: Int, end: Int
    ) {
        func add(_ from: Int, _ to: Int) {
            var hash = offsetBasis
            var pairHash = fnv(count > 0 ? words[count - 1].hash : offsetBasis, 0x20)
            for index in from..<to {
                hash = fnv(hash, buffer[index])
                pairHash = fnv(pairHash, buffer[index])
            }
            words[count] = Word(offset: Int32(from), length: Int32(to - from), hash: hash, pairHash: pairHash, start: Int32(start), end: Int32(end))
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
                    guard let output = out.baseAddress else { return }
                    // Wrapping arithmetic and a local output pointer: the
                    // checked version reloaded the output buffer and tested
                    // for overflow at every group (some 37 instructions a
                    // group, 9.7M at start-up).
                    let limit = input.count &- 3
                    var count = 0
                    var index = 0
                    while index < limit {
                        // The common case first: four letters of the alphabet,
                        // one 24-bit group, three bytes (no padding, no line
                        // break).
                        let a = values[Int(input[index])]
                        let b = values[Int(input[index &+ 1])]
                        let c = values[Int(input[index &+ 2])]
                        let d = values[Int(input[index &+ 3])]
                        if a | b | c | d < 64 {
                            let group = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                            output[count] = UInt8(truncatingIfNeeded: group >> 16)
                            output[count &+ 1] = UInt8(truncatingIfNeeded: group >> 8)
                            output[count &+ 2] = UInt8(truncatingIfNeeded: group)
                            count &+= 3
                            index &+= 4
                            continue
                        }
                        if a == 255 {  // a line break
                            index &+= 1
                            continue
                        }
                        output[count] = a << 2 | b >> 4
                        count &+= 1
                        if c != 255 {  // not padding
                            output[count] = b << 4 | c >> 2
                            count &+= 1
                            if d != 255 {
                                output[count] = c << 6 | d
                                count &+= 1
                            }
                        }
                        index &+= 4
                    }
                    written = count
                }
            }
        }
    }
}
