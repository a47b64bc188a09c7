import Foundation

/// How `advocacy check` and `advocacy build` print their findings.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: error: message` lines and a count line.
    case text
    /// An array of `{file, line, column, severity, message}`.
    case json
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`.
    case github
    /// A GitLab Code Quality report, which a merge request shows beside the lines it names: an array of
    /// `{description, check_name, fingerprint, severity, location: {path, lines: {begin}}}`.
    case gitlab

    /// Formats sorted diagnostics with messages in `language`; json and github keep `error` and
    /// `warning` as the machine-readable severity.
    public func format(_ diagnostics: [Diagnostic], in language: HubLanguage) -> String {
        switch self {
        case .text:
            var lines = diagnostics.map { $0.line(in: language) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.count - errors
            lines.append(Message(.countLine(errors: errors, warnings: warnings)).text(in: language))
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
        case .gitlab:
            var seen: [String: Int] = [:]
            let items = diagnostics.map { d in
                let text = d.message.text(in: language)
                // GitLab tells new findings from fixed ones by fingerprint, so it leaves out the line, which
                // moves with every edit above it, and counts a repeated finding in the same file instead.
                let key = [d.location.file, d.message.id.name, text].joined(separator: "\u{0}")
                let repeated = seen[key, default: 0]
                seen[key] = repeated + 1
                let fingerprint = ContentHash(Array((key + "\u{0}\(repeated)").utf8)).description
                return "  {\"description\": \(JSON.string(text)), \"check_name\": \(JSON.string(d.message.id.name)), "
                    + "\"fingerprint\": \"\(fingerprint)\", \"severity\": \"\(d.severity == .error ? "critical" : "minor")\", "
                    + "\"location\": {\"path\": \(JSON.string(d.location.file)), \"lines\": {\"begin\": \(d.location.line)}}}"
            }
            return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
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
