import Foundation
import AdvocacyCore
import AdvocacyPublish

/// `queue.ics`: one iCalendar event (RFC 5545) per active item, at its `best-time` window on its publish
/// day in the hub's time zone, from the publish instant when that falls inside the window, and on the
/// next day when the window has passed by then, written in UTC; `disciplines/<id>/queue.ics` holds one discipline's.
/// CRLF line ends, lines folded at 75 octets, text escaped; links absolute with hub.yml's `site-url`.
enum CalendarFeed {
    /// Hands `queue.ics` and then each discipline's `disciplines/<id>/queue.ics` to `write`, each as soon
    /// as it is made; every item's event is written once and shared by the calendars that hold it.
    package static func render(_ site: Site, into write: (OutputFile) -> Void) {
        let clock = HubClock(timeZone: site.config.timeZone)
        let host = Slug.make(site.config.title).isEmpty ? "advocacy-hub" : Slug.make(site.config.title)
        // Each active item's event, by its index in `site.activeItems`.
        let events = site.activeItems.indices.map { event(site.activeItems[$0].item, site: site, clock: clock, host: host) }
        /// The calendar of the active items at `items` (indices into `site.activeItems`).
        func calendar(_ name: String, _ items: some Sequence<Int>) -> [UInt8] {
            var bytes: [UInt8] = []
            for line in [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AdvocacyHub//Content queue//\(site.config.language.rawValue.uppercased())",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + text(name),
            ] {
                append(line: line, to: &bytes)
            }
            for item in items { bytes += events[item] }
            append(line: "END:VCALENDAR", to: &bytes)
            return bytes
        }
        write(OutputFile(path: "queue.ics", bytes: calendar(site.config.title, events.indices)))
        for discipline in site.disciplines {
            write(OutputFile(path: site.urls.file(for: site.urls.disciplineCalendar(discipline.id)),
                             bytes: calendar(site.config.title + " – " + discipline.info.title.value, site.active(in: discipline.id))))
        }
    }

    /// One item's VEVENT as UTF-8, its lines folded, each ended by CRLF.
    private static func event(_ item: ShareItem, site: Site, clock: HubClock, host: String) -> [UInt8] {
        let publish = item.publish?.value ?? site.now
        var lines = ["BEGIN:VEVENT", "UID:share-\(item.info.slug.value)@\(host)", "DTSTAMP:" + DateDisplay.icalUTC(publish)]
        var window: (start: Date, end: Date)?
        if let best = item.bestTime {
            var start = clock.sameDay(publish, minutes: best.start)
            var end = clock.sameDay(publish, minutes: best.end)
            if end <= publish {
                start = clock.sameDay(publish.addingTimeInterval(86_400), minutes: best.start)
                end = clock.sameDay(publish.addingTimeInterval(86_400), minutes: best.end)
            }
            // Never before the item is published: an item out at 08:00 with a window from 07:30 starts at 08:00.
            window = (max(start, publish), end)
        }
        // iCalendar writes years in four digits: a window that starts after 9999 in UTC becomes a
        // day's event, and an end after it, or the day after 9999-12-31, is written as a duration.
        if let window, window.start <= DateDisplay.latest {
            lines += ["DTSTART:" + DateDisplay.icalUTC(window.start), window.end <= DateDisplay.latest
                ? "DTEND:" + DateDisplay.icalUTC(window.end) : "DURATION:PT\(Int(window.end.timeIntervalSince(window.start)) / 60)M"]
        } else {
            let day = min(clock.localDay(window?.start ?? publish), HubClock.lastDay)
            lines += ["DTSTART;VALUE=DATE:" + DateDisplay.icalDay(day),
                      day < HubClock.lastDay ? "DTEND;VALUE=DATE:" + DateDisplay.icalDay(day + 1) : "DURATION:P1D"]
        }
        lines.append("SUMMARY:" + text(item.info.title.value))
        let page = site.urls.shareItem(item.info.slug.value)
        let address = site.urls.absolute(page)
        var description = item.info.summary ?? ""
        description += (description.isEmpty ? "" : "\n") + (address ?? page)
        lines.append("DESCRIPTION:" + text(description))
        if let address { lines.append("URL:" + address) }
        if !item.disciplines.isEmpty {
            lines.append("CATEGORIES:" + item.disciplines.map { text($0.value) }.joined(separator: ","))
        }
        lines.append("END:VEVENT")
        var bytes: [UInt8] = []
        for line in lines { append(line: line, to: &bytes) }
        return bytes
    }

    /// Appends a content line, folded (`fold`), and a CRLF.
    private static func append(line: String, to bytes: inout [UInt8]) {
        appendFolded(line, to: &bytes)
        bytes.append(13)
        bytes.append(10)
    }

    /// Escapes TEXT values: backslash, semicolon, comma and line breaks; the characters no calendar
    /// may hold (`UnsafeCharacters`, a carriage return without a line feed among them) become spaces.
    ///
    /// Byte by byte, unless one of those ASCII characters could be part of a larger character (a
    /// combining mark after it, anything but ASCII before it): then character by character.
    package static func text(_ value: String) -> String {
        var copy = value
        let escaped: [UInt8]? = copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 92, 59, 44, 10, 13:
                    if index + 1 < bytes.count && bytes[index + 1] >= 0xCC { return nil }
                    if index > 0 && bytes[index - 1] >= 0x80 {
                        // A scalar from U+0600 up may join what follows it (a prepended mark).
                        var lead = index - 1
                        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                        if bytes[lead] >= 0xD8 { return nil }
                    }
                    if byte == 13 && index + 1 < bytes.count && bytes[index + 1] == 10 {
                        out += [92, 110]
                        index += 2
                        continue
                    }
                    out += byte == 10 ? [92, 110] : byte == 13 ? [32] : [92, byte]
                default:
                    if UnsafeCharacters.startsOne(bytes, at: index) {
                        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                        out.append(32)
                        index += length
                        continue
                    }
                    out.append(byte)
                }
                index += 1
            }
            return out
        }
        if let escaped { return String(decoding: escaped, as: UTF8.self) }
        return textByCharacters(value)
    }

    /// `text`, character by character.
    package static func textByCharacters(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default:
                if c.unicodeScalars.contains(where: UnsafeCharacters.isUnsafe) {
                    out += UnsafeCharacters.replaced(String(c))
                } else {
                    out.append(c)
                }
            }
        }
        return out
    }

    /// Folds a content line into lines of at most 75 octets, never splitting a UTF-8 sequence.
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out: [UInt8] = []
        appendFolded(line, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `fold(line)` as UTF-8.
    private static func appendFolded(_ line: String, to out: inout [UInt8]) {
        var line = line
        line.withUTF8 { bytes in
            guard bytes.count > 75 else { return out.append(contentsOf: bytes) }
            out.reserveCapacity(out.count + bytes.count + bytes.count / 24 + 2)
            var current = 0
            for byte in bytes {
                if byte & 0xC0 != 0x80 {
                    let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    if current + width > 75 {
                        out += [13, 10, 32]
                        current = 1
                    }
                    current += width
                }
                out.append(byte)
            }
        }
    }
}
