/// A 1-based line and column in a scenario file (columns count Unicode scalars).
public struct SourceLocation: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static let start = SourceLocation(line: 1, column: 1)
    public var description: String { "\(line):\(column)" }
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
    /// The same line, `count` scalars further right.
    public func advanced(by count: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + count)
    }
}
