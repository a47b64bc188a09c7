import ArgumentParser
import AdvocacyBuild
import AdvocacyCore

extension DiagnosticFormat: ExpressibleByArgument {}

/// `advocacy check`: runs every check the build runs and writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content and templates without writing anything.")

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: text, json, github (workflow annotations) or gitlab (a Code Quality report).")
    var format: DiagnosticFormat = .text

    func run() throws {
        do {
            let report = try Builder.prepare(options.buildOptions).report
            // The text report is for people, beside any other output; json and github are reports
            // for scripts, editors and CI, which read standard output.
            let text = format.format(report.diagnostics, in: report.language)
            switch format {
            case .text: Standard.error(text)
            case .json, .gitlab: Standard.output(text)
            case .github: if !report.diagnostics.isEmpty { Standard.output(text) }
            }
            if report.hasErrors { throw ExitCode(1) }
        } catch let error as UsageError {
            throw Reporting.usage(error, in: options.messageLanguage)
        }
    }
}
