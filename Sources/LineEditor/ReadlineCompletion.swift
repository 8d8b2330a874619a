@preconcurrency internal import CReadline
import Glibc
import Synchronization

/// Connects readline's completion callbacks to a Swift completion closure.
///
/// readline's callbacks are C function pointers that cannot capture context,
/// so the closure and the candidates in flight live in global, locked state.
enum ReadlineCompletion {
    /// Given the line up to the cursor and the word being completed, returns candidates.
    typealias Provider = @Sendable (_ line: String, _ word: String) -> [String]

    /// The provider of the editor that is reading (or was made last).
    private static let provider = Mutex<Provider?>(nil)

    /// Candidates not yet handed to readline by the generator.
    private static let pending = Mutex<[String]>([])

    /// Makes `completions` the source of tab completion and hooks it into readline.
    static func install(_ completions: @escaping Provider) {
        provider.withLock { $0 = completions }
        rl_attempted_completion_function = attemptCompletion
    }

    /// Asks the provider for candidates and returns readline's match array.
    ///
    /// The array is what `rl_completion_matches` makes: element 0 is the text
    /// that replaces `word` (the candidates' common prefix), then the
    /// candidates, then NULL; nil when there are none. readline frees it.
    static func matches(word: String, line: String) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        // readline resets this before every attempt; without it an empty
        // answer falls back to completing file names.
        rl_attempted_completion_over = 1
        let complete = provider.withLock { $0 }
        let candidates = complete?(line, word) ?? []
        pending.withLock { $0 = candidates }
        return rl_completion_matches(word, nextCandidate)
    }

    /// Hands readline the next candidate, `strdup`'d because readline frees it.
    fileprivate static func next() -> UnsafeMutablePointer<CChar>? {
        pending.withLock { queue in
            guard !queue.isEmpty else { return nil }
            return strdup(queue.removeFirst())
        }
    }
}

/// readline's `rl_attempted_completion_function`: (word, start, end) → matches.
private let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, end in
    let word = text.map { String(cString: $0) } ?? ""
    var line = ""
    if let buffer = rl_line_buffer, end > 0 {
        line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(end)), as: UTF8.self)
    }
    return ReadlineCompletion.matches(word: word, line: line)
}

/// readline's generator: called with state 0 first, then until it returns NULL.
private let nextCandidate: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
    // The queue was filled just before rl_completion_matches, so state 0 needs no reset.
    ReadlineCompletion.next()
}
