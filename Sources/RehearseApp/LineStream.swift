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

/// An input file (or standard input) read with `read(2)`: no `FileHandle`,
/// no `Data`, no copies besides the kernel's.
final class InputFile: @unchecked Sendable {
    // @unchecked: only the thread that owns the reader uses it.
    let descriptor: Int32
    private let owned: Bool

    /// `-` is standard input. Throws for a missing or unreadable file and
    /// for a directory.
    init(path: String) throws {
        if path == "-" {
            descriptor = 0
            owned = false
        } else {
            let opened = open(path, O_RDONLY | O_CLOEXEC)
            guard opened >= 0 else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            var info = stat()
            if fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(opened)
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            descriptor = opened
            owned = true
        }
    }

    deinit {
        if owned { close(descriptor) }
    }

    /// The file's size when it is a regular file (not a pipe or terminal).
    var regularFileSize: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads up to `count` bytes into `buffer`; 0 at the end of the input.
    /// A read error ends the input as the end of the file would.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        while true {
            let got = Foundation.read(descriptor, buffer, count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            return 0
        }
    }
}

/// A run of whole input lines, read into memory the batch owns, with each
/// line's end; and, once analysed, the bytes to write for them. Reused
/// from batch to batch, so reading allocates nothing once warm.
final class LineBatch: @unchecked Sendable {
    // @unchecked: a batch is handed between the reader and one worker at a
    // time through semaphores (see `AnalyzeCommand.runPipeline`), which
    // order every access.
    var input: ByteBuffer
    /// The end (exclusive, before any `\r\n`/`\n`) of each line in `input`.
    var lineEnds: [Int] = []
    /// Where each line starts in `input`.
    var lineStarts: [Int] = []
    /// The number of the first line in the input (1-based).
    var firstLine = 1
    /// Set on the batch that tells a worker there is no more input.
    var isEnd = false
    var output: ByteBuffer
    var malformed = 0

    init(capacity: Int) {
        input = ByteBuffer(capacity: capacity)
        output = ByteBuffer(capacity: capacity * 2)
    }

    deinit {
        input.free()
        output.free()
    }

    var lineCount: Int { lineEnds.count }

    /// Line `index` without its newline and without a trailing `\r`.
    @inline(__always)
    func line(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: input.base + lineStarts[index], count: lineEnds[index] - lineStarts[index])
    }
}

/// Cuts an input into `LineBatch`es of whole lines, the same lines as
/// `LineStream` (split at `\n`, one trailing `\r` dropped, a last line
/// without a newline kept, nothing after a final newline).
struct BatchReader {
    let file: InputFile
    /// Bytes to read per batch; a batch grows beyond it only for a line longer than that.
    let batchBytes: Int
    /// The start of a line cut off by the end of the previous batch.
    private var carry: ByteBuffer
    private var finished = false
    private var nextLine = 1
    /// With `shares` workers and a regular file: the bytes not read yet.
    /// The last batches shrink towards the end of the file (down to 4 KB,
    /// each at most 1/(2 × shares) of what is left), so that the workers
    /// finish together instead of one analysing a whole last batch alone.
    private var unread: Int?
    private let shares: Int

    init(file: InputFile, batchBytes: Int, shares: Int = 1) {
        self.file = file
        self.batchBytes = batchBytes
        self.shares = shares
        carry = ByteBuffer(capacity: 256)
        if shares > 1 { unread = file.regularFileSize }
    }

    /// Frees the carry buffer; the reader must not be used afterwards.
    func free() { carry.free() }

    /// Fills `batch` with the next lines; false (and an empty batch) at the end.
    mutating func fill(_ batch: LineBatch) -> Bool {
        var input = batch.input
        input.reset()
        input.append(carry.bytes)
        carry.reset()
        // The line arrays as locals (swapped out and back), so appending
        // to them needs no exclusivity checks on the batch's properties.
        var starts: [Int] = []
        var ends: [Int] = []
        swap(&starts, &batch.lineStarts)
        swap(&ends, &batch.lineEnds)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        batch.firstLine = nextLine
        batch.isEnd = false
        batch.malformed = 0
        // Read until the batch is full or the input ends.
        var size = batchBytes
        if let unread { size = min(batchBytes, max(4 << 10, unread / (2 * shares))) }
        var target = max(size, input.count + 1)
        while !finished {
            if input.count == target {
                // Full: done if it holds a newline, else a long line: grow.
                if memchr(input.base, 0x0A, input.count) != nil { break }
                target *= 2
            }
            input.reserve(target - input.count)
            let got = file.read(into: input.base + input.count, count: target - input.count)
            if got == 0 {
                finished = true
            } else {
                input.advance(by: got)
                if let left = unread { unread = max(0, left - got) }
            }
        }
        // Lines, up to the last newline; the rest waits for the next batch
        // (or, at the end of the input, is the last line).
        let base = input.base
        var start = 0
        while start < input.count {
            guard let found = memchr(base + start, 0x0A, input.count - start) else { break }
            let newline = UnsafeMutablePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            starts.append(start)
            ends.append(newline > start && base[newline - 1] == 0x0D ? newline - 1 : newline)
            start = newline + 1
        }
        if start < input.count {
            if finished {
                let end = input.count
                starts.append(start)
                ends.append(base[end - 1] == 0x0D ? end - 1 : end)
            } else {
                carry.append(UnsafeBufferPointer(start: base + start, count: input.count - start))
            }
        }
        batch.input = input
        swap(&starts, &batch.lineStarts)
        swap(&ends, &batch.lineEnds)
        nextLine += batch.lineCount
        return batch.lineCount > 0
    }
}
