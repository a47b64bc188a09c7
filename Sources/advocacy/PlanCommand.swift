import ArgumentParser
import AdvocacyCore
import AdvocacyPublish

/// `advocacy plan`: the comms team's view of the weeks ahead. Reads the content, writes nothing.
struct PlanCommand: ParsableCommand {
    /// How the plan is printed.
    enum Format: String, ExpressibleByArgument {
        case text, json, markdown
    }

    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Show the weeks ahead by discipline: gaps, embargoed and draft items, the own and curated mix, what expires soon; or the weekly meeting's agenda.")

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "How many weeks to show, from the week of --now: 1 to 520.")
    var weeks = 8

    @Option(help: "The instant to plan from: 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00 (default: now).")
    var now: String?

    @Option(help: "Output format: text, json, or markdown (the weekly meeting's agenda).")
    var format: Format = .text

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    func run() throws {
        let language = MessageLanguage.resolve(override: lang, content: content)
        do {
            switch format {
            case .text:
                let plan = try QueuePlan.load(content, now: now, weeks: weeks)
                Standard.output(QueuePlanText.render(plan, in: language, width: TerminalWidth.current() ?? QueuePlanText.defaultWidth))
            case .json: Standard.output(QueuePlanJSON(try QueuePlan.load(content, now: now, weeks: weeks)).text)
            case .markdown: Standard.output(MeetingAgendaMarkdown.render(try MeetingAgenda.load(content, now: now, weeks: weeks), in: language))
            }
        } catch let error as UsageError {
            throw Reporting.usage(error, in: language)
        } catch let problems as QueuePlan.LoadErrors {
            Reporting.print(problems.diagnostics, quiet: true, in: language)
            throw ExitCode(1)
        }
    }
}
