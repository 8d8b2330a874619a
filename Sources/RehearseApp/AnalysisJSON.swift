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
        out += "]"
        if !analysis.overruled.isEmpty {
            out += ",\"overruled\":["
            for (index, item) in analysis.overruled.enumerated() {
                if index > 0 { out += "," }
                out += "{\"cue\":"
                appendString(item.match.cue.rawValue, to: &out)
                out += ",\"start\":\(item.match.evidence.span.start),\"end\":\(item.match.evidence.span.end),\"text\":"
                appendString(item.match.evidence.excerpt, to: &out)
                out += ",\"rule\":"
                appendString(item.match.evidence.rule, to: &out)
                out += ",\"reason\":"
                appendString(item.reason, to: &out)
                out += "}"
            }
            out += "]"
        }
        out += "}"
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

    /// Appends `line(for: analysis)` as UTF-8 bytes, without building a
    /// String: cue names and rule labels come from `scratch` (escaped once
    /// per distinct string, with the keys around them), numbers are written
    /// digit by digit.
    static func append(_ analysis: ReplyAnalysis, to out: inout ByteBuffer, scratch: inout AnswerScratch) {
        analysis.matches.withUnsafeBufferPointer { matches in
            out.appendASCII("{\"cues\":[")
            // `analysis.cues` without its array: each name at its first match.
            var written = 0
            for index in matches.indices {
                var seen = false
                for earlier in 0..<index where matches[earlier].cue == matches[index].cue {
                    seen = true
                    break
                }
                if seen { continue }
                if written > 0 { out.append(UInt8(ascii: ",")) }
                scratch.json.appendJSON(matches[index].cue.rawValue, to: &out)
                written += 1
            }
            out.appendASCII("],\"evidence\":[")
            for index in matches.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                appendEvidence(matches.baseAddress! + index, to: &out, scratch: &scratch)
            }
            out.append(UInt8(ascii: "]"))
        }
        if !analysis.overruled.isEmpty { appendOverruled(analysis.overruled, to: &out) }
        out.append(UInt8(ascii: "}"))
    }

    /// `,"overruled":[…]`: each overruled match as evidence is written, and
    /// the reason (rare: plain appends, no cached pieces).
    private static func appendOverruled(_ overruled: [OverruledMatch], to out: inout ByteBuffer) {
        out.appendASCII(",\"overruled\":[")
        for (index, item) in overruled.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendASCII("{\"cue\":")
            appendString(item.match.cue.rawValue, to: &out)
            out.appendASCII(",\"start\":")
            out.appendInt(item.match.evidence.span.start)
            out.appendASCII(",\"end\":")
            out.appendInt(item.match.evidence.span.end)
            out.appendASCII(",\"text\":")
            appendString(item.match.evidence.excerpt, to: &out)
            out.appendASCII(",\"rule\":")
            appendString(item.match.evidence.rule, to: &out)
            out.appendASCII(",\"reason\":")
            appendString(item.reason, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Appends `error(line:message:)` as UTF-8 bytes.
    static func appendError(line: Int, message: String, to out: inout ByteBuffer) {
        out.appendASCII("{\"line\":")
        out.appendInt(line)
        out.appendASCII(",\"error\":")
        appendString(message, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// One evidence object, read field by field through the pointer (a
    /// copy of the whole match costs more than the fields it needs).
    @inline(__always)
    private static func appendEvidence(_ match: UnsafePointer<CueMatch>, to out: inout ByteBuffer, scratch: inout AnswerScratch) {
        // `{"cue":"NAME","start":` and `,"rule":"RULE"` each in one piece.
        out.append(scratch.evidenceCues.entry(match.pointee.cue.rawValue) { name, arena in
            arena.appendASCII("{\"cue\":")
            appendString(name, to: &arena)
            arena.appendASCII(",\"start\":")
            return 0
        }.bytes)
        out.appendInt(match.pointee.evidence.span.start)
        out.appendASCII(",\"end\":")
        out.appendInt(match.pointee.evidence.span.end)
        out.appendASCII(",\"text\":")
        appendString(match.pointee.evidence.excerpt, to: &out)
        out.append(scratch.evidenceRules.entry(match.pointee.evidence.rule) { rule, arena in
            arena.appendASCII(",\"rule\":")
            appendString(rule, to: &arena)
            return 0
        }.bytes)
        if !match.pointee.evidence.sharedWords.isEmpty {
            out.appendASCII(",\"shared\":[")
            for (i, word) in match.pointee.evidence.sharedWords.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendString(word, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The same escaping as `appendString(_:to: inout String)`, on bytes:
    /// only ASCII is ever escaped, so multi-byte scalars are copied as they are.
    static func appendString(_ text: String, to out: inout ByteBuffer) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted($0, to: &out) }) == nil {
            var copy = text
            copy.withUTF8 { appendQuoted($0, to: &out) }
        }
    }

    /// `bytes` as a JSON string, quotes included.
    @inline(__always)
    static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        let first = JSONBytes.firstSpecial(bytes)
        out.reserve(bytes.count + 2)
        out.appendUnchecked(UInt8(ascii: "\""))
        if first == bytes.count {
            out.appendUnchecked(bytes)
            out.appendUnchecked(UInt8(ascii: "\""))
            return
        }
        appendEscaped(bytes, from: first, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Copies `bytes[..<first]` and escapes the rest, where `first` is the
    /// first byte that needs escaping; the quotes are the caller's.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to out: inout ByteBuffer) {
        var runStart = 0
        for index in first..<bytes.count {
            let byte = bytes[index]
            guard JSONBytes.needsEscape(byte) else { continue }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
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
        out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
}

/// Byte tests shared by the JSON reader and writer.
enum JSONBytes {
    /// Bytes that JSON needs escaped: control characters, '"' and '\\'.
    @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// One bit (0x80) set in each byte of `word` that is a control
    /// character, '"' or '\\' — exact for the lowest such byte; bytes above
    /// it may be flagged falsely (borrows), so only the lowest is used.
    @inline(__always)
    static func specialMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        return (control | isQuote | isBackslash) & high
    }

    /// The index of the first byte in `bytes` that JSON needs escaped (or
    /// that ends a string); `bytes.count` if none. Eight bytes at a time.
    @inline(__always)
    static func firstSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var index = start
        let count = bytes.count
        while index + 8 <= count {
            let mask = specialMask(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            if mask != 0 { return index + mask.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count, !needsEscape(base[index]) { index += 1 }
        return index
    }
}

/// Bytes made once per distinct string and kept: a cue name or rule label
/// as an escaped JSON string, or as a piece of the table. A reply's names
/// and rules are copies of a few hundred strings in the analyzer's tables,
/// so they are looked up by identity: a String's two words (its storage
/// object, or a small string's bytes) are the key. Equal words mean the
/// same string; the entry keeps the String alive, so its storage cannot be
/// reused by a different string while the key is in the table. A string
/// met for the first time (or evicted from its slot) is made again and
/// stored; the arena is cleared when it grows too large, so memory stays
/// bounded whatever strings come. One per worker thread.
struct StringBytes {
    private struct Entry {
        var key: (UInt64, UInt64) = (0, 0)
        var string: String? = nil
        var offset = 0
        var count = 0
        var extra = 0
    }
    private static let slotBits = 10
    private static let slots = 1 << slotBits
    private var entries = [Entry](repeating: Entry(), count: StringBytes.slots)
    private var arena = ByteBuffer(capacity: 16 << 10)
    private static let arenaLimit = 256 << 10

    init() {}

    /// Frees the arena; the value must not be used afterwards.
    func free() { arena.free() }

    /// The bytes `make` writes for `string` (and the number it returns),
    /// made on the first call for this string. The bytes are valid until
    /// the next call.
    @inline(__always)
    mutating func entry(_ string: String, make: (String, inout ByteBuffer) -> Int) -> (bytes: UnsafeBufferPointer<UInt8>, extra: Int) {
        let key = unsafeBitCast(string, to: (UInt64, UInt64).self)
        let hash = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F)
        // The slot from the product's top bits, which depend on every bit of
        // the key. (The low bits depend only on the key's low bits: for a
        // storage address, a few aligned ones, so two cue names could share
        // a slot and evict each other on every reply, by where the heap put
        // them — 150 instructions a reply after an unrelated start-up change.)
        let slot = Int(truncatingIfNeeded: hash >> UInt64(64 - Self.slotBits))
        let arenaBase = arena.base
        let found: (bytes: UnsafeBufferPointer<UInt8>, extra: Int)? = entries.withUnsafeBufferPointer { entries in
            guard entries[slot].key == key, entries[slot].string != nil else { return nil }
            return (UnsafeBufferPointer(start: arenaBase + entries[slot].offset, count: entries[slot].count), entries[slot].extra)
        }
        if let found { return found }
        return insert(string, key: key, slot: slot, make: make)
    }

    @inline(never)
    private mutating func insert(_ string: String, key: (UInt64, UInt64), slot: Int,
                                 make: (String, inout ByteBuffer) -> Int) -> (bytes: UnsafeBufferPointer<UInt8>, extra: Int) {
        if arena.count > Self.arenaLimit {
            arena.reset()
            for index in entries.indices { entries[index] = Entry() }
        }
        let offset = arena.count
        let extra = make(string, &arena)
        let count = arena.count - offset
        entries[slot] = Entry(key: key, string: string, offset: offset, count: count, extra: extra)
        return (UnsafeBufferPointer(start: arena.base + offset, count: count), extra)
    }

    /// `string` as a JSON string, quotes included.
    @inline(__always)
    mutating func appendJSON(_ string: String, to out: inout ByteBuffer) {
        out.append(entry(string) { string, arena in
            AnalysisJSON.appendString(string, to: &arena)
            return 0
        }.bytes)
    }
}

/// A worker's caches for writing answers (see `StringBytes`).
struct AnswerScratch {
    /// Cue names as JSON strings.
    var json = StringBytes()
    /// An evidence object's start up to its span: `{"cue":"NAME","start":`.
    var evidenceCues = StringBytes()
    /// `,"rule":"RULE"`.
    var evidenceRules = StringBytes()
    /// A table row's start: the tone's mark, a space, the cue name; the
    /// extra number is the name's length in characters, negative when the
    /// name is not ASCII.
    var tableCues = StringBytes()
    /// Rules as the table shows them, dimmed.
    var tableRules = StringBytes()

    init() {}

    func free() {
        json.free()
        evidenceCues.free()
        evidenceRules.free()
        tableCues.free()
        tableRules.free()
    }
}

/// A growable byte buffer written through a pointer, for the output of
/// `analyze`: no uniqueness or bounds checks per byte, as `[UInt8]` has.
/// A plain struct over memory it allocated: copies share that memory, and
/// the owner calls `free()` once (a `Batch`, or whoever made it); growing
/// moves the memory, so a copy that grew must be stored back.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    func free() { base.deallocate() }

    mutating func reset() { count = 0 }

    /// Counts `extra` bytes written straight into `base[count...]` (after `reserve`).
    mutating func advance(by extra: Int) { count += extra }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        appendUnchecked(byte)
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        appendUnchecked(bytes)
    }

    /// After `reserve`.
    @inline(__always)
    mutating func appendUnchecked(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// After `reserve`.
    @inline(__always)
    mutating func appendUnchecked(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress, bytes.count > 0 {
            (base + count).update(from: start, count: bytes.count)
            count += bytes.count
        }
    }

    @inline(__always)
    mutating func appendASCII(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// A decimal number, as `String(value)` writes it.
    @inline(__always)
    mutating func appendInt(_ value: Int) {
        reserve(20)
        if value >= 0 && value < 100 {
            // Spans of a reply: mostly one or two digits.
            if value >= 10 {
                base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)
                count += 1
            }
            base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
            count += 1
            return
        }
        appendLongInt(value)
    }

    @inline(never)
    private mutating func appendLongInt(_ value: Int) {
        if value < 0 {
            append(String(value))
            return
        }
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        rest = value
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        } while rest > 0
        count += digits
    }
}
