import ArgumentParser
import AdvocacyBuild
import AdvocacyCore
import AdvocacyPublish

/// `advocacy build`: checks the content and writes the site, or writes nothing when there are errors.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site into the output folder (only when the content has no errors).")

    @OptionGroup var options: ContentOptions

    @Option(help: "The output folder: new, empty, or a site built before; replaced as a whole on success.")
    var output = "_site"

    @Option(name: .customLong("base-url"), help: "Serve the site under this path (overrides hub.yml).")
    var baseURL: String?

    @Flag(help: "Print only errors.")
    var quiet = false

    @Option(name: .customLong("next-run"),
            help: "The time until the next scheduled build, such as 24h: a note says when the queue changes before it.")
    var nextRun: String?

    func run() throws {
        var buildOptions = options.buildOptions
        buildOptions.output = output
        buildOptions.baseURL = baseURL
        do {
            let run = try nextRun.map { text throws(UsageError) in try ScheduledRun(text) }
            let report = try Builder.build(buildOptions, removal: .keepForNextBuild)
            for warning in report.outputWarnings where !quiet {
                Reporting.say(Message(.usageWarningLine(message: warning)), in: report.language)
            }
            Reporting.print(report.diagnostics, quiet: quiet, in: report.language)
            if report.hasErrors {
                Reporting.say(Message(.siteNotWritten), in: report.language)
                throw ExitCode(1)
            }
            if !quiet {
                Standard.output(report.summary + "\n")
                if let note = run.flatMap(report.note(before:)) { Standard.output(note + "\n") }
            }
        } catch let error as UsageError {
            throw Reporting.usage(error, in: options.messageLanguage)
        }
    }
}
