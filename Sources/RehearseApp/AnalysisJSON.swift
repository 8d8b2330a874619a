import Analysis

/// Writes analyses as JSON lines by hand: one object per input line, with
/// the cue names and the evidence beside them. Hand-written because it is
/// the hot path of `analyze` over large corpora.
enum AnalysisJSON {
    static func line(for analysis: ReplyAnalysis) -> String {
        var out = "{\"cues\":["
        for (index, cue) in analysis.cues.enumerated() {
            if index > 0 { out += "," }
            appendString(cue.rawValue, to: &out)
        }
        out += "],\"evidence\":["
        for (index, match) in analysis.matches.enumerated() {
            if index > 0 { out += "," }
            out += "{\"cue\":"
            appendString(match.cue.rawValue, to: &out)
            out += ",\"start\":\(match.evidence.span.start),\"end\":\(match.evidence.span.end),\"text\":"
            appendString(match.evidence.excerpt, to: &out)
            out += ",\"rule\":"
            appendString(match.evidence.rule, to: &out)
            if !match.evidence.sharedWords.isEmpty {
                out += ",\"shared\":["
                for (i, word) in match.evidence.sharedWords.enumerated() {
                    if i > 0 { out += "," }
                    appendString(word, to: &out)
                }
                out += "]"
            }
            out += "}"
        }
        out += "]}"
        return out
    }

    /// Appends `error(line:message:)` as UTF-8 bytes.
    static func appendError(line: Int, message: String, to out: inout [UInt8]) {
        appendASCII("{\"line\":", to: &out)
        appendInt(line, to: &out)
        appendASCII(",\"error\":", to: &out)
        appendString(message, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    static func error(line: Int, message: String) -> String {
        var out = "{\"line\":\(line),\"error\":"
        appendString(message, to: &out)
        out += "}"
        return out
    }

    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escaping: copy it whole (escaping one scalar at
        // a time was a fifth of `analyze --jsonl`'s time).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Appends `line(for: analysis)` as UTF-8 bytes, without building a String.
    static func append(_ analysis: ReplyAnalysis, to out: inout [UInt8]) {
        appendASCII("{\"cues\":[", to: &out)
        for (index, cue) in analysis.cues.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(cue.rawValue, to: &out)
        }
        appendASCII("],\"evidence\":[", to: &out)
        for (index, match) in analysis.matches.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendASCII("{\"cue\":", to: &out)
            appendString(match.cue.rawValue, to: &out)
            appendASCII(",\"start\":", to: &out)
            appendInt(match.evidence.span.start, to: &out)
            appendASCII(",\"end\":", to: &out)
            appendInt(match.evidence.span.end, to: &out)
            appendASCII(",\"text\":", to: &out)
            appendString(match.evidence.excerpt, to: &out)
            appendASCII(",\"rule\":", to: &out)
            appendString(match.evidence.rule, to: &out)
            if !match.evidence.sharedWords.isEmpty {
                appendASCII(",\"shared\":[", to: &out)
                for (i, word) in match.evidence.sharedWords.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    appendString(word, to: &out)
                }
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "}"))
        }
        appendASCII("]}", to: &out)
    }

    @inline(__always)
    private static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func appendInt(_ value: Int, to out: inout [UInt8]) {
        if value < 0 {
            out.append(contentsOf: String(value).utf8)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    /// The same escaping as `appendString(_:to: inout String)`, on bytes:
    /// only ASCII is ever escaped, so multi-byte scalars are copied as they are.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            var copy = text
            copy.withUTF8 { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Bytes that JSON needs escaped: control characters, '"' and '\\'.
    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Most strings need no escaping: find that out, then copy them whole.
        var first = 0
        while first < bytes.count, !needsEscape(bytes[first]) { first += 1 }
        if first == bytes.count {
            out.append(contentsOf: bytes)
            return
        }
        var runStart = 0
        for index in first..<bytes.count {
            let byte = bytes[index]
            guard needsEscape(byte) else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            runStart = index + 1
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                let hex: StaticString = "0123456789abcdef"
                out.append(UInt8(ascii: "u"))
                out.append(UInt8(ascii: "0"))
                out.append(UInt8(ascii: "0"))
                out.append(hex.utf8Start[Int(byte >> 4)])
                out.append(hex.utf8Start[Int(byte & 0xF)])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}
