/// Every built-in rule pattern compiled into one flat program for a small
/// backtracking machine.
///
/// Why not walk the parsed patterns directly: the per-reply work must stay
/// allocation- and reference-count-free to analyse large corpora quickly.
/// Here words are integers, instructions are plain values in one array, and
/// the backtracking stack is reused across attempts.
// `instructionBuffer`, `entryPointBuffer` and the class buffers are written once in `init` and
// never freed or written again (the one program lives as long as the
// process), so sharing them between threads is safe.
final class RuleProgram: @unchecked Sendable {
    enum Instruction: Sendable {
        /// A token with this vocabulary id.
        case word(Int32)
        /// A phrase of word class `index` (its length is precomputed per token).
        case wordClass(Int)
        /// A word ending in a suffix (index into `suffixes`).
        case suffix(Int)
        /// Any one token; punctuation only when `crossesClauses`.
        case anyToken(crossesClauses: Bool)
        /// Try `first`; on failure come back and try `second`.
        case split(first: Int, second: Int)
        /// A `split` whose `first` branch opens with `.word(id)`: when the
        /// token is not that word the branch would fail at once, so go
        /// straight to `second` without pushing; else push `second` and go
        /// on after the word (`first + 1`). Same matches, fewer steps.
        case splitWord(id: Int32, first: Int32, second: Int32)
        /// The same for a branch opening with `.wordClass(index)`.
        case splitClass(index: Int32, first: Int32, second: Int32)
        /// A `splitWord` whose `second` branch cannot begin with word `id`
        /// (see `Builder.markNoPushSplits`): once the token is `id`, coming back
        /// to `second` could only fail, so nothing is pushed. The token is
        /// `id`: go on at `next` (after the word); else go to `otherwise`.
        /// Same matches, no backtracking entry (most alternatives' options
        /// begin with different words).
        case wordElse(id: Int32, next: Int32, otherwise: Int32)
        /// The same for a `splitClass` (no later option begins with a word
        /// the class's phrases begin with).
        case classElse(index: Int32, next: Int32, otherwise: Int32)
        case jump(Int)
        /// Placed before alternatives of three or more options that all
        /// begin with a word or class: fails at once unless the token may
        /// begin one of them, so a token that begins none costs one step
        /// instead of one per option. The test is a 256-bit filter of the
        /// options' first word ids (`guardMasks[4 * index...]`, bit `id & 255`):
        /// a token it lets through goes on to the options as before, so the
        /// matches are the same.
        case guardWords(Int32)
        case sentenceStart
        case clauseEnd
        case match
    }

    /// Words and punctuation the patterns mention, as dense ids.
    /// How many words and marks (ids `0..<vocabularyCount`).
    let vocabularyCount: Int
    /// The vocabulary as a byte-keyed table: entry number == id.
    let vocabularyTable: WordTable
    /// The vocabulary's words by id (`vocabularyTable`'s entries as Strings).
    let vocabularyWords: [String]
    let classes: [CompiledWordClass]
    /// Class name → index into `classes`.
    let classIndexByName: [String: Int]
    /// For each class, the vocabulary ids its phrases can begin with, sorted.
    let classFirstWordIDs: [[Int32]]
    let suffixes: [String]
    /// Each suffix's UTF-8 bytes, or nil when it is not ASCII.
    let suffixBytes: [[UInt8]?]
    /// Per vocabulary id, bit `i` set when the word ends in suffix `i` as a
    /// rule reads it (`RuleMachine.matches`), computed once; nil when there
    /// are more than 64 suffixes.
    let suffixMaskOfWord: [UInt64]?
    /// `suffixMaskOfWord` as a raw buffer (made once, never freed).
    let suffixMaskBuffer: UnsafePointer<UInt64>?
    let instructions: [Instruction]
    /// Where each pattern's program starts, in the order given to `init`.
    let entryPoints: [Int]
    /// `instructions` and `entryPoints` as raw buffers for the machine's inner loop.
    let instructionBuffer: UnsafePointer<Instruction>
    let entryPointBuffer: UnsafePointer<Int>
    /// Four words per `guardWords` instruction (see there).
    let guardMasks: UnsafePointer<UInt64>
    /// For each vocabulary id, the word classes with a phrase starting with
    /// that word, and those phrases' tails (longest first). Lets the machine
    /// try at each token only the few classes that can start there instead
    /// of every class.
    let classesByFirstWord: [[(classIndex: Int, tails: [[Int32]])]]
    /// `classesByFirstWord` flattened into raw buffers for the per-reply
    /// class table (no arrays retained per token): the entries for id `i`
    /// are `classStarts[classEntryOffsets[i]..<classEntryOffsets[i + 1]]`;
    /// entry `e` is class `classOfEntry[e]` with tails
    /// `tailOffsets[tailStartOfEntry[e]...]` up to entry `e + 1`'s first,
    /// tail `t` being `tailWords[tailOffsets[t]..<tailOffsets[t + 1]]`.
    let classEntryOffsets: UnsafePointer<Int32>
    let classOfEntry: UnsafePointer<Int32>
    let tailStartOfEntry: UnsafePointer<Int32>
    let tailOffsets: UnsafePointer<Int32>
    let tailWords: UnsafePointer<Int32>
    /// The most backtracking entries one attempt can need. The program only
    /// jumps forward, so a path meets each `split` at most once and the
    /// stack never holds more than one pattern's splits.
    let maxBacktrack: Int

