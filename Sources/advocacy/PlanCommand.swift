import ArgumentParser
import AdvocacyCore
import AdvocacyPublish

/// `advocacy plan`: the comms team's view of the weeks ahead. Reads the content, writes nothing.
struct PlanCommand: ParsableCommand {
    /// How the plan is printed.
    enum Format: String, ExpressibleByArgument {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Show the weeks ahead by discipline: gaps, embargoed and draft items, what expires soon.")

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "How many weeks to show, from the week of --now: 1 to 520.")
    var weeks = 8

    @Option(help: "The instant to plan from: 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00 (default: now).")
    var now: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    func run() throws {
        let language = MessageLanguage.resolve(override: lang, content: content)
        do {
            let plan = try QueuePlan.load(content, now: now, weeks: weeks)
            switch format {
            case .text:
                Standard.output(QueuePlanText.render(plan, in: language, width: TerminalWidth.current() ?? QueuePlanText.defaultWidth))
            case .json: Standard.output(QueuePlanJSON(plan).text)
            }
        } catch let error as UsageError {
            throw Reporting.usage(error, in: language)
        } catch let problems as QueuePlan.LoadErrors {
            Reporting.print(problems.diagnostics, quiet: true, in: language)
            throw ExitCode(1)
        }
    }
}
