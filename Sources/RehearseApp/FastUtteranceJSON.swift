/// A fast reader for the common shape of an `analyze --jsonl` line: one
/// object whose keys are only "text" and "previous", with plain string
/// values (or null for "previous"). Anything else (other keys, `\u`
/// escapes, raw control characters, surrounding junk) returns nil, and the
/// caller falls back to `UtteranceJSON.parse`, so answers and error
/// messages are exactly those of Foundation's parser.
enum FastUtteranceJSON {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Utterance? {
        guard bytes.count >= 2, let base = bytes.baseAddress else { return nil }
        if let quick = quick(base, bytes.count) { return quick }
        var reader = Reader(base: base, count: bytes.count)
        return reader.utterance()
    }

    /// The layout `json.dumps` and most writers use, `{"text": "…"}` or
    /// `{"text": "…", "previous": "…"|null}` (with or without the spaces),
    /// values without escapes, read with a few word compares; nil for
    /// anything else, which `Reader` then reads (and may still accept).
    /// Whatever this accepts, `Reader` would read the same way.
    @inline(__always)
    private static func quick(_ base: UnsafePointer<UInt8>, _ count: Int) -> Utterance? {
        let raw = UnsafeRawPointer(base)
        // `{"text":`, little-endian.
        guard count >= 12, raw.loadUnaligned(as: UInt64.self) == 0x3A22_7478_6574_227B else { return nil }
        var position = 8
        if base[position] == UInt8(ascii: " ") { position += 1 }
        guard base[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        let line = UnsafeBufferPointer(start: base, count: count)
        let textStart = position
        position = JSONBytes.firstSpecial(line, from: position)
        guard position < count, base[position] == UInt8(ascii: "\"") else { return nil }
        let textEnd = position
        position += 1
        guard position < count else { return nil }
        var previous: String?
        if base[position] == UInt8(ascii: ",") {
            position += 1
            if position < count, base[position] == UInt8(ascii: " ") { position += 1 }
            // `"previous":`: eight bytes `"previou`, then `s":`.
            guard position + 12 <= count, raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) == 0x756F_6976_6572_7022,
                base[position + 8] == UInt8(ascii: "s"), base[position + 9] == UInt8(ascii: "\""),
                base[position + 10] == UInt8(ascii: ":")
            else { return nil }
            position += 11
            if base[position] == UInt8(ascii: " ") { position += 1 }
            guard position < count else { return nil }
            if base[position] == UInt8(ascii: "\"") {
                position += 1
                let start = position
                position = JSONBytes.firstSpecial(line, from: position)
                guard position < count, base[position] == UInt8(ascii: "\"") else { return nil }
                previous = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
                position += 1
            } else if position + 4 <= count, base[position] == UInt8(ascii: "n"), base[position + 1] == UInt8(ascii: "u"),
                base[position + 2] == UInt8(ascii: "l"), base[position + 3] == UInt8(ascii: "l")
            {
                position += 4
            } else {
                return nil
            }
        }
        guard position + 1 == count, base[position] == UInt8(ascii: "}") else { return nil }
        let text = textEnd == textStart ? "" : String(decoding: UnsafeBufferPointer(start: base + textStart, count: textEnd - textStart), as: UTF8.self)
        return Utterance(text: text, previous: previous)
    }

    /// Reads through a pointer with explicit bounds checks on every access
    /// (`position < count`), so no byte outside the line is ever read.
    private struct Reader {
        let base: UnsafePointer<UInt8>
        let count: Int
        var position = 0

        @inline(__always)
        mutating func skipSpaces() {
            while position < count {
                let byte = base[position]
                guard byte == 0x20 || byte == 0x09 else { return }
                position += 1
            }
        }

        @inline(__always)
        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpaces()
            guard position < count, base[position] == byte else { return false }
            position += 1
            return true
        }

        /// Whether the `length` bytes at `start` spell `word`.
        @inline(__always)
        func spells(_ start: Int, _ length: Int, _ word: StaticString) -> Bool {
            guard length == word.utf8CodeUnitCount else { return false }
            let letters = word.utf8Start
            for index in 0..<length where base[start + index] != letters[index] { return false }
            return true
        }

        mutating func utterance() -> Utterance? {
            guard base[0] == UInt8(ascii: "{") else { return nil }
            position = 1
            var text: String?
            var previous: String?
            var sawPrevious = false
            skipSpaces()
            if position < count, base[position] == UInt8(ascii: "}") { return nil }
            while true {
                guard expect(UInt8(ascii: "\"")) else { return nil }
                // Keys: "text" or "previous", no escapes.
                let keyStart = position
                while position < count, base[position] != UInt8(ascii: "\"") {
                    if base[position] == UInt8(ascii: "\\") { return nil }
                    position += 1
                }
                guard position < count else { return nil }
                let keyLength = position - keyStart
                position += 1
                guard expect(UInt8(ascii: ":")) else { return nil }
                skipSpaces()
                if spells(keyStart, keyLength, "text") {
                    guard text == nil, let value = string() else { return nil }
                    text = value
                } else if spells(keyStart, keyLength, "previous") {
                    guard !sawPrevious else { return nil }
                    sawPrevious = true
                    if position + 4 <= count, base[position] == UInt8(ascii: "n"),
                        base[position + 1] == UInt8(ascii: "u"), base[position + 2] == UInt8(ascii: "l"),
                        base[position + 3] == UInt8(ascii: "l")
                    {
                        position += 4
                    } else {
                        guard let value = string() else { return nil }
                        previous = value
                    }
                } else {
                    return nil
                }
                skipSpaces()
                guard position < count else { return nil }
                if base[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard base[position] == UInt8(ascii: "}") else { return nil }
                position += 1
                break
            }
            // Nothing may follow but the line's end.
            guard position == count, let text else { return nil }
            return Utterance(text: text, previous: previous)
        }

        /// A string value starting at a quote, with simple escapes only.
        mutating func string() -> String? {
            guard position < count, base[position] == UInt8(ascii: "\"") else { return nil }
            position += 1
            let start = position
            let line = UnsafeBufferPointer(start: base, count: count)
            // Up to the first quote, backslash or control byte, eight bytes at a time.
            position = JSONBytes.firstSpecial(line, from: position)
            guard position < count else { return nil }
            if base[position] == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(start: base + start, count: position - start)
                position += 1
                return raw.isEmpty ? "" : String(decoding: raw, as: UTF8.self)
            }
            var escaped = false
            while position < count {
                let byte = base[position]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    position += 2
                    continue
                }
                position += 1
            }
            guard position < count else { return nil }
            let end = position
            position += 1
            let raw = UnsafeBufferPointer(start: base + start, count: end - start)
            if !escaped { return String(decoding: raw, as: UTF8.self) }
            var unescaped: [UInt8] = []
            unescaped.reserveCapacity(raw.count)
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                guard byte == UInt8(ascii: "\\") else {
                    unescaped.append(byte)
                    index += 1
                    continue
                }
                guard index + 1 < raw.count else { return nil }
                switch raw[index + 1] {
                case UInt8(ascii: "\""): unescaped.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): unescaped.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): unescaped.append(UInt8(ascii: "/"))
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                default: return nil  // \u and anything else: Foundation decides
                }
                index += 2
            }
            return String(decoding: unescaped, as: UTF8.self)
        }
    }
}
