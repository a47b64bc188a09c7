import AdvocacyCore

/// `advocacy plan` as text for a terminal, in the reader's language: week by week and discipline by
/// discipline, one item a line with the day and time it publishes, titles never cut but wrapped to the
/// terminal's width.
public enum QueuePlanText {
    /// The width when the terminal's is unknown.
    public static let defaultWidth = 100
    /// The narrowest width the plan wraps to, whatever the terminal says.
    static let narrowest = 40

    /// The plan as lines of text in `language`, wrapped to `width` columns.
    public static func render(_ plan: QueuePlan, in language: HubLanguage, width: Int = defaultWidth) -> String {
        let width = max(width, narrowest), clock = plan.clock
        func say(_ id: MessageID) -> String {
            Message(id).text(in: language)
        }
        func mark(_ entry: QueuePlan.Entry) -> String {
            switch entry.mark {
            case .draft: " [" + say(.planDraftMark) + "]"
            case .embargoed: " [" + say(.planEmbargoedMark) + "]"
            case .active, .expired: ""
            }
        }
        func when(_ entry: QueuePlan.Entry) -> String {
            entry.publish.map { MessageDates.short($0, dayOnly: entry.publishIsDay, clock: clock, in: language) } ?? ""
        }
        // Every item line starts its title in the same column.
        let listed = plan.weeks.flatMap { week in week.items.values.flatMap { $0 } }
        let dateWidth = listed.map { when($0).count }.max() ?? 0

        var lines = wrap(say(.planHeading(title: plan.title, weeks: plan.weeks.count,
                                          date: MessageDates.dateTime(plan.now, clock: clock, in: language),
                                          zone: clock.timeZone.identifier)), width: width)
        lines.append("")
        for week in plan.weeks {
            lines += wrap(say(.planWeek(week: week.week.number,
                                        days: MessageDates.week(from: week.starts, clock: clock, in: language))), width: width)
            for discipline in plan.disciplines {
                lines += wrap(discipline.title, width: width, first: "  ", rest: "  ")
                guard !week.isGap(discipline.id) else {
                    lines += wrap(say(.planGap), width: width, first: "    ", rest: "    ")
                    continue
                }
                for entry in week.items[discipline.id] ?? [] {
                    let date = when(entry)
                    let lead = "    " + date + String(repeating: " ", count: dateWidth - date.count) + "  "
                    lines += wrap(entry.title + mark(entry), width: width, first: lead,
                                  rest: String(repeating: " ", count: lead.count))
                }
                // The week's mix, under a discipline with a target only: without one there is nothing to set it against.
                if let target = plan.balance?.target(for: discipline.id), let mix = week.mix(discipline.id).message(target: target.value) {
                    lines += wrap(mix.text(in: language), width: width, first: "    ", rest: "    ")
                }
            }
            lines.append("")
        }
        lines += wrap(say(.planLegend), width: width)
        if plan.balance != nil { lines += wrap(say(.planMixLegend(tolerance: CuratedBalance.tolerance)), width: width) }
        lines.append("")
        if plan.expiring.isEmpty {
            lines.append(say(.planNothingExpiring))
        } else {
            lines.append(say(.planExpiringHeading))
            for entry in plan.expiring {
                lines += wrap(entry.title + mark(entry), width: width, first: "  ", rest: "  ")
                lines += wrap(currentThrough(entry, clock: clock, in: language), width: width, first: "    ", rest: "    ")
            }
        }
        lines.append("")
        lines += wrap(plan.nextChange.map {
            say(.planNextChange(when: MessageDates.dateTime($0, clock: clock, in: language), zone: clock.timeZone.identifier))
        } ?? say(.planNoChange), width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Until when an expiring entry is current: the last minute, as the site says it.
    package static func currentThrough(_ entry: QueuePlan.Entry, clock: HubClock, in language: HubLanguage) -> String {
        let last = entry.expires!.addingTimeInterval(-60)
        let through = entry.expiresIsDay ? MessageDates.day(last, clock: clock, in: language)
            : MessageDates.dateTime(last, clock: clock, in: language)
        return Message(.planCurrentThrough(when: through)).text(in: language)
    }

    /// Words broken into lines of at most `width` characters, the first line led by `first` and the
    /// others by `rest`; a word longer than a line is split, never cut.
    package static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = [], line = first, empty = true
        for word in text.split(separator: " ") {
            var word = Substring(word)
            // A word that does not fit after what the line holds starts the next line.
            if !empty && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                empty = true
            }
            // A word longer than a whole line is split across lines.
            while line.count + (empty ? 0 : 1) + word.count > width {
                let room = max(width - line.count - (empty ? 0 : 1), 1)
                line += (empty ? "" : " ") + word.prefix(room)
                lines.append(line)
                line = rest
                empty = true
                word = word.dropFirst(room)
            }
            if !word.isEmpty {
                line += (empty ? "" : " ") + word
                empty = false
            }
        }
        return lines + [line]
    }
}
