import Foundation
import LineEditor

/// ANSI styling, on only for a terminal and never with `NO_COLOR`.
struct Style: Sendable {
    let enabled: Bool

    static let plain = Style(enabled: false)

    /// Colour when stdout is a terminal and `NO_COLOR` is unset or empty (no-color.org).
    static func forStandardOutput() -> Style {
        choose(isTerminal: Terminal.stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
    }

    static func choose(isTerminal: Bool, environment: [String: String]) -> Style {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Style(enabled: isTerminal && !noColor)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }
}

/// Where the REPL writes: standard output, or a buffer in tests.
protocol Output: AnyObject {
    func write(_ text: String)
    /// Sends buffered text on (standard output to a pipe is block-buffered).
    func flush()
}

extension Output {
    func line(_ text: String = "") { write(text + "\n") }
    func flush() {}
}

/// Standard output through Swift's `print`, which shares C's stdout buffer
/// with readline, so prompts and lines come out in order.
final class StandardOutput: Output {
    func write(_ text: String) {
        print(text, terminator: "")
    }

    /// Writes bytes straight to file descriptor 1 (after flushing anything
    /// `print` buffered), retrying short writes.
    func write(bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    func flush() {
        // fflush(nil) flushes every output stream; naming `stdout` is not concurrency-safe in Swift 6.
        fflush(nil)
    }
}
