import Foundation

/// Days and times in the words of a message language, as the default theme writes them on the site:
/// `onsdag 16. december 2026 kl. 11:59`, `Wednesday 16 December 2026, 11:59`.
package enum MessageDates {
    /// Weekday names, Sunday first, and month names.
    private static func names(_ language: HubLanguage) -> (weekdays: [String], months: [String]) {
        switch language {
        case .da: (["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
                   ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"])
        case .en: (["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
                   ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
        }
    }

    /// The local fields of an instant.
    private static func fields(_ date: Date, clock: HubClock) -> (weekday: Int, year: Int, month: Int, day: Int, time: String) {
        let (days, seconds) = clock.localTime(date)
        let (year, month, day) = HubClock.civil(days)
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday; Sunday first
        return (weekday, year, month, day, "\(DateDisplay.two(seconds / 3600)):\(DateDisplay.two(seconds % 3600 / 60))")
    }

    /// `onsdag 16. december 2026` / `Wednesday 16 December 2026`.
    package static func day(_ date: Date, clock: HubClock, in language: HubLanguage) -> String {
        let f = fields(date, clock: clock), words = names(language)
        switch language {
        case .da: return "\(words.weekdays[f.weekday]) \(f.day). \(words.months[f.month - 1]) \(f.year)"
        case .en: return "\(words.weekdays[f.weekday]) \(f.day) \(words.months[f.month - 1]) \(f.year)"
        }
    }

    /// A day counted from 1970-01-01 without its year: `30. november` / `30 November`.
    package static func dayAndMonth(_ days: Int, in language: HubLanguage) -> String {
        let (_, month, day) = HubClock.civil(days), months = names(language).months
        switch language {
        case .da: return "\(day). \(months[month - 1])"
        case .en: return "\(day) \(months[month - 1])"
        }
    }

    /// `onsdag 16. december 2026 kl. 11:59` / `Wednesday 16 December 2026, 11:59`.
    package static func dateTime(_ date: Date, clock: HubClock, in language: HubLanguage) -> String {
        let time = fields(date, clock: clock).time
        switch language {
        case .da: return day(date, clock: clock, in: language) + " kl. " + time
        case .en: return day(date, clock: clock, in: language) + ", " + time
        }
    }

    /// A short day for a list, with the time unless `dayOnly`: `man 14. dec 07:30` / `Mon 14 Dec 07:30`.
    package static func short(_ date: Date, dayOnly: Bool, clock: HubClock, in language: HubLanguage) -> String {
        let f = fields(date, clock: clock), words = names(language)
        let weekday = String(words.weekdays[f.weekday].prefix(3)), month = String(words.months[f.month - 1].prefix(3))
        let day = switch language {
        case .da: "\(weekday) \(f.day). \(month)"
        case .en: "\(weekday) \(f.day) \(month)"
        }
        return dayOnly ? day : day + " " + f.time
    }

    /// The days of a week from its Monday: `7.–13. december 2026`, `28. december 2026 – 3. januar 2027`;
    /// `7–13 December 2026`.
    package static func week(from monday: Date, clock: HubClock, in language: HubLanguage) -> String {
        let first = fields(monday, clock: clock), words = names(language)
        let (year, month, day) = HubClock.civil(clock.localDay(monday) + 6)
        let dot = language == .da ? "." : ""
        func name(_ month: Int) -> String { words.months[month - 1] }
        if first.year != year {
            return "\(first.day)\(dot) \(name(first.month)) \(first.year) – \(day)\(dot) \(name(month)) \(year)"
        }
        if first.month != month { return "\(first.day)\(dot) \(name(first.month)) – \(day)\(dot) \(name(month)) \(year)" }
        return "\(first.day)\(dot)–\(day)\(dot) \(name(month)) \(year)"
    }
}
