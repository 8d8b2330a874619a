/// Runs `RuleProgram` patterns over one parsed reply.
///
/// Everything a step needs is precomputed per reply into flat arrays: token
/// ids, which word-class phrase starts at each token, sentence bounds. The
/// patterns have no loops and their gaps are bounded, so each attempt costs a
/// constant and a whole reply is linear in its length.
struct RuleMachine {
    let program: RuleProgram
    /// Vocabulary id per token (-1: a word no rule mentions).
    let ids: [Int32]
    let isWord: [Bool]
    /// `classLengths[classIndex * tokenCount + position]`: phrase length or 0.
    private let classLengths: [UInt8]
    /// `suffixMatches[suffixIndex * tokenCount + position]`.
    private let suffixMatches: [Bool]
    private let tokenCount: Int
    private let stack: BacktrackStack

    init(program: RuleProgram, parsed: ParsedText) {
        self.program = program
        let tokens = parsed.tokens
        tokenCount = tokens.count
        let table = program.vocabularyTable
        ids = tokens.map { token in table.entry(token.norm).map { Int32($0) } ?? -1 }
        isWord = tokens.map(\.isWord)
        var classLengths = [UInt8](repeating: 0, count: program.classes.count * tokens.count)
        for sentence in parsed.sentences {
            for position in sentence.tokens where ids[position] >= 0 {
                // Only the classes with a phrase starting with this word can
                // match here; every other class's length stays 0.
                for (index, tails) in program.classesByFirstWord[Int(ids[position])] {
                    let length = CompiledWordClass.matchLength(
                        of: tails, at: position, ids: ids, limit: sentence.tokens.upperBound)
                    classLengths[index * tokens.count + position] = UInt8(length)
                }
            }
        }
        self.classLengths = classLengths
        var suffixMatches = [Bool](repeating: false, count: program.suffixes.count * tokens.count)
        for (index, suffix) in program.suffixes.enumerated() {
            let suffixBytes = Array(suffix.utf8)
            for position in tokens.indices
            // Bytes first: for an ASCII suffix, ending in its bytes is
            // necessary for `hasSuffix`, and cheap; `count` walks the word.
            where tokens[position].isWord && Self.endsWith(tokens[position].norm, suffixBytes)
                && tokens[position].norm.hasSuffix(suffix) && tokens[position].norm.count > suffix.count + 2 {
                suffixMatches[index * tokens.count + position] = true
            }
        }
        self.suffixMatches = suffixMatches
        stack = BacktrackStack(capacity: program.maxBacktrack)
    }

    /// Whether `word`'s UTF-8 ends with `suffix` (non-ASCII suffixes: always true, so `hasSuffix` decides).
    private static func endsWith(_ word: String, _ suffix: [UInt8]) -> Bool {
        guard suffix.allSatisfy({ $0 < 0x80 }) else { return true }
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

    /// The end (exclusive) of the first match of pattern `entry` starting at
    /// `start` within its sentence, or nil.
    func match(entry: Int, at start: Int, sentence: Range<Int>, contentStart: Int) -> Int? {
        // Raw buffers: the loop below runs millions of times per corpus, and
        // every index it reads is inside its array by construction.
        program.instructions.withUnsafeBufferPointer { instructions in
            ids.withUnsafeBufferPointer { ids in
                isWord.withUnsafeBufferPointer { isWord in
                    classLengths.withUnsafeBufferPointer { classLengths in
                        suffixMatches.withUnsafeBufferPointer { suffixMatches in
                            run(
                                entry: entry, at: start, sentence: sentence, contentStart: contentStart,
                                instructions: instructions, ids: ids, isWord: isWord,
                                classLengths: classLengths, suffixMatches: suffixMatches)
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private func run(
        entry: Int, at start: Int, sentence: Range<Int>, contentStart: Int,
        instructions: UnsafeBufferPointer<RuleProgram.Instruction>, ids: UnsafeBufferPointer<Int32>,
        isWord: UnsafeBufferPointer<Bool>, classLengths: UnsafeBufferPointer<UInt8>, suffixMatches: UnsafeBufferPointer<Bool>
    ) -> Int? {
        let limit = sentence.upperBound
        var pc = program.entryPoints[entry]
        var position = start
        // A raw buffer sized for the deepest pattern: pushing and popping
        // millions of times per corpus with no uniqueness checks or growth.
        let stack = self.stack.entries
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
                let length = position < limit ? Int(classLengths[index * tokenCount + position]) : 0
                if length > 0 {
                    position += length
                    pc += 1
                } else {
                    advanced = false
                }
            case .suffix(let index):
                if position < limit, suffixMatches[index * tokenCount + position] {
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
            case .jump(let target):
                pc = target
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

/// The machine's backtracking entries: resume at `pc` with `position`.
/// Only one attempt uses it at a time (a machine belongs to one reply).
private final class BacktrackStack {
    let entries: UnsafeMutablePointer<(pc: Int, position: Int)>

    init(capacity: Int) {
        entries = .allocate(capacity: max(capacity, 1))
    }

    deinit { entries.deallocate() }
}
