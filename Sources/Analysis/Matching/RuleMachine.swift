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
    private var stack: [(pc: Int, position: Int)] = []

    init(program: RuleProgram, parsed: ParsedText) {
        self.program = program
        let tokens = parsed.tokens
        tokenCount = tokens.count
        ids = tokens.map { program.vocabulary[$0.norm] ?? -1 }
        isWord = tokens.map(\.isWord)
        var classLengths = [UInt8](repeating: 0, count: program.classes.count * tokens.count)
        for sentence in parsed.sentences {
            for position in sentence.tokens where ids[position] >= 0 {
                for (index, wordClass) in program.classes.enumerated() {
                    let length = wordClass.matchLength(at: position, ids: ids, limit: sentence.tokens.upperBound)
                    classLengths[index * tokens.count + position] = UInt8(length)
                }
            }
        }
        self.classLengths = classLengths
        var suffixMatches = [Bool](repeating: false, count: program.suffixes.count * tokens.count)
        for (index, suffix) in program.suffixes.enumerated() {
            for (position, token) in tokens.enumerated()
            where token.isWord && token.norm.count > suffix.count + 2 && token.norm.hasSuffix(suffix) {
                suffixMatches[index * tokens.count + position] = true
            }
        }
        self.suffixMatches = suffixMatches
        stack.reserveCapacity(32)
    }

    /// The end (exclusive) of the first match of pattern `entry` starting at
    /// `start` within its sentence, or nil.
    mutating func match(entry: Int, at start: Int, sentence: Range<Int>, contentStart: Int) -> Int? {
        let instructions = program.instructions
        let limit = sentence.upperBound
        var pc = program.entryPoints[entry]
        var position = start
        stack.removeAll(keepingCapacity: true)
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
                stack.append((second, position))
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
                guard let resume = stack.popLast() else { return nil }
                pc = resume.pc
                position = resume.position
            }
        }
    }
}
