/// `advocacy plan` as text for a terminal: a table of at most 100 columns in the reader's language.
public enum QueuePlanText {
    /// The widest line.
    static let width = 100
    static let weekWidth = 14

    /// The plan as lines of text in `language`.
    public static func render(_ plan: QueuePlan, in language: HubLanguage) -> String {
        func say(_ id: MessageID, _ arguments: [String: Message.Argument] = [:]) -> String {
            Message(id, arguments).text(in: language)
        }
        let count = max(plan.disciplines.count, 1)
        let cellWidth = max(10, (width - weekWidth - 3 * count) / count)
        func row(_ first: String, _ cells: [String]) -> String {
            ([fit(first, weekWidth)] + cells.map { fit($0, cellWidth) }).joined(separator: " | ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        func mark(_ entry: QueuePlan.Entry) -> String {
            switch entry.mark {
            case .draft: " [" + say(.planDraftMark) + "]"
            case .embargoed: " [" + say(.planEmbargoedMark) + "]"
            case .active, .expired: ""
            }
        }
        func label(_ entry: QueuePlan.Entry, _ width: Int) -> String {
            let suffix = mark(entry)
            return fit(entry.title, width - suffix.count, ellipsis: true).trimmingTrailingSpaces + suffix
        }

        var lines = wrap(say(.planHeading, ["title": .text(plan.title), "weeks": .number(plan.weeks.count),
                                            "date": .text(DateDisplay.iso(plan.now, clock: plan.clock)),
                                            "zone": .text(plan.clock.timeZone.identifier)]))
        lines.append("")
        lines.append(row(say(.planWeekColumn), plan.disciplines.map(\.title)))
        lines.append(([String(repeating: "-", count: weekWidth)] + plan.disciplines.map { _ in String(repeating: "-", count: cellWidth) })
            .joined(separator: "-+-"))
        for week in plan.weeks {
            let cells = plan.disciplines.map { discipline in
                week.isGap(discipline.id) ? [say(.planGap)] : (week.items[discipline.id] ?? []).map { label($0, cellWidth) }
            }
            let heading = [say(.planWeek, ["week": .number(week.week.number)]), DateDisplay.isoDay(week.starts, clock: plan.clock)]
            for index in 0..<max(2, cells.map(\.count).max() ?? 0) {
                lines.append(row(index < heading.count ? heading[index] : "", cells.map { index < $0.count ? $0[index] : "" }))
            }
            lines.append("")
        }
        lines += wrap(say(.planLegend))
        lines.append("")
        if plan.expiring.isEmpty {
            lines.append(say(.planNothingExpiring))
        } else {
            lines.append(say(.planExpiringHeading))
            for entry in plan.expiring {
                let when = DateDisplay.iso(entry.expires!, clock: plan.clock)
                lines.append("  " + when + "  " + label(entry, width - when.count - 4))
            }
        }
        lines.append("")
        lines.append(plan.nextChange.map {
            say(.planNextChange, ["when": .text(DateDisplay.iso($0, clock: plan.clock)), "zone": .text(plan.clock.timeZone.identifier)])
        } ?? say(.planNoChange))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` cut or padded to exactly `width` characters; a cut ends with `…` when asked.
    static func fit(_ text: String, _ width: Int, ellipsis: Bool = false) -> String {
        guard width > 0 else { return "" }
        if text.count > width { return String(text.prefix(ellipsis ? width - 1 : width)) + (ellipsis ? "…" : "") }
        return text + String(repeating: " ", count: width - text.count)
    }

    /// Words broken into lines of at most `width` characters.
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
