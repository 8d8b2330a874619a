/// Runs `RuleProgram` patterns over one parsed reply.
///
/// Everything a step needs is precomputed per reply into flat arrays: token
/// ids, which word-class phrase starts at each token, sentence bounds. The
/// patterns have no loops and their gaps are bounded, so each attempt costs a
/// constant and a whole reply is linear in its length.
struct RuleMachine {
    /// Vocabulary id per token (-1: a word no rule mentions).
    let ids: UnsafeMutablePointer<Int32>
    let isWord: UnsafeMutablePointer<Bool>
    /// `classLengths[classIndex * tokenCount + position]`: phrase length
    /// or 0, worked out the first time an attempt asks (`unknownLength`
    /// until then): most (class, token) pairs are never asked about.
    private let classLengths: UnsafeMutablePointer<UInt8>
    /// `suffixMatches[suffixIndex * tokenCount + position]`, written only
    /// for words outside the vocabulary when `suffixMaskOfWord` is there
    /// (a vocabulary word's suffixes are read from it).
    private let suffixMatches: UnsafeMutablePointer<Bool>
    private let suffixMaskOfWord: UnsafePointer<UInt64>?
    /// The program's class tables (see `RuleProgram.classEntryOffsets`).
    private let entryOffsets: UnsafePointer<Int32>
    private let classOfEntry: UnsafePointer<Int32>
    private let tailStartOfEntry: UnsafePointer<Int32>
    private let tailOffsets: UnsafePointer<Int32>
    private let tailWords: UnsafePointer<Int32>
    private static let unknownLength: UInt8 = 0xFF
    private let tokenCount: Int
    private let stack: UnsafeMutablePointer<(pc: Int, position: Int)>
    private let instructions: UnsafePointer<RuleProgram.Instruction>
    private let entryPoints: UnsafePointer<Int>
    private let guardMasks: UnsafePointer<UInt64>

    /// The tables live in `scratch` (this thread's): valid until the next
    /// machine is made on the same thread, so a machine is used within one
    /// reply's rule pass and never kept. `program` is the one whose
    /// vocabulary numbered the tokens (`TokenVocabulary.shared`, from
    /// `BuiltInCues.ruleProgram`): the ids are taken from the tokens as they are.
    init(program: RuleProgram, parsed: ParsedText, scratch: ThreadScratch) {
        let tokens = parsed.tokens
        let tokenCount = tokens.count
        let tables = scratch.machineTables
        self.tokenCount = tokenCount
        instructions = program.instructionBuffer
        entryPoints = program.entryPointBuffer
        guardMasks = program.guardMasks
        let ids = tables.pointee.ids.pointer(count: tokenCount)
        let isWord = tables.pointee.isWord.pointer(count: tokenCount)
        tokens.withUnsafeBufferPointer { tokens in
            var position = 0
            while position < tokenCount {
                // The tokenizer numbered the words by this program's vocabulary.
                ids[position] = tokens[position].id
                isWord[position] = tokens[position].isWord
                position += 1
            }
        }
        self.ids = ids
        self.isWord = isWord
        let classCells = program.classes.count * tokenCount
        let classLengths = tables.pointee.classLengths.pointer(count: classCells)
        classLengths.initialize(repeating: Self.unknownLength, count: classCells)
        self.classLengths = classLengths
        entryOffsets = program.classEntryOffsets
        classOfEntry = program.classOfEntry
        tailStartOfEntry = program.tailStartOfEntry
        tailOffsets = program.tailOffsets
        tailWords = program.tailWords
        let suffixCells = program.suffixes.count * tokenCount
        let suffixMatches = tables.pointee.suffixMatches.pointer(count: suffixCells)
        suffixMaskOfWord = program.suffixMaskBuffer
        if program.suffixMaskBuffer != nil {
            // A vocabulary word's suffixes were found once (`suffixMaskOfWord`,
            // read by `match`); any other word is checked against each
            // suffix here, and only its cells are written.
            tokens.withUnsafeBufferPointer { tokens in
                for position in 0..<tokenCount where isWord[position] && ids[position] < 0 {
                    let norm = tokens.norm(position)
                    for (index, suffix) in program.suffixes.enumerated() {
                        suffixMatches[index * tokenCount + position] =
                            Self.matches(norm, suffix: suffix, bytes: program.suffixBytes[index])
                    }
                }
            }
        } else {
            suffixMatches.initialize(repeating: false, count: suffixCells)
            tokens.withUnsafeBufferPointer { tokens in
                for (index, suffix) in program.suffixes.enumerated() {
                    let suffixBytes = program.suffixBytes[index]
                    for position in tokens.indices
                    // Read in place, checked by bytes where it can (see `matches`).
                    where isWord[position] && Self.matches(tokens.norm(position), suffix: suffix, bytes: suffixBytes) {
                        suffixMatches[index * tokenCount + position] = true
                    }
                }
            }
        }
        self.suffixMatches = suffixMatches
        stack = tables.pointee.backtrack.pointer(count: max(program.maxBacktrack, 1))
    }

