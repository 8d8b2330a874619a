/// Returns the commands that complete `word`, for tab completion of slash commands.
///
/// Matching is a case-insensitive prefix match. Trailing whitespace in `word`
/// is ignored, because readline appends a space after a unique completion and
/// a line such as "/help " comes back with it. Candidates keep their own
/// spelling and order; an empty word matches every command.
public func completeCommand(_ word: String, among commands: [String]) -> [String] {
    var trimmed = Substring(word)
    while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
    let prefix = trimmed.lowercased()
    return commands.filter { $0.lowercased().hasPrefix(prefix) }
}
