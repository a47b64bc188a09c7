import Foundation
import Yams
import AdvocacyCore
import AdvocacyLoad

/// The site's own words (navigation, headings, button labels) in one language, from
/// `site-templates/strings/<language>.yml`, and dates written in that language.
public struct SiteStrings: Sendable, Hashable {
    /// Every word by key.
    public let words: [String: String]
    /// Month names, January first.
    package let months: [String]
    /// Weekday names, Sunday first.
    package let weekdays: [String]
    /// The `date-format` and `datetime-format` patterns, cut once at their placeholders.
    private let dayPattern: PlaceholderPattern, dateTimePattern: PlaceholderPattern

    /// The placeholders of the date patterns, numbered as the patterns number them.
    private enum DatePart: Int, CaseIterable {
        case weekday, day, month, year, time

        static let names = allCases.map { "\($0)" }
    }

    package init(words: [String: String], months: [String], weekdays: [String]) {
        self.words = words
        self.months = months
        self.weekdays = weekdays
        dayPattern = PlaceholderPattern(words["date-format"] ?? "date-format", names: DatePart.names)
        dateTimePattern = PlaceholderPattern(words["datetime-format"] ?? "datetime-format", names: DatePart.names)
    }

    package static func load(_ folder: ContentFolder, language: HubLanguage, diagnostics: inout Diagnostics) -> SiteStrings {
        let path = "strings/\(language.rawValue).yml"
        var words: [String: String] = [:], months: [String] = [], weekdays: [String] = []
        guard let text = try? SourceText.read(folder.absolute(path)) else {
            diagnostics.error(.themeHasNoWords(language: language.rawValue), at: SourceLocation(file: folder.display(path)))
            return SiteStrings(words: [:], months: [], weekdays: [])
        }
        var fields = YAMLFields.parse(text, file: folder.display(path), firstLine: 1, what: Message(.wholeFile))
        for entry in fields.entries {
            if let scalar = entry.value.scalar {
                words[entry.key] = scalar.string
            } else if entry.key == "months" {
                months = fields.stringList("months").map(\.value)
            } else if entry.key == "weekdays" {
                weekdays = fields.stringList("weekdays").map(\.value)
            }
        }
        if months.count != 12 { fields.diagnostics.error(.monthNamesCount, at: fields.location) }
        if weekdays.count != 7 { fields.diagnostics.error(.weekdayNamesCount, at: fields.location) }
        diagnostics.append(contentsOf: fields.diagnostics)
        return SiteStrings(words: words, months: months, weekdays: weekdays)
    }

    /// A word by key; the key itself if missing, so a gap shows instead of vanishing.
    public subscript(_ key: String) -> String { words[key] ?? key }

    /// The words of `key` for `count` things, `{count}` filled in: the theme's `<key>-one` for one
    /// thing when it has it ("1 more item"), else `<key>` ("2 more items").
    public func counted(_ key: String, _ count: Int) -> String {
        let form = count == 1 ? words[key + "-one"] ?? self[key] : self[key]
        return Placeholders.fill(form) { $0 == "count" ? "\(count)" : nil }
    }

    /// A day such as `tirsdag 1. december 2026`, by the `date-format` pattern.
    package func day(_ date: Date, clock: HubClock) -> String {
        format(dayPattern, date, clock: clock)
    }

    /// A day and time such as `1. december 2026 kl. 08:00`, by the `datetime-format` pattern.
    package func dateTime(_ date: Date, clock: HubClock) -> String {
        format(dateTimePattern, date, clock: clock)
    }

    /// Fills a date pattern by arithmetic on the local time, not through Foundation's calendar.
    private func format(_ pattern: PlaceholderPattern, _ date: Date, clock: HubClock) -> String {
        let (days, seconds) = clock.localTime(date)
        let (year, month, day) = HubClock.civil(days)
        return pattern.filled { name in
            switch DatePart(rawValue: name) {
            case .weekday:
                let index = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday; Sunday first
                return weekdays.indices.contains(index) ? weekdays[index] : ""
            case .day: return "\(day)"
            case .month: return months.indices.contains(month - 1) ? months[month - 1] : "\(month)"
            case .year: return "\(year)"
            case .time, nil: return "\(DateDisplay.two(seconds / 3600)):\(DateDisplay.two(seconds % 3600 / 60))"
            }
        }
    }
}
