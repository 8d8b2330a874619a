/// Runs every built-in cue detector over a parsed reply.
///
/// Rules are indexed by the word they can start with, so each token is
/// tried only against the few rules that could begin there, and run on a
/// small compiled machine (`RuleProgram`, `RuleMachine`).
enum BuiltInCues {
    static let detectors: [CueDetector] = CueDetectors.all

    private struct IndexedPattern: Sendable {
        let detector: Int
        /// The rule's position in its detector, or nil for a veto.
        let rule: Int?
    }

    /// All rule and veto patterns, compiled, with the patterns that can
    /// start at each vocabulary word (a flat table: no per-token allocation).
    /// A pattern that may start at some word, with what the per-sentence
    /// requirement check reads, side by side (one load instead of four
    /// array look-ups per candidate: most candidates end at the masks).
    private struct Candidate {
        let id: Int32
        /// Where the machine starts (see `startPC(of:firstWord:in:)`): past
        /// the checks this candidate's place in the index has already made.
        let startPC: Int32
        /// The pattern's (at most two) requirement sets (see `Index.firstSet`).
        let firstSet: Int16
        let secondSet: Int16
        /// The pattern opens with `^`: it can only start up to the sentence's content start.
        let anchored: Bool
        /// Tokens the skipped instructions matched (0 or 1: the first word).
        let startAdvance: UInt8
        /// Bit `id % 63` of every vocabulary id the token after this first
        /// word can have in a match (see `nextTokenMasks`); bit 63 alone: any token.
        let nextMask: UInt64
    }

    /// Where a candidate's attempt can start: a leading `^` is skipped
    /// (the candidate loop checks the position against the content start;
    /// every position it visits is inside the sentence), and so is a
    /// leading word instruction for the word the candidate is listed under
    /// (the token is that word). The program only jumps forward, so nothing
    /// jumps back to a skipped instruction. Returns the pc and how many
    /// tokens the skipped instructions consumed.
    private static func startPC(of pattern: Int, firstWord: Int32, anchored: Bool, in program: RuleProgram) -> (pc: Int32, advance: UInt8) {
        var pc = program.entryPoints[pattern]
        if anchored, case .sentenceStart = program.instructions[pc] { pc += 1 }
        // A leading guard lets every word the pattern can begin with through.
        if case .guardWords = program.instructions[pc] { pc += 1 }
        if case .word(let id) = program.instructions[pc], id == firstWord { return (Int32(pc + 1), 1) }
        return (Int32(pc), 0)
    }

    /// Bit 63: set in every token's `nextBit`, and in the mask of a pattern
    /// that says nothing about its second token, so one AND decides.
    private static let anyNextToken: UInt64 = 1 << 63