    init(patterns: [TokenPattern]) {
        var builder = Builder()
        builder.instructions.reserveCapacity(patterns.count * 64)
        var entryPoints: [Int] = []
        entryPoints.reserveCapacity(patterns.count)
        for pattern in patterns {
            entryPoints.append(builder.instructions.count)
            builder.emit(pattern.elements)
            builder.instructions.append(.match)
        }
        vocabularyCount = builder.vocabulary.count
        let vocabularyTable = WordTable(distinct: builder.vocabulary.words)
        self.vocabularyTable = vocabularyTable
        // The interner's words are distinct, so entry `i` of the table is word `i`.
        vocabularyWords = builder.vocabulary.words
        classes = builder.classSources.map { CompiledWordClass($0, vocabulary: vocabularyTable) }
        classIndexByName = builder.classIndex
        classFirstWordIDs = classes.map { $0.tailsByFirst.keys.sorted() }
        suffixes = builder.suffixes
        let suffixBytes = builder.suffixes.map { suffix in suffix.utf8.allSatisfy { $0 < 0x80 } ? Array(suffix.utf8) : nil }
        self.suffixBytes = suffixBytes
        let suffixes = builder.suffixes
        suffixMaskOfWord = suffixes.count > 64 ? nil : builder.vocabulary.words.map { word in
            var mask: UInt64 = 0
            for (index, suffix) in suffixes.enumerated()
            where RuleMachine.matches(word, suffix: suffix, bytes: suffixBytes[index]) {
                mask |= 1 << UInt64(index)
            }
            return mask
        }
        suffixMaskBuffer = suffixMaskOfWord.map { masks in
            let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: max(masks.count, 1))
            buffer.initialize(from: masks, count: masks.count)
            return UnsafePointer(buffer)
        }
        // Fold each split into the word or class check its first branch opens with.
        var instructions = builder.instructions
        builder.instructions = []  // `instructions` is now the only reference: no copy on write
        for pc in instructions.indices {
            guard case .split(let first, let second) = instructions[pc] else { continue }
            switch instructions[first] {
            case .word(let id):
                instructions[pc] = .splitWord(id: id, first: Int32(first), second: Int32(second))
            case .wordClass(let index):
                instructions[pc] = .splitClass(index: Int32(index), first: Int32(first), second: Int32(second))
            default:
                break
            }
        }
        self.instructions = instructions
        self.entryPoints = entryPoints
        let guardMasks = UnsafeMutablePointer<UInt64>.allocate(capacity: max(builder.guardMasks.count, 1))
        guardMasks.initialize(from: builder.guardMasks, count: builder.guardMasks.count)
        self.guardMasks = UnsafePointer(guardMasks)
        let instructionBuffer = UnsafeMutablePointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        instructionBuffer.initialize(from: instructions, count: instructions.count)
        self.instructionBuffer = UnsafePointer(instructionBuffer)
        let entryPointBuffer = UnsafeMutablePointer<Int>.allocate(capacity: max(entryPoints.count, 1))
        entryPointBuffer.initialize(from: entryPoints, count: entryPoints.count)
        self.entryPointBuffer = UnsafePointer(entryPointBuffer)

