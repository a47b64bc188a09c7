import Foundation

/// How `advocacy check` and `advocacy build` print their findings.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: message` lines and a count line.
    case text
    /// An array of `{file, line, column, severity, message}`.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github

    /// Formats sorted diagnostics with messages in `language`; json and github keep `error` and
    /// `warning` as the machine-readable severity.
    public func format(_ diagnostics: [Diagnostic], in language: HubLanguage) -> String {
        switch self {
        case .text:
            var lines = diagnostics.map { $0.line(in: language) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            lines.append(Message(.countLine, ["errors": .number(errors), "warnings": .number(warnings)]).text(in: language))
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let items = diagnostics.map { d in
                "  {\"file\": \(JSON.string(d.location.file)), \"line\": \(d.location.line), "
                    + "\"column\": \(d.location.column), \"severity\": \"\(d.severity.rawValue)\", "
                    + "\"message\": \(JSON.string(d.message.text(in: language)))}"
            }
            return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
        case .github:
            return diagnostics.map { d in
                "::\(d.severity.rawValue) file=\(Self.property(d.location.file)),line=\(d.location.line),"
                    + "col=\(d.location.column)::\(Self.data(d.message.text(in: language)))\n"
            }.joined()
        }
    }

    private static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
