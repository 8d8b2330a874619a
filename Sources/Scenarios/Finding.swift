/// How serious a finding is.
public enum Severity: String, Codable, Sendable, Comparable {
    case note, warning, error
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.note, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// A problem found in a scenario file: the library's side of a diagnostic.
/// The command line turns findings into `file:line:col: error[RH006]: …`.
public struct Finding: Hashable, Codable, Sendable {
    public let code: DiagnosticCode
    public let severity: Severity
    public let message: String
    public let location: SourceLocation

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil) {
        self.code = code
        self.severity = severity ?? code.severity
        self.message = message
        self.location = location
    }
}
