/// A fast reader for the common shape of an `analyze --jsonl` line: one
/// object whose keys are only "text" and "previous", with plain string
/// values (or null for "previous"). Anything else (other keys, `\u`
/// escapes, raw control characters, surrounding junk) returns nil, and the
/// caller falls back to `UtteranceJSON.parse`, so answers and error
/// messages are exactly those of Foundation's parser.
enum FastUtteranceJSON {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Utterance? {
        var reader = Reader(bytes: bytes)
        return reader.utterance()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpaces() {
            while position < bytes.count {
                let byte = bytes[position]
                guard byte == 0x20 || byte == 0x09 else { return }
                position += 1
            }
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpaces()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func utterance() -> Utterance? {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "{") else { return nil }
            position += 1
            var text: String?
            var previous: String?
            var sawPrevious = false
            skipSpaces()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { return nil }
            while true {
                guard expect(UInt8(ascii: "\"")) else { return nil }
                // Keys: "text" or "previous", no escapes.
                let keyStart = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                    if bytes[position] == UInt8(ascii: "\\") { return nil }
                    position += 1
                }
                guard position < bytes.count else { return nil }
                let key = UnsafeBufferPointer(rebasing: bytes[keyStart..<position])
                position += 1
                guard expect(UInt8(ascii: ":")) else { return nil }
                skipSpaces()
                if key.elementsEqual("text".utf8) {
                    guard text == nil, let value = string() else { return nil }
                    text = value
                } else if key.elementsEqual("previous".utf8) {
                    guard !sawPrevious else { return nil }
                    sawPrevious = true
                    if position + 4 <= bytes.count, bytes[position] == UInt8(ascii: "n"),
                        bytes[position + 1] == UInt8(ascii: "u"), bytes[position + 2] == UInt8(ascii: "l"),
                        bytes[position + 3] == UInt8(ascii: "l")
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
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard bytes[position] == UInt8(ascii: "}") else { return nil }
                position += 1
                break
            }
            // Nothing may follow but the line's end.
            guard position == bytes.count, let text else { return nil }
            return Utterance(text: text, previous: previous)
        }

        /// A string value starting at a quote, with simple escapes only.
        mutating func string() -> String? {
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
            position += 1
            let start = position
            var escaped = false
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    position += 2
                    continue
                }
                position += 1
            }
            guard position < bytes.count else { return nil }
            let end = position
            position += 1
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
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