    /// `word.hasSuffix(suffix) && word.count > suffix.count + 2`, by bytes
    /// for an ASCII word and suffix (there ending in the suffix's bytes is
    /// `hasSuffix`, and the byte count is the character count).
    @inline(__always)
    static func matches(_ word: String, suffix: String, bytes: [UInt8]?) -> Bool {
        guard endsWith(word, bytes) else { return false }
        if bytes != nil, isASCII(word) { return word.utf8.count > suffix.utf8.count + 2 }
        return word.hasSuffix(suffix) && word.count > suffix.count + 2
    }

    @inline(__always)
    private static func isASCII(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
    }

    /// Whether `word`'s UTF-8 ends with `suffix` (nil for a non-ASCII suffix: always true, so `hasSuffix` decides).
    private static func endsWith(_ word: String, _ suffix: [UInt8]?) -> Bool {
        guard let suffix else { return true }
        let utf8 = word.utf8
        let count = utf8.count
        guard count >= suffix.count else { return false }
        return utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < suffix.count {
                if bytes[count - suffix.count + index] != suffix[index] { return false }
                index += 1
            }
            return true
        } ?? utf8.suffix(suffix.count).elementsEqual(suffix)
    }

    /// The length of class `index`'s longest phrase starting at `position`
    /// (inside a sentence ending at `limit`), or 0; worked out once.
    @inline(__always)
    private func classLength(_ index: Int, at position: Int, limit: Int) -> Int {
        let cell = index &* tokenCount &+ position
        let known = classLengths[cell]
        if known != Self.unknownLength { return Int(known) }
        let length = longestPhrase(of: index, at: position, limit: limit)
        classLengths[cell] = UInt8(length)
        return length
    }

    /// Only a class with a phrase starting with this token's word can match
    /// here: its entry for the word (at most one), then the longest tail
    /// (they are longest first) that fits and matches.
    @inline(never)
    private func longestPhrase(of index: Int, at position: Int, limit: Int) -> Int {
        let id = Int(ids[position])
        guard id >= 0 else { return 0 }
        var entry = Int(entryOffsets[id])
        let lastEntry = Int(entryOffsets[id + 1])
        while entry < lastEntry, Int(classOfEntry[entry]) != index { entry += 1 }
        guard entry < lastEntry else { return 0 }
        var tail = Int(tailStartOfEntry[entry])
        let lastTail = Int(tailStartOfEntry[entry + 1])
        tails: while tail < lastTail {
            let from = Int(tailOffsets[tail])
            let count = Int(tailOffsets[tail + 1]) - from
            tail += 1
            guard position + count < limit else { continue }
            var offset = 0
            while offset < count {
                if ids[position + 1 + offset] != tailWords[from + offset] { continue tails }
                offset += 1
            }
            return count + 1
        }
        return 0
    }

    /// Whether the word at `position` ends in suffix `index` as a rule reads it.
    @inline(__always)
    private func endsInSuffix(_ index: Int, at position: Int) -> Bool {
        let id = ids[position]
        if id >= 0, let suffixMaskOfWord { return suffixMaskOfWord[Int(id)] & (1 << UInt64(index)) != 0 }
        return suffixMatches[index * tokenCount + position]
    }

    /// The end (exclusive) of the first match of pattern `entry` starting at
    /// `start` within its sentence, or nil.
    @inline(__always)
    func match(entry: Int, at start: Int, sentence: Range<Int>, contentStart: Int) -> Int? {
        match(pc: entryPoints[entry], start: start, position: start, sentence: sentence, contentStart: contentStart)
    }

    /// The same from instruction `pc` at token `position`, for a match
    /// that began at `start` (the instructions before `pc` having matched
    /// `start..<position`).
    @inline(__always)
    func match(pc: Int, start: Int, position: Int, sentence: Range<Int>, contentStart: Int) -> Int? {
        // Raw pointers: the loop below runs millions of times per corpus, and
        // every index it reads is inside its table by construction.
        let limit = sentence.upperBound
        var pc = pc
        var position = position
        // Sized for the deepest pattern: pushing and popping millions of
        // times per corpus with no uniqueness checks or growth.
        let stack = self.stack
        var depth = 0
        while true {
            var advanced = true
            switch instructions[pc] {
            case .word(let id):
                if position < limit, ids[position] == id {
                    position += 1
                    pc += 1
                } else {
                    advanced = false
                }
            case .wordClass(let index):
                let length = position < limit ? classLength(index, at: position, limit: limit) : 0
                if length > 0 {
                    position += length
                    pc += 1
                } else {
                    advanced = false
                }
            case .suffix(let index):
                if position < limit, isWord[position], endsInSuffix(index, at: position) {
                    position += 1
                    pc += 1
                } else {
                    advanced = false
                }
            case .anyToken(let crossesClauses):
                if position < limit, crossesClauses || isWord[position] {
                    position += 1
                    pc += 1
                } else {
                    advanced = false
                }
            case .split(let first, let second):
                stack[depth] = (second, position)
                depth += 1
                pc = first
            case .splitWord(let id, let first, let second):
                if position < limit, ids[position] == id {
                    stack[depth] = (Int(second), position)
                    depth += 1
                    position += 1
                    pc = Int(first) + 1
                } else {
                    pc = Int(second)
                }
            case .wordElse(let id, let next, let otherwise):
                if position < limit, ids[position] == id {
                    position += 1
                    pc = Int(next)
                } else {
                    pc = Int(otherwise)
                }
            case .classElse(let index, let next, let otherwise):
                let length = position < limit ? classLength(Int(index), at: position, limit: limit) : 0
                if length > 0 {
                    position += length
                    pc = Int(next)
                } else {
                    pc = Int(otherwise)
                }
            case .splitClass(let index, let first, let second):
                let length = position < limit ? classLength(Int(index), at: position, limit: limit) : 0
                if length > 0 {
                    stack[depth] = (Int(second), position)
                    depth += 1
                    position += length
                    pc = Int(first) + 1
                } else {
                    pc = Int(second)
                }
            case .jump(let target):
                pc = target
            case .guardWords(let index):
                let id = position < limit ? Int(ids[position]) : -1
                if id >= 0, guardMasks[Int(index) &* 4 &+ (id >> 6) & 3] & (1 << UInt64(id & 63)) != 0 {
                    pc += 1
                } else {
                    advanced = false
                }
            case .sentenceStart:
                if position >= sentence.lowerBound, position <= contentStart {
                    pc += 1
                } else {
                    advanced = false
                }
            case .clauseEnd:
                if position >= limit || !isWord[position] {
                    pc += 1
                } else {
                    advanced = false
                }
            case .match:
                if position > start { return position }
                advanced = false
            }
            if !advanced {
                guard depth > 0 else { return nil }
                depth -= 1
                let resume = stack[depth]
                pc = resume.pc
                position = resume.position
            }
        }
    }
}
