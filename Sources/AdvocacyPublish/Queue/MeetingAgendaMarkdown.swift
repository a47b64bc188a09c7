import Foundation
import AdvocacyCore

/// `advocacy plan --format markdown`: the weekly meeting's agenda as GitHub-flavoured Markdown that
/// reads as plain text too (headings, paragraphs and one-level lists only), in the reader's language,
/// ready to paste into Teams or an email. The same agenda gives the same bytes.
public enum MeetingAgendaMarkdown {
    /// The agenda in `language`.
    public static func render(_ agenda: MeetingAgenda, in language: HubLanguage) -> String {
        let plan = agenda.plan, clock = plan.clock
        func say(_ id: MessageID) -> String { Message(id).text(in: language) }
        func day(_ date: Date) -> String { MessageDates.day(date, clock: clock, in: language) }
        let titles = Dictionary(plan.disciplines.map { ($0.id, escaped($0.title)) }, uniquingKeysWith: { first, _ in first })
        var blocks: [String] = []
        func section(_ heading: MessageID, _ parts: [String]) {
            blocks.append("## " + say(heading))
            blocks += parts
        }
        func list(_ items: [String]) -> String { items.map { "- " + $0 }.joined(separator: "\n") }

        blocks.append("# " + say(.agendaHeading(title: escaped(plan.title), week: plan.weeks.first?.week.number ?? 0)))
        blocks.append(say(.agendaAsOf(date: MessageDates.dateTime(plan.now, clock: clock, in: language), zone: clock.timeZone.identifier)))

        let gaps = plan.weeks.compactMap { week -> String? in
            let empty = plan.disciplines.filter { week.isGap($0.id) }.map { titles[$0.id]! }
            guard !empty.isEmpty else { return nil }
            return say(.agendaGapWeek(week: week.week.number, days: MessageDates.week(from: week.starts, clock: clock, in: language),
                                      disciplines: empty))
        }
        section(.agendaGapsHeading, [gaps.isEmpty ? say(.agendaNoGaps(weeks: plan.weeks.count)) : list(gaps)])

        section(.agendaExpiringHeading, [plan.expiring.isEmpty ? say(.planNothingExpiring) : list(plan.expiring.map {
            escaped($0.title) + ": " + QueuePlanText.currentThrough($0, clock: clock, in: language)
        })])

        var mix = [say(.agendaMixWindow(from: day(plan.now), to: day(agenda.queueLastDay)))]
        mix.append(list(plan.disciplines.map { discipline in
            let target = plan.balance?.target(for: discipline.id)?.value
            let words = agenda.queueMix[discipline.id]?.message(target: target)?.text(in: language) ?? say(.agendaMixNothing)
            return titles[discipline.id]! + ": " + words
        }))
        if plan.balance == nil {
            mix.append(say(.agendaNoTarget))
        } else {
            let off = plan.weeks.flatMap { week in
                plan.disciplines.compactMap { discipline -> String? in
                    guard let target = plan.balance?.target(for: discipline.id)?.value, week.mix(discipline.id).isOff(target: target),
                          let words = week.mix(discipline.id).message(target: target) else { return nil }
                    return say(.agendaMixWeek(week: week.week.number, discipline: titles[discipline.id]!, mix: words))
                }
            }
            if !off.isEmpty { mix += [say(.agendaMixWeeks), list(off)] }
        }
        section(.agendaMixHeading, mix)

        section(.agendaStoriesHeading, [agenda.stories.isEmpty ? say(.agendaNoStories(since: day(agenda.storiesSince)))
                                        : list(agenda.stories.map { day($0.date) + ": " + escaped($0.title) })])

        // The built-in metrics' labels in the agenda's language, which may not be the hub's.
        let catalogue = MetricCatalogue(language: language, declared: agenda.declaredMetrics)
        section(.agendaResultsHeading, [agenda.results.isEmpty ? say(.agendaNoResults) : list(agenda.results.map {
            result($0, label: catalogue[$0.metric.id]?.label ?? $0.metric.label, in: language)
        })])
        // A hub without disciplines has empty lists: no block for them.
        return blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// A metric's latest figure in words, with its target and the distance to it when it has one.
    private static func result(_ latest: MeetingAgenda.LatestResult, label: String, in language: HubLanguage) -> String {
        let row = latest.row
        // A unit is hub.yml's text, as the label is (`%` and no unit read the same escaped).
        func shown(_ value: Double) -> String { ResultNumber.format(value, unit: escaped(latest.metric.unit), language: language) }
        let period = row.preliminary.map {
            Message(.agendaPreliminary(period: row.period.label(in: language), day: MessageDates.dayAndMonth($0, in: language))).text(in: language)
        } ?? row.period.label(in: language)
        let figure = Message(.agendaResult(label: escaped(label), value: shown(row.value), period: period))
        guard let target = row.target else { return figure.text(in: language) }
        let id: MessageID = target <= row.value ? .agendaTargetReached(result: figure, target: shown(target))
            : .agendaTargetToGo(result: figure, target: shown(target), amount: shown(target - row.value))
        return Message(id).text(in: language)
    }

    /// `text` with every character Markdown could read as markup escaped with a backslash, so that it
    /// shows as written (and reads the same as plain text, where it matters: `*`, `_`, `[`, `|` and their
    /// kind anywhere, a list or heading marker at the start); line breaks become spaces, and white space
    /// at either end goes, so that no marker after it starts a block and no indent makes code.
    package static func escaped(_ text: String) -> String {
        var out = ""
        let characters = Array(text.map { $0.isNewline ? " " : $0 }.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        for (index, character) in characters.enumerated() {
            let markup = "\\`*_[]<>|~".contains(character)
                || (character == "&" && isEntity(characters[(index + 1)...]))
                // A heading, list or setext marker only at the start; `1.` or `1)` starts an ordered list.
                || (index == 0 && "#-+=".contains(character))
                || (".)".contains(character) && index > 0 && characters[..<index].allSatisfy { $0.isASCII && $0.isNumber })
            if markup { out += "\\" }
            out.append(character)
        }
        return out
    }

    /// Whether the characters after a `&` make an entity Markdown would decode (`&amp;`, `&#38;`).
    private static func isEntity(_ rest: ArraySlice<Character>) -> Bool {
        let name = rest.prefix { $0 == "#" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }
}
