import AdvocacyHub
import ArgumentParser

extension DiagnosticFormat: ExpressibleByArgument {}

/// `advocacy check`: runs every check the build runs and writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content and templates without writing anything.")

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: text, json or github.")
    var format: DiagnosticFormat = .text

    func run() throws {
        do {
            let report = try Builder.prepare(options.buildOptions).report
            if format == .text || !report.diagnostics.isEmpty || format == .json {
                Standard.error(format.format(report.diagnostics))
            }
            if report.hasErrors { throw ExitCode(1) }
        } catch let error as UsageError {
            throw Reporting.usage(error)
        }
    }
}
