/// Characters a terminal obeys instead of showing: C0 controls other than
/// tab and newline, DEL, and the C1 controls. A line holding one (`\e[2J`)
/// could clear the screen or retitle the window when the line is printed.
enum ControlCharacter {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        default: false
        }
    }

    /// The first control character and its offset in Unicode scalars.
    static func first(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isControl(scalar) {
            return (offset, scalar)
        }
        return nil
    }

    /// `U+001B (escape)`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x9B: "control sequence introducer"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }
}
