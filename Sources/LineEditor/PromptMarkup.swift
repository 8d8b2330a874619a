/// Marks the escape sequences of a prompt as invisible for readline.
///
/// readline counts every byte of the prompt as a column unless it sits between
/// `\u{01}` and `\u{02}`; unmarked colour codes put the cursor in the wrong
/// column after history navigation or a long line wraps. Callers pass plain
/// ANSI, so the marking happens here. A prompt that already contains `\u{01}`
/// is taken as marked by its author and left alone.
func markInvisibleEscapes(in prompt: String) -> String {
    let escape: Unicode.Scalar = "\u{1B}"
    let scalars = Array(prompt.unicodeScalars)
    if scalars.contains("\u{01}") { return prompt }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
        guard scalars[index] == escape else {
            result.append(scalars[index])
            index += 1
            continue
        }
        let end = endOfEscapeSequence(in: scalars, startingAt: index)
        result.append("\u{01}")
        result.append(contentsOf: scalars[index..<end])
        result.append("\u{02}")
        index = end
    }
    return String(result)
}

/// Returns the index just past the escape sequence that starts at `start`.
///
/// Knows CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`) and two-byte
/// escapes; an unterminated sequence runs to the end of the prompt.
private func endOfEscapeSequence(in scalars: [Unicode.Scalar], startingAt start: Int) -> Int {
    var index = start + 1
    guard index < scalars.count else { return index }
    switch scalars[index] {
    case "[":
        index += 1
        // Parameter and intermediate bytes run until a final byte in 0x40...0x7E.
        while index < scalars.count {
            let value = scalars[index].value
            index += 1
            if (0x40...0x7E).contains(value) { break }
        }
        return index
    case "]":
        index += 1
        while index < scalars.count {
            if scalars[index] == "\u{07}" { return index + 1 }
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" {
                return index + 2
            }
            index += 1
        }
        return index
    default:
        return index + 1
    }
}
