import Foundation
import AdvocacyCore

/// The dates feeds write: RFC 3339 in Atom and RSS 1.0 (`2026-12-01T08:00:00+01:00`), RFC 822 in
/// RSS 2.0 (`Tue, 01 Dec 2026 08:00:00 +0100`, with a numeric zone or a named one such as `GMT`,
/// `EST` or `CET`). A date that cannot be read is nil: the entry is then dated as `new` dates a draft.
package enum FeedDate {
    /// `2026-12-01T08:00:00Z`, with fractions of a second and `+hh:mm` zones; a day alone is midnight UTC.
    package static func rfc3339(_ text: String) -> Date? {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ at: Int, _ digits: Int) -> Int? {
            guard at + digits <= s.count else { return nil }
            var value = 0
            for byte in s[at..<at + digits] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), s.count >= 10, s[4] == UInt8(ascii: "-"), let month = number(5, 2),
              s[7] == UInt8(ascii: "-"), let day = number(8, 2) else { return nil }
        if s.count == 10 { return instant(year, month, day, 0, 0, 0, offset: 0) }
        guard s.count >= 16, s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: "t") || s[10] == UInt8(ascii: " "),
              let hour = number(11, 2), s[13] == UInt8(ascii: ":"), let minute = number(14, 2) else { return nil }
        var index = 16, second = 0
        if index < s.count, s[index] == UInt8(ascii: ":") {
            guard let value = number(17, 2) else { return nil }
            second = value
            index = 19
            if index < s.count, s[index] == UInt8(ascii: ".") {
                index += 1
                while index < s.count, s[index] >= 48 && s[index] <= 57 { index += 1 }
            }
        }
        guard index < s.count else { return nil }
        let offset: Int
        switch s[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == s.count else { return nil }
            offset = 0
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == s.count, let h = number(index + 1, 2), s[index + 3] == UInt8(ascii: ":"),
                  let m = number(index + 4, 2) else { return nil }
            offset = (s[index] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
        default: return nil
        }
        return instant(year, month, day, hour, minute, second, offset: offset)
    }

    /// `Tue, 01 Dec 2026 08:00:00 +0100`: the weekday and the seconds may be left out, the year
    /// written with two digits, the zone a number or a name.
    package static func rfc822(_ text: String) -> Date? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if let first = words.first, first.hasSuffix(",") || first.count == 3 && Int(first) == nil && months[first.lowercased()] == nil {
            words.removeFirst()
        }
        // `01 Dec 2026 08:00:00 +0100`; `01-Dec-2026` is seen too.
        if words.count == 3, words[0].contains("-") { words = words[0].split(separator: "-").map(String.init) + words.dropFirst() }
        guard words.count == 5, let day = Int(words[0]), let month = months[String(words[1].prefix(3)).lowercased()],
              var year = Int(words[2]) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let time = words[3].split(separator: ":").map { Int($0) }
        guard time.count == 2 || time.count == 3, let hour = time[0], let minute = time[1] else { return nil }
        let second = time.count == 3 ? time[2] ?? -1 : 0
        guard second >= 0, let offset = zone(words[4]) else { return nil }
        return instant(year, month, day, hour, minute, second, offset: offset)
    }

    private static let months = ["jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
                                 "sep": 9, "oct": 10, "nov": 11, "dec": 12]

    /// RFC 822's zone names (and the European ones feeds write), as seconds east of UTC.
    private static let zones = ["UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
                                "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "WET": 0, "WEST": 1, "BST": 1,
                                "CET": 1, "CEST": 2, "EET": 2, "EEST": 3]

    private static func zone(_ text: String) -> Int? {
        if let hours = zones[text.uppercased()] { return hours * 3600 }
        let digits = text.dropFirst()
        guard text.count == 5, let sign = text.first, sign == "+" || sign == "-", digits.allSatisfy(\.isASCII),
              let h = Int(digits.prefix(2)), let m = Int(digits.suffix(2)) else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    /// The instant of a civil date and time at `offset` seconds east of UTC; nil when out of range.
    private static func instant(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int,
                                offset: Int) -> Date? {
        guard (1970...9999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = HubClock.days(year: year, month: month, day: day)
        guard HubClock.civil(days) == (year, month, day) else { return nil }
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
