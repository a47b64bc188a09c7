import Foundation

/// A suggested posting window such as `07:30-08:45`, in the hub's time zone.
public struct BestTime: Sendable, Equatable {
    /// Minutes after midnight the window starts.
    public var start: Int
    /// Minutes after midnight the window ends.
    public var end: Int

    /// Parses `HH:MM-HH:MM`; nil if malformed or the window ends before it starts.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            .map(Self.trimmed)
        guard parts.count == 2, let start = Self.minutes(parts[0]), let end = Self.minutes(parts[1]),
              start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// `text` without the spaces and tabs around it, as `trimmingCharacters(in: .whitespaces)` gives
    /// it: in ASCII those are the only white space it trims, and bytes are cheaper to read than
    /// Foundation's character sets; other text is left to Foundation.
    static func trimmed(_ text: Substring) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.trimmingCharacters(in: .whitespaces) }
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    private static func minutes(_ text: String) -> Int? {
        let hm = text.split(separator: ":")
        guard hm.count == 2, hm[0].count <= 2, hm[1].count == 2,
              let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }

    /// `07:30–08:45`.
    public var display: String { "\(Self.clock(start))–\(Self.clock(end))" }

    package static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
