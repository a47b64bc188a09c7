/// One finding about the content or templates, pointing at the file, line and column it is about.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable {
        /// The build refuses to write.
        case error
        /// Worth fixing; the build goes on.
        case warning
    }

    /// Where the finding is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong and how to fix it, in any language.
    public var message: Message

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// Compiler style: `path:line:col: error: message`, always one line: control characters and line
    /// separators (from a file name or a quoted value) are written as escapes such as `\n`.
    public func line(in language: HubLanguage) -> String {
        Self.escapingControls("\(location): \(severity.word.text(in: language)): \(message.text(in: language))")
    }

    /// The line in English.
    public var description: String { line(in: .en) }

    private static func escapingControls(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var out = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL and the Unicode line and paragraph separators.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message.text(in: .en) < rhs.message.text(in: .en)
    }
}

extension Diagnostic.Severity {
    /// "error" or "warning" in the reader's language.
    package var word: Message { Message(self == .error ? .severityError : .severityWarning) }
}

/// Collects diagnostics from the stages of a build.
public struct Diagnostics: Sendable {
    /// Everything found so far, in the order found.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty collection.
    public init() {}

    /// Records an error.
    public mutating func error(_ message: Message, at location: SourceLocation) {
        all.append(Diagnostic(.error, message, at: location))
    }

    /// Records an error with the catalogue's message `id`.
    public mutating func error(_ id: MessageID, at location: SourceLocation) {
        error(Message(id), at: location)
    }

    /// Records a warning.
    public mutating func warning(_ message: Message, at location: SourceLocation) {
        all.append(Diagnostic(.warning, message, at: location))
    }

    /// Records a warning with the catalogue's message `id`.
    public mutating func warning(_ id: MessageID, at location: SourceLocation) {
        warning(Message(id), at: location)
    }

    /// Adds the findings of another collection.
    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    /// Whether any error was found.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The findings sorted by file, line and column, then by their English text (`Diagnostic.<`), without
    /// repeats; findings at the same place with the same text (an error and a warning) in the order found.
    /// The files are ranked once, so that findings compare by three numbers, and the texts are made only
    /// for findings at the same place: making one costs more than sorting a thousand findings by place.
    public var sorted: [Diagnostic] {
        let files = Set(all.map(\.location.file)).sorted()
        let rank = Dictionary(uniqueKeysWithValues: zip(files, files.indices))
        let keys = all.map { (rank[$0.location.file]!, $0.location.line, $0.location.column) }
        let order = all.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
        var sorted: [Diagnostic] = []
        sorted.reserveCapacity(all.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && keys[order[end]] == keys[order[start]] { end += 1 }
            if end - start == 1 {
                sorted.append(all[order[start]])
            } else {
                // Repeats are at the same place: kept once, as they have the same text too.
                let texts = Dictionary(uniqueKeysWithValues: order[start..<end].map { ($0, all[$0].message.text(in: .en)) })
                let first = sorted.count
                for index in order[start..<end].sorted(by: { texts[$0]! != texts[$1]! ? texts[$0]! < texts[$1]! : $0 < $1 })
                    where !sorted[first...].contains(all[index]) {
                    sorted.append(all[index])
                }
            }
            start = end
        }
        return sorted
    }
}
