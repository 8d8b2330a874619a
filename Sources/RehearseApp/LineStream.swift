import Foundation

/// Reads a file (or standard input) line by line in fixed-size chunks, so
/// memory stays flat however large the input.
final class LineStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; consumed bytes are dropped
    /// only when a new chunk is read, so taking a line costs no copying.
    private var position = 0
    private var finished = false
    private let chunkSize = 1 << 16

    /// `-` is standard input.
    init(path: String) throws {
        if path == "-" {
            handle = .standardInput
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            self.handle = handle
        }
    }

    /// The next line without its newline (and without a trailing `\r`); nil at the end.
    func next() -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = decode(position, newline)
                position = newline + 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = decode(position, buffer.count)
                position = buffer.count
                return line
            }
            buffer.removeSubrange(0..<position)
            position = 0
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    private func decode(_ start: Int, _ end: Int) -> String {
        var end = end
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        return buffer.withUnsafeBufferPointer { String(decoding: $0[start..<end], as: UTF8.self) }
    }

    /// Up to `count` lines.
    func next(_ count: Int) -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(count)
        while lines.count < count, let line = next() { lines.append(line) }
        return lines
    }
}
