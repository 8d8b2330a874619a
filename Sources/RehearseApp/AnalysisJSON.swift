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
}