        var byFirst = [[(classIndex: Int, tails: [[Int32]])]](repeating: [], count: vocabularyCount)
        for (classIndex, wordClass) in classes.enumerated() {
            for (first, tails) in wordClass.tailsByFirst {
                byFirst[Int(first)].append((classIndex, tails))
            }
        }
        classesByFirstWord = byFirst.map { $0.count < 2 ? $0 : $0.sorted { $0.classIndex < $1.classIndex } }
        var entryOffsets: [Int32] = [0]
        var classOfEntry: [Int32] = []
        var tailStartOfEntry: [Int32] = []
        var tailOffsets: [Int32] = [0]
        var tailWords: [Int32] = []
        for entries in classesByFirstWord {
            for (classIndex, tails) in entries {
                classOfEntry.append(Int32(classIndex))
                tailStartOfEntry.append(Int32(tailOffsets.count - 1))
                for tail in tails {
                    tailWords.append(contentsOf: tail)
                    tailOffsets.append(Int32(tailWords.count))
                }
            }
            entryOffsets.append(Int32(classOfEntry.count))
        }
        tailStartOfEntry.append(Int32(tailOffsets.count - 1))
        func buffer(_ values: [Int32]) -> UnsafePointer<Int32> {
            let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(values.count, 1))
            pointer.initialize(from: values, count: values.count)
            return UnsafePointer(pointer)
        }
        classEntryOffsets = buffer(entryOffsets)
        self.classOfEntry = buffer(classOfEntry)
        self.tailStartOfEntry = buffer(tailStartOfEntry)
        self.tailOffsets = buffer(tailOffsets)
        self.tailWords = buffer(tailWords)

        var maxBacktrack = 0
        let ends = Array(entryPoints.dropFirst()) + [instructions.count]
        for (start, end) in zip(entryPoints, ends) {
            let splits = instructions[start..<end].reduce(0) { count, instruction in
                switch instruction {
                case .split, .splitWord, .splitClass: return count + 1
                default: return count
                }
            }
            maxBacktrack = max(maxBacktrack, splits)
        }
        self.maxBacktrack = maxBacktrack
    }

    private struct Builder {
        var vocabulary = WordInterner()
        var classSources: [WordClass] = []
        var classIndex: [String: Int] = [:]
        var suffixes: [String] = []
        var instructions: [Instruction] = []
        /// Per class (by index), four words: bit `id & 255` of every id its
        /// phrases begin with (the guards' filter for the class).
        var classFirstMasks: [UInt64] = []
        /// Four words per `guardWords` instruction.
        var guardMasks: [UInt64] = []
        /// Each open alternatives' options as (split or -1, first
        /// instruction), innermost last (for `markNoPushSplits`; one list
        /// for all, used as a stack).
        var optionStarts: [(split: Int, start: Int)] = []

        mutating func id(_ word: String) -> Int32 {
            vocabulary.id(word)
        }

        mutating func emit(_ elements: [TokenPattern.Element]) {
            for element in elements { emit(element) }
        }

        mutating func emit(_ element: TokenPattern.Element) {
            switch element {
            case .word(let word):
                instructions.append(.word(id(word)))
            case .wordClass(let wordClass):
                let index: Int
                if let known = classSources.firstIndex(where: { $0 === wordClass }) {
                    // The same class object: found by identity, without hashing its name.
                    index = known
                } else if let known = classIndex[wordClass.name] {
                    index = known
                } else {
                    index = classSources.count
                    classIndex[wordClass.name] = index
                    classSources.append(wordClass)
                    let masks = classFirstMasks.count
                    classFirstMasks.append(contentsOf: [0, 0, 0, 0])
                    for phrase in wordClass.phrases {
                        for (position, word) in phrase.enumerated() {
                            let id = id(word)
                            if position == 0 { classFirstMasks[masks + Int(id >> 6) & 3] |= 1 << UInt64(id & 63) }
                        }
                    }
                }
                instructions.append(.wordClass(index))
            case .wordSuffix(let suffix):
                if let index = suffixes.firstIndex(of: suffix) {
                    instructions.append(.suffix(index))
                } else {
                    suffixes.append(suffix)
                    instructions.append(.suffix(suffixes.count - 1))
                }
            case .alternatives(let options):
                // split(A, next) … A: … jump(end); next: split(B, …) …
                // The jumps to the end are chained through their own targets
                // (each holds the previous one's position, -1 for none) until
                // the end is known: no list of them.
                var lastJump = -1
                // The guard's filter is filled in once the options are
                // emitted (their words and classes then have their ids, given
                // in the order they always were).
                var guarded = -1
                if options.count >= 3, options.allSatisfy(Self.beginsWithWordOrClass) {
                    guarded = guardMasks.count
                    instructions.append(.guardWords(Int32(guarded / 4)))
                    guardMasks.append(contentsOf: [0, 0, 0, 0])
                }
                let firstOption = optionStarts.count
                for (number, option) in options.enumerated() {
                    let start: Int
                    if number < options.count - 1 {
                        let split = instructions.count
                        instructions.append(.jump(0))
                        start = instructions.count
                        emit(option)
                        let jump = instructions.count
                        instructions.append(.jump(lastJump))
                        lastJump = jump
                        instructions[split] = .split(first: split + 1, second: instructions.count)
                    } else {
                        start = instructions.count
                        emit(option)
                    }
                    optionStarts.append((number < options.count - 1 ? start - 1 : -1, start))
                    if guarded >= 0 { addFirstWordIDs(of: option, emittedAt: start, toGuard: guarded) }
                }
                markNoPushSplits(from: firstOption)
                optionStarts.removeSubrange(firstOption...)
                while lastJump >= 0 {
                    guard case .jump(let previous) = instructions[lastJump] else { preconditionFailure("jump chain") }
                    instructions[lastJump] = .jump(instructions.count)
                    lastJump = previous
                }
            case .optional(let inner):
                emitOptional(inner)
            case .repeated(let inner):
                // Greedy, at most four times: nested optionals. Each copy
                // is a split and `inner`, all the same length.
                let base = instructions.count
                for _ in 0..<4 {
                    instructions.append(.jump(0))
                    emit(inner)
                }
                let copyLength = (instructions.count - base) / 4
                for copy in 0..<4 {
                    let split = base + copy * copyLength
                    instructions[split] = .split(first: split + 1, second: instructions.count)
                }
            case .gap(let maximum, let crossesClauses):
                // Lazy: first try to go on with no token, then take one more.
                let base = instructions.count
                for _ in 0..<maximum {
                    instructions.append(.jump(0))
                    instructions.append(.anyToken(crossesClauses: crossesClauses))
                }
                for split in stride(from: base, to: instructions.count, by: 2) {
                    instructions[split] = .split(first: instructions.count, second: split + 1)
                }
            case .sentenceStart:
                instructions.append(.sentenceStart)
            case .clauseEnd:
                instructions.append(.clauseEnd)
            }
        }

        /// Turns the split of each option (`optionStarts[from...]`, the
        /// options of the alternatives just emitted) that opens with a word
        /// or class into `wordElse`/`classElse` when no later option can
        /// begin with a word it begins with: every later option opens with a
        /// word or class (so it cannot be empty: the alternatives' end is
        /// reached only through one) and their first words, as a 256-bit
        /// filter like the guards', share no bit with the option's. Read
        /// from the emitted instructions: no word is looked up again.
        mutating func markNoPushSplits(from first: Int) {
            var later: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var index = optionStarts.count
            while index > first {
                index -= 1
                let (split, start) = optionStarts[index]
                var own: (UInt64, UInt64, UInt64, UInt64) = (.max, .max, .max, .max)
                switch instructions[start] {
                case .word(let id):
                    own = (0, 0, 0, 0)
                    let bit: UInt64 = 1 << UInt64(id & 63)
                    switch Int(id >> 6) & 3 {
                    case 0: own.0 = bit
                    case 1: own.1 = bit
                    case 2: own.2 = bit
                    default: own.3 = bit
                    }
                case .wordClass(let index):
                    own = (classFirstMasks[4 * index], classFirstMasks[4 * index + 1],
                           classFirstMasks[4 * index + 2], classFirstMasks[4 * index + 3])
                default:
                    break  // may begin with anything, or be empty
                }
                if split >= 0, own.0 & later.0 | own.1 & later.1 | own.2 & later.2 | own.3 & later.3 == 0,
                    case .split(_, let second) = instructions[split]
                {
                    switch instructions[start] {
                    case .word(let id):
                        instructions[split] = .wordElse(id: id, next: Int32(start + 1), otherwise: Int32(second))
                    case .wordClass(let index):
                        instructions[split] = .classElse(index: Int32(index), next: Int32(start + 1), otherwise: Int32(second))
                    default:
                        break
                    }
                }
                later = (later.0 | own.0, later.1 | own.1, later.2 | own.2, later.3 | own.3)
            }
        }

        /// Whether every match of `elements` begins with a word or a class
        /// phrase at the first token (not empty, no gap, suffix or anchor first).
        static func beginsWithWordOrClass(_ elements: [TokenPattern.Element]) -> Bool {
            guard let first = elements.first else { return false }
            switch first {
            case .word, .wordClass: return true
            case .alternatives(let options): return options.allSatisfy(beginsWithWordOrClass)
            case .optional, .repeated, .wordSuffix, .gap, .sentenceStart, .clauseEnd: return false
            }
        }

        /// `addFirstWordIDs(of:toGuard:)` for an option just emitted at
        /// `start`: a leading word or class is read from its instruction
        /// (no word hashed again).
        mutating func addFirstWordIDs(of option: [TokenPattern.Element], emittedAt start: Int, toGuard guarded: Int) {
            switch instructions[start] {
            case .word(let id):
                guardMasks[guarded + Int(id >> 6) & 3] |= 1 << UInt64(id & 63)
            case .wordClass(let index):
                for word in 0..<4 { guardMasks[guarded + word] |= classFirstMasks[4 * index + word] }
            default:
                addFirstWordIDs(of: option, toGuard: guarded)
            }
        }

        /// Sets bit `id & 255` in the guard's filter at `guardMasks[guarded...]`
        /// for every word id a match of `elements` (see
        /// `beginsWithWordOrClass`) can begin with, once they are emitted:
        /// every word and class named is known by then.
        mutating func addFirstWordIDs(of elements: [TokenPattern.Element], toGuard guarded: Int) {
            switch elements[0] {
            case .word(let word):
                let id = id(word)
                guardMasks[guarded + Int(id >> 6) & 3] |= 1 << UInt64(id & 63)
            case .wordClass(let wordClass):
                let index = classSources.firstIndex(where: { $0 === wordClass }) ?? classIndex[wordClass.name]!
                for word in 0..<4 { guardMasks[guarded + word] |= classFirstMasks[4 * index + word] }
            case .alternatives(let options):
                for option in options { addFirstWordIDs(of: option, toGuard: guarded) }
            case .optional, .repeated, .wordSuffix, .gap, .sentenceStart, .clauseEnd:
                preconditionFailure("guarded alternatives begin with a word or class")
            }
        }

        mutating func emitOptional(_ inner: [TokenPattern.Element]) {
            let split = instructions.count
            instructions.append(.jump(0))
            emit(inner)
            instructions[split] = .split(first: split + 1, second: instructions.count)
        }
    }
}

/// A word class with its phrases as vocabulary ids.
struct CompiledWordClass: Sendable {
    /// First word id → the rest of each phrase, longest first.
    let tailsByFirst: [Int32: [[Int32]]]

    init(_ wordClass: WordClass, vocabulary: WordTable) {
        var tails: [Int32: [[Int32]]] = [:]
        tails.reserveCapacity(wordClass.sortedFirstWords.count)
        for phrase in wordClass.phrases {
            guard let first = phrase.first, let firstID = vocabulary.entry(first) else { continue }
            tails[Int32(firstID), default: []].append(phrase.count == 1 ? [] : phrase.dropFirst().map { vocabulary.entry($0).map(Int32.init) ?? -1 })
        }
        tailsByFirst = tails.mapValues { $0.count < 2 ? $0 : $0.sorted { $0.count > $1.count } }
    }
}