    private static func nextBit(_ id: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: id) % 63) }

    /// For each word a pattern can begin with, the words its second token
    /// can be, as bits `id % 63` (`anyNextToken` when that is not known: the
    /// match may end after the first token, or a gap or suffix follows),
    /// OR-ed into `masks[word]` (cleared by the caller, which reads the
    /// pattern's first words back). Over-approximates: a phrase class counts
    /// every phrase starting with the word, and a repetition may repeat.
    private static func nextTokenMasks(
        _ elements: [TokenPattern.Element], into masks: UnsafeMutablePointer<UInt64>,
        classEntries: [[ClassEntry]], classOf: (WordClass) -> Int,
        word: (String) -> Int32, wordClass: (WordClass) -> [Int32]
    ) {
        typealias Slice = ArraySlice<TokenPattern.Element>
        // `rest`: the sequences that follow, innermost last, used as a stack
        // (pushed and popped in place and left as it came: no array per step).
        var words: [Int32] = []
        func continuationMask(_ after: Slice, _ rest: inout [Slice]) -> UInt64 {
            words.removeAll(keepingCapacity: true)
            guard TokenPattern.collectFirstWords(after, stack: &rest, word: word, wordClass: wordClass, into: &words)
            else { return anyNextToken }
            return words.reduce(UInt64(0)) { $0 | nextBit($1) }
        }
        func walk(_ elements: Slice, _ rest: inout [Slice]) {
            guard let first = elements.first else {
                guard let next = rest.popLast() else { return }
                walk(next, &rest)
                rest.append(next)
                return
            }
            let after = elements.dropFirst()
            switch first {
            case .word(let text):
                masks[Int(word(text))] |= continuationMask(after, &rest)
            case .wordClass(let named):
                let entries = classEntries[classOf(named)]
                let afterPhrase = entries.contains(where: \.hasSinglePhrase) ? continuationMask(after, &rest) : 0
                for entry in entries {
                    masks[Int(entry.first)] |= entry.seconds | (entry.hasSinglePhrase ? afterPhrase : 0)
                }
            case .wordSuffix, .gap:
                // The pattern can begin anywhere: it is not indexed by first word.
                return
            case .alternatives(let options):
                rest.append(after)
                for option in options { walk(option[...], &rest) }
                rest.removeLast()
            case .optional(let inner):
                rest.append(after)
                walk(inner[...], &rest)
                rest.removeLast()
                walk(after, &rest)
            case .repeated(let inner):
                // After one pass of `inner`, the repetition itself may come again.
                rest.append(elements)
                walk(inner[...], &rest)
                rest.removeLast()
                walk(after, &rest)
            case .sentenceStart, .clauseEnd:
                walk(after, &rest)
            }
        }
        var rest: [Slice] = []
        walk(elements[...], &rest)
    }

    /// One first word of a compiled word class: the bits of the words its
    /// phrases' second words, and whether a one-word phrase starts with it.
    private struct ClassEntry {
        let first: Int32
        let seconds: UInt64
        let hasSinglePhrase: Bool
    }

    // Immutable after it is built; the raw buffers (candidates plain and
    // bucketed, and every table the rule pass reads per reply, so that a
    // reply retains none of them) are never freed or written again, so
    // sharing them between threads is safe.
    private struct Index: @unchecked Sendable {
        let patterns: UnsafeBufferPointer<IndexedPattern>
        let program: RuleProgram
        /// Patterns starting with vocabulary id `i` are
        /// `byFirstWord[firstWordOffsets[i]..<firstWordOffsets[i + 1]]`.
        let firstWordOffsets: UnsafeBufferPointer<Int>
        let byFirstWord: [Int]
        /// `byFirstWord`, each with its requirement data (`Candidate`).
        let candidates: UnsafeBufferPointer<Candidate>
        /// For a word with many candidates, the same candidates split by the
        /// next token's bit (see `Candidate.nextMask`), in the same order:
        /// bucket `b` (0–62: the next token's id % 63; 63: a word no rule
        /// names, or the sentence's end) is `bucketedCandidates[
        /// bucketOffsets[bucketBase[word] + b]..<bucketOffsets[bucketBase[word] + b + 1]]`.
        /// `bucketBase[word]` is -1 for a word whose list is short.
        let bucketBase: UnsafeBufferPointer<Int32>
        let bucketOffsets: UnsafeBufferPointer<Int32>
        let bucketedCandidates: UnsafeBufferPointer<Candidate>
        /// Patterns that may start at any token.
        let anywhere: UnsafeBufferPointer<Int>
        /// Pattern `i` is tried in a sentence only if the sentence holds one
        /// word of each of its requirement sets, `firstSet[i]` and
        /// `secondSet[i]` (see `TokenPattern.requiredWordSets`; set 0, which
        /// every sentence holds, for none). Most attempts end here. The sets
        /// are distinct (patterns share them: `@feeling`'s first words,
        /// `(you|your)`…). Each sentence marks the sets its words belong to
        /// (`ThreadScratch.setMemo`): set `s` holds the words in slots
        /// `setsOfSlot[setsOfSlotOffsets[slot]..<setsOfSlotOffsets[slot + 1]]`
        /// lists for each slot (raw buffers made once, never freed, like
        /// `candidates`), so checking a set is one load.
        let firstSet: UnsafeBufferPointer<Int32>
        let secondSet: UnsafeBufferPointer<Int32>
        let setsOfSlotOffsets: UnsafeBufferPointer<Int32>
        let setsOfSlot: UnsafeBufferPointer<Int32>
        let setCount: Int
        /// `requiredSlot[vocabularyID]`: the word's slot among the words any
        /// requirement names, or -1; `requiredSlots` of them in all. Lets the
        /// per-reply "which sentence holds this word" table be small.
        let requiredSlot: UnsafeBufferPointer<Int32>
        let requiredSlots: Int
    }

    /// How large a word set to keep (and at most two per pattern, the
    /// smallest): checking a set costs a load per word, so only the
    /// smallest few pay off.
    private static let maxRequiredWords = 24
    /// Candidate lists this long or longer are split by the next token.
    private static let minBucketedList = 16
    /// At most this many candidate copies in the split lists (40 bytes each).
    private static let maxBucketed = 400_000

    private static let index: Index = {
        var patterns: [IndexedPattern] = []
        var sources: [TokenPattern] = []
        for (detectorIndex, detector) in detectors.enumerated() {
            for (ruleIndex, rule) in detector.rules.enumerated() {
                patterns.append(IndexedPattern(detector: detectorIndex, rule: ruleIndex))
                sources.append(rule.pattern)
            }
            for veto in detector.vetoes {
                patterns.append(IndexedPattern(detector: detectorIndex, rule: nil))
                sources.append(veto)
            }
        }
        let program = RuleProgram(patterns: sources)
        var anywhere: [Int] = []
        // First and required words as vocabulary ids (every word a pattern
        // names has one), sets as sorted arrays: no String hashing per set.
        // (FNV-hashed `WordTable` look-ups, cheaper than the dictionary's SipHash.)
        let table = program.vocabularyTable
        let wordID: (String) -> Int32 = { Int32(table.entry($0)!) }
        // Classes by identity (a few compares) before the name look-up.
        var knownClasses: [(wordClass: WordClass, index: Int)] = []
        let classOf: (WordClass) -> Int = { named in
            for known in knownClasses where known.wordClass === named { return known.index }
            let index = program.classIndexByName[named.name]!
            knownClasses.append((named, index))
            return index
        }
        let classIDs: (WordClass) -> [Int32] = { program.classFirstWordIDs[classOf($0)] }
        var firstWordLists: [[Int32]?] = []
        firstWordLists.reserveCapacity(sources.count)
        for (id, source) in sources.enumerated() {
            let words = TokenPattern.firstWords(of: source.elements, word: wordID, wordClass: classIDs)
            firstWordLists.append(words)
            if words == nil { anywhere.append(id) }
        }
        // Each first word's patterns, in id order, laid out flat by a
        // counting pass and a filling pass (no array per word to grow and copy).
        var offsets = [Int](repeating: 0, count: program.vocabularyCount + 1)
        for words in firstWordLists {
            guard let words else { continue }
            for word in words { offsets[Int(word) + 1] += 1 }
        }
        for word in 0..<program.vocabularyCount { offsets[word + 1] += offsets[word] }
        var flat = [Int](repeating: 0, count: offsets[program.vocabularyCount])
        var nextOfWord = offsets
        for (id, words) in firstWordLists.enumerated() {
            guard let words else { continue }
            for word in words {
                flat[nextOfWord[Int(word)]] = id
                nextOfWord[Int(word)] += 1
            }
        }
        var requirementOffsets = [0]
        var requirements: [Range<Int>] = []
        var requiredIDs: [Int32] = []
        for source in sources {
            // The two smallest sets of at most `maxRequiredWords` words.
            let (best, second) = TokenPattern.smallestRequiredWordSets(
                of: source.elements, firstWords: firstWordLists[requirementOffsets.count - 1],
                maxWords: maxRequiredWords, word: wordID, wordClass: classIDs)
            for set in [best, second] {
                guard let set else { continue }
                let start = requiredIDs.count
                requiredIDs.append(contentsOf: set)
                requirements.append(start..<requiredIDs.count)
            }
            requirementOffsets.append(requirements.count)
        }
        var requiredSlot = [Int32](repeating: -1, count: program.vocabularyCount)
        var requiredSlots = 0
        for id in requiredIDs where requiredSlot[Int(id)] < 0 {
            requiredSlot[Int(id)] = Int32(requiredSlots)
            requiredSlots += 1
        }
        let slots = requiredIDs.map { requiredSlot[Int($0)] }
        // Each distinct set once (by its slots, in pattern order), found
        // through an FNV hash of its slots in an open-addressing table of
        // set numbers (hashing the slices with `Hasher` cost 3 M at start-up).
        // Set 0: no words, for "no requirement" (every sentence marks it).
        var setOffsets: [Int32] = [0, 0]
        var setSlots: [Int32] = []
        var setTable = [Int32](repeating: -1, count: 1 << (Int.bitWidth - (requirements.count * 2 + 16).leadingZeroBitCount))
        let setOfRequirement = requirements.map { requirement -> Int32 in
            let key = slots[requirement]
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for slot in key { hash = (hash ^ UInt64(UInt32(bitPattern: slot))) &* 0x100_0000_01b3 }
            // Fibonacci hashing: the product's top bits depend on every bit.
            var probe = Int(truncatingIfNeeded: (hash &* 0x9e37_79b9_7f4a_7c15) >> 40) & (setTable.count - 1)
            while setTable[probe] >= 0 {
                let known = Int(setTable[probe])
                if setSlots[Int(setOffsets[known])..<Int(setOffsets[known + 1])].elementsEqual(key) { return Int32(known) }
                probe = (probe + 1) & (setTable.count - 1)
            }
            let set = Int32(setOffsets.count - 1)
            precondition(set < Int16.max, "requirement sets fit `Candidate`'s Int16")
            setTable[probe] = set
            setSlots.append(contentsOf: key)
            setOffsets.append(Int32(setSlots.count))
            return set
        }
        var firstSet: [Int32] = []
        var secondSet: [Int32] = []
        for id in sources.indices {
            let own = requirements[requirementOffsets[id]..<requirementOffsets[id + 1]]
            precondition(own.count <= 2, "at most two requirements per pattern")
            firstSet.append(own.isEmpty ? 0 : setOfRequirement[own.startIndex])
            secondSet.append(own.count > 1 ? setOfRequirement[own.startIndex + 1] : 0)
        }
        // The sets each slot belongs to (counted, then written in set order).
        var setsOfSlotOffsets = [Int32](repeating: 0, count: requiredSlots + 1)
        for slot in setSlots { setsOfSlotOffsets[Int(slot) + 1] += 1 }
        for slot in 0..<requiredSlots { setsOfSlotOffsets[slot + 1] += setsOfSlotOffsets[slot] }
        var setsOfSlot = [Int32](repeating: 0, count: setSlots.count)
        var nextOfSlot = setsOfSlotOffsets
        for set in 0..<(setOffsets.count - 1) {
            for slot in setSlots[Int(setOffsets[set])..<Int(setOffsets[set + 1])] {
                setsOfSlot[Int(nextOfSlot[Int(slot)])] = Int32(set)
                nextOfSlot[Int(slot)] += 1
            }
        }
        let classEntries = program.classes.map { compiled in
            compiled.tailsByFirst.map { first, tails in
                ClassEntry(
                    first: first, seconds: tails.reduce(UInt64(0)) { $0 | ($1.first.map(nextBit) ?? 0) },
                    hasSinglePhrase: tails.contains { $0.isEmpty })
            }
        }
        // Patterns are visited in id order, the order each word's list holds
        // them in, so `filled[word]` is where the pattern's candidate goes.
        let masks = UnsafeMutablePointer<UInt64>.allocate(capacity: max(program.vocabularyCount, 1))
        masks.initialize(repeating: 0, count: max(program.vocabularyCount, 1))
        defer { masks.deallocate() }
        var filled = offsets
        let candidates = UnsafeMutableBufferPointer<Candidate>.allocate(capacity: max(flat.count, 1))
        for (id, source) in sources.enumerated() {
            guard let words = firstWordLists[id] else { continue }
            nextTokenMasks(
                source.elements, into: masks, classEntries: classEntries, classOf: classOf, word: wordID, wordClass: classIDs)
            var anchored = false
            if case .sentenceStart = source.elements[0] { anchored = true }
            for word in words {
                let slot = filled[Int(word)]
                filled[Int(word)] += 1
                let mask = masks[Int(word)]
                let start = startPC(of: id, firstWord: word, anchored: anchored, in: program)
                candidates[slot] = Candidate(
                    id: Int32(id), startPC: start.pc, firstSet: Int16(firstSet[id]), secondSet: Int16(secondSet[id]),
                    anchored: anchored, startAdvance: start.advance,
                    nextMask: mask == 0 ? anyNextToken : mask)
            }
            // Clear what this pattern wrote: every word it wrote is one of its first words.
            for word in words { masks[Int(word)] = 0 }
        }
        // Long lists split by the next token, so a token visits only the
        // candidates that can follow with it (at most `maxBucketed` copies).
        // First the offsets (how many candidates each bucket takes), then the
        // candidates straight into their buffer: no growing array to copy.
        // Each candidate is read once per pass and goes to the buckets of
        // its mask's bits (every bucket for `anyNextToken`), instead of
        // each of the 64 buckets testing every candidate: the same
        // buckets, each in candidate order, as candidates are visited in order.
        var bucketBase = [Int32](repeating: -1, count: offsets.count - 1)
        var bucketOffsets: [Int32] = []
        var bucketedCount = 0
        var bucketedWords: [Int] = []
        var bucketSizes = [Int](repeating: 0, count: 64)
        for word in 0..<(offsets.count - 1) where offsets[word + 1] - offsets[word] >= minBucketedList {
            guard bucketedCount + 64 * (offsets[word + 1] - offsets[word]) <= maxBucketed else { break }
            bucketBase[word] = Int32(bucketOffsets.count)
            bucketedWords.append(word)
            // Candidates in every bucket; the rest by their mask's bits (0–62).
            var everywhere = 0
            for bucket in 0..<64 { bucketSizes[bucket] = 0 }
            for slot in offsets[word]..<offsets[word + 1] {
                var bits = candidates[slot].nextMask
                if bits & anyNextToken != 0 {
                    everywhere += 1
                    continue
                }
                while bits != 0 {
                    bucketSizes[bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
            }
            for bucket in 0..<64 {
                bucketOffsets.append(Int32(bucketedCount))
                bucketedCount += everywhere + bucketSizes[bucket]
            }
            bucketOffsets.append(Int32(bucketedCount))
        }
        let bucketedCandidates = UnsafeMutableBufferPointer<Candidate>.allocate(capacity: max(bucketedCount, 1))
        var written = 0
        var nextInBucket = [Int](repeating: 0, count: 64)
        for word in bucketedWords {
            let base = Int(bucketBase[word])
            for bucket in 0..<64 { nextInBucket[bucket] = Int(bucketOffsets[base + bucket]) }
            for slot in offsets[word]..<offsets[word + 1] {
                let candidate = candidates[slot]
                var bits = candidate.nextMask
                if bits & anyNextToken != 0 { bits = .max }
                written += bits.nonzeroBitCount
                while bits != 0 {
                    let bucket = bits.trailingZeroBitCount
                    (bucketedCandidates.baseAddress! + nextInBucket[bucket]).initialize(to: candidate)
                    nextInBucket[bucket] += 1
                    bits &= bits - 1
                }
            }
        }
        precondition(written == bucketedCount, "bucketed candidates")
        return Index(
            patterns: immortalCopy(patterns), program: program, firstWordOffsets: immortalCopy(offsets), byFirstWord: flat,
            candidates: UnsafeBufferPointer(candidates),
            bucketBase: immortalCopy(bucketBase), bucketOffsets: immortalCopy(bucketOffsets),
            bucketedCandidates: UnsafeBufferPointer(bucketedCandidates),
            anywhere: immortalCopy(anywhere),
            firstSet: immortalCopy(firstSet), secondSet: immortalCopy(secondSet),
            setsOfSlotOffsets: immortalCopy(setsOfSlotOffsets), setsOfSlot: immortalCopy(setsOfSlot),
            setCount: setOffsets.count - 1,
            requiredSlot: immortalCopy(requiredSlot), requiredSlots: requiredSlots)
    }()

    /// `values` copied into memory that is never freed (for `Index`, which lives as long as the process).
    private static func immortalCopy<Value>(_ values: [Value]) -> UnsafeBufferPointer<Value> {
        let buffer = UnsafeMutableBufferPointer<Value>.allocate(capacity: max(values.count, 1))
        _ = buffer.initialize(from: values)
        return UnsafeBufferPointer(rebasing: buffer[0..<values.count])
    }

    /// The compiled rules (their vocabulary numbers the tokenizer's words).
    static var ruleProgram: RuleProgram { index.program }

    static func detect(in parsed: ParsedText, previous: ContentWords?) -> [Detection.Found] {
        detect(in: parsed, previous: previous, sharedStems: previous?.sharedStems(of: parsed) ?? [])
    }

    /// - Parameter sharedStems: `previous?.sharedStems(of: parsed)`, computed by the caller.
    static func detect(in parsed: ParsedText, previous: ContentWords?, sharedStems: [String?]) -> [Detection.Found] {
        var detection = Detection(parsed: parsed, previous: previous, sharedStems: sharedStems)
        let index = self.index
        let offsets = index.firstWordOffsets
        let candidates = index.candidates
        let bucketBase = index.bucketBase
        let bucketOffsets = index.bucketOffsets
        let bucketedCandidates = index.bucketedCandidates

        // sentenceOf[slot] == the stamp of the sentence last seen holding
        // the required word in that slot (see `Index.requiredSlot`): a
        // table per thread, reused across replies, never cleared.
        let scratch = ThreadScratch.current(slots: index.requiredSlots, sets: index.setCount)
        let machine = RuleMachine(program: index.program, parsed: parsed, scratch: scratch)
        let sentenceOf = scratch.sentenceStamp
        let requiredSlot = index.requiredSlot
        let setsOfSlotOffsets = index.setsOfSlotOffsets
        let setsOfSlot = index.setsOfSlot
        let setMemo = scratch.setMemo
        let firstSet = index.firstSet
        let secondSet = index.secondSet

        // The "anywhere" patterns whose required words this sentence holds:
        // the requirement depends on the sentence only, so it is checked
        // once per sentence rather than at every token.
        // These lists are the thread's, kept between replies: moved out of
        // the scratch (so uniquely referenced here, no copy on write),
        // emptied keeping their storage, and moved back at the end.
        var liveAnywhere = scratch.liveAnywhere
        var hits = scratch.hits
        var vetoes = scratch.vetoes
        scratch.liveAnywhere = []
        scratch.hits = []
        scratch.vetoes = []
        hits.removeAll(keepingCapacity: true)
        vetoes.removeAll(keepingCapacity: true)
        defer {
            scratch.liveAnywhere = liveAnywhere
            scratch.hits = hits
            scratch.vetoes = vetoes
        }

        for (sentenceIndex, sentence) in parsed.sentences.enumerated() {
            let contentStart = parsed.contentStart[sentenceIndex]
            let stamp = scratch.newStamp()
            // Each required word once per sentence (`sentenceOf`), marking
            // the sets it belongs to: `setMemo[set] == stamp` exactly when
            // the sentence holds a word of the set.
            setMemo[0] = stamp
            for position in sentence.tokens where machine.ids[position] >= 0 {
                let slot = Int(requiredSlot[Int(machine.ids[position])])
                if slot >= 0, sentenceOf[slot] != stamp {
                    sentenceOf[slot] = stamp
                    var member = Int(setsOfSlotOffsets[slot])
                    let last = Int(setsOfSlotOffsets[slot + 1])
                    while member < last {
                        setMemo[Int(setsOfSlot[member])] = stamp
                        member += 1
                    }
                }
            }
            func requirementsHold(_ id: Int) -> Bool {
                setMemo[Int(firstSet[id])] == stamp && setMemo[Int(secondSet[id])] == stamp
            }
            liveAnywhere.removeAll(keepingCapacity: true)
            for id in index.anywhere where requirementsHold(id) { liveAnywhere.append(id) }
            for position in sentence.tokens {
                func record(_ id: Int, _ end: Int) {
                    let indexed = index.patterns[id]
                    if indexed.rule == nil {
                        vetoes.append((indexed.detector, position..<end))
                    } else {
                        hits.append((id, position..<end))
                    }
                }
                let wordID = Int(machine.ids[position])
                if wordID >= 0 {
                    // The next token's bit (see `Candidate.nextMask`): none
                    // for a word no rule names or the sentence's end.
                    var nextBit = anyNextToken
                    var bucket = 63
                    if position + 1 < sentence.tokens.upperBound, machine.ids[position + 1] >= 0 {
                        nextBit |= Self.nextBit(machine.ids[position + 1])
                        bucket = Int(UInt32(bitPattern: machine.ids[position + 1]) % 63)
                    }
                    // `requirementsHold(byFirstWord[slot])`, inlined over the packed candidates.
                    let pool: UnsafeBufferPointer<Candidate>
                    var slot: Int
                    let end: Int
                    let base = Int(bucketBase[wordID])
                    if base >= 0 {
                        pool = bucketedCandidates
                        slot = Int(bucketOffsets[base + bucket])
                        end = Int(bucketOffsets[base + bucket + 1])
                    } else {
                        pool = candidates
                        slot = offsets[wordID]
                        end = offsets[wordID + 1]
                    }
                    while slot < end {
                        let candidate = pool[slot]
                        slot += 1
                        // The requirement sets first: they drop two candidates in
                        // three (the next-token mask about one in six).
                        if setMemo[Int(candidate.firstSet)] != stamp || setMemo[Int(candidate.secondSet)] != stamp { continue }
                        if candidate.nextMask & nextBit == 0 { continue }
                        if candidate.anchored, position > contentStart { continue }
                        guard let end = machine.match(
                            pc: Int(candidate.startPC), start: position, position: position + Int(candidate.startAdvance),
                            sentence: sentence.tokens, contentStart: contentStart)
                        else { continue }
                        record(Int(candidate.id), end)
                    }
                }
                for id in liveAnywhere {
                    if let end = machine.match(entry: id, at: position, sentence: sentence.tokens, contentStart: contentStart) {
                        record(id, end)
                    }
                }
            }
        }

        if !hits.isEmpty {
            // The tables once per reply (each static is a lazy global: a
            // `swift_once` per read), and room for the matches and a few
            // more from the derives (one allocation instead of 1, 2, 4…).
            let conditionsOfPattern = self.conditionsOfPattern
            let cueOfDetector = self.cueOfDetector
            let explanationOfPattern = self.explanationOfPattern
            detection.found.reserveCapacity(hits.count + 4)
            for hit in hits {
                let indexed = index.patterns[hit.id]
                // The rule's conditions and explanation by pattern, without copying the rule.
                guard holds(conditionsOfPattern[hit.id], for: hit.tokens, in: parsed) else { continue }
                if vetoes.contains(where: { $0.detector == indexed.detector && $0.tokens.overlaps(hit.tokens) }) {
                    continue
                }
                detection.add(cueOfDetector[indexed.detector], hit.tokens, explanationOfPattern[hit.id])
            }
        }

        for derive in derives {
            derive(&detection)
        }
        CueConflicts.resolve(&detection.found)
        // Taken out of `detection` (so held once): merged in place.
        var found = detection.found
        detection.found = []
        mergeOverlaps(&found)
        return found
    }

    /// Each detector's reasoning over the whole reply, in detector order.
    private static let derives = detectors.compactMap(\.derive)
    private static let cueOfDetector = detectors.map(\.cue)
    /// For each indexed pattern, its rule (nil for a veto).
    private static let ruleOfPattern: [CueRule?] = index.patterns.map { indexed in
        indexed.rule.map { detectors[indexed.detector].rules[$0] }
    }

    /// Each indexed pattern's explanation ("" for a veto), read without copying its rule.
    private static let explanationOfPattern: [String] = ruleOfPattern.map { $0?.explanation ?? "" }
    /// A rule's conditions as bits (see `conditionBit`), so checking them hashes nothing.
    private static let conditionsOfPattern: [UInt8] = ruleOfPattern.map { rule in
        rule.map { $0.conditions.reduce(UInt8(0)) { $0 | conditionBit($1) } } ?? 0
    }

    private static func conditionBit(_ condition: RuleCondition) -> UInt8 {
        switch condition {
        case .evenIfNegated: 1
        case .statementOnly: 2
        case .questionOnly: 4
        case .notAskingAboutOthers: 8
        }
    }

    private static func holds(_ conditions: UInt8, for tokens: Range<Int>, in parsed: ParsedText) -> Bool {
        let sentence = parsed.sentences[parsed.sentenceOfToken[tokens.lowerBound]]
        if conditions & conditionBit(.evenIfNegated) == 0, parsed.negated[tokens.lowerBound] { return false }
        if conditions & conditionBit(.statementOnly) != 0, sentence.endsWithQuestionMark { return false }
        if conditions & conditionBit(.questionOnly) != 0, !sentence.endsWithQuestionMark { return false }
        if conditions & conditionBit(.notAskingAboutOthers) != 0, sentence.endsWithQuestionMark,
            sentence.tokens.contains(where: { parsed.tokens[$0].norm == "you" || parsed.tokens[$0].norm == "your" }),
            !sentence.tokens.contains(where: { WordClasses.firstPersonSingular.contains(parsed.tokens[$0].norm) })
        {
            return false
        }
        return true
    }

    /// `mergeOverlaps` for the usual case (at most 64 matches, built-in
    /// cues, fewer than 2^26 tokens), in place: each match's sort key — cue
    /// rank, first token, longest first, then its position in `found` —
    /// packed in one integer and insertion-sorted, so matches are not
    /// compared as tuples. The position makes every key distinct and gives
    /// equal matches the order the (stable) `sorted` gives them, so the
    /// result is the same. The matches are moved, never copied: the kept
    /// ones in key order, then the merged-away ones, which the caller drops.
    /// Returns how many to drop, or nil (`found` untouched): not the usual case.
    private static func mergeOverlapsInPlace(_ found: inout [Detection.Found]) -> Int? {
        let count = found.count
        guard count <= 64 else { return nil }
        return found.withUnsafeMutableBufferPointer { found -> Int? in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { keys -> Int? in
                var moved = false
                for index in 0..<count {
                    let rank = found[index].cue.rank
                    let tokens = found[index].tokens
                    guard rank >= 0, tokens.upperBound < 1 << 26 else { return nil }
                    var key = UInt64(rank) << 59 | UInt64(tokens.lowerBound) << 33
                    key |= UInt64((1 << 27) - 1 - tokens.count) << 6 | UInt64(index)
                    if keys.insertSorted(key, count: index) { moved = true }
                }
                if !moved {
                    // Already in order: unless two neighbours merge, nothing to do.
                    var merges = false
                    for index in 1..<count
                    where found[index - 1].cue == found[index].cue && found[index - 1].tokens.overlaps(found[index].tokens) {
                        merges = true
                        break
                    }
                    if !merges { return 0 }
                }
                let base = found.baseAddress!
                return withUnsafeTemporaryAllocation(of: Detection.Found.self, capacity: count) { held -> Int in
                    let held = held.baseAddress!
                    held.moveInitialize(from: base, count: count)
                    var kept = 0
                    var dropped = count
                    for slot in 0..<count {
                        let index = Int(keys[slot] & 63)
                        if kept > 0, base[kept - 1].cue == held[index].cue, base[kept - 1].tokens.overlaps(held[index].tokens) {
                            dropped -= 1
                            (base + dropped).moveInitialize(from: held + index, count: 1)
                        } else {
                            (base + kept).moveInitialize(from: held + index, count: 1)
                            kept += 1
                        }
                    }
                    return count - kept
                }
            }
        }
    }

    /// One match per cue per stretch of words: overlapping matches of the
    /// same cue (two rules seeing "I'm so sorry") become the earliest, longest one.
    private static func mergeOverlaps(_ found: inout [Detection.Found]) {
        // Nothing to sort or merge (a third of replies).
        if found.count < 2 { return }
        if let drop = mergeOverlapsInPlace(&found) {
            if drop > 0 { found.removeLast(drop) }
            return
        }
        let sorted = found.sorted {
            ($0.cue, $0.tokens.lowerBound, -$0.tokens.count)
                < ($1.cue, $1.tokens.lowerBound, -$1.tokens.count)
        }
        var merged: [Detection.Found] = []
        for candidate in sorted {
            if let last = merged.last, last.cue == candidate.cue, last.tokens.overlaps(candidate.tokens) {
                continue
            }
            merged.append(candidate)
        }
        found = merged
    }
}
