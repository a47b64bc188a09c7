import Foundation
import ArgumentParser
import AdvocacyBuild
import AdvocacyCore

/// The options `build`, `check` and `serve` share.
struct ContentOptions: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The theme folder.")
    var templates = "site-templates"

    @Option(help: "The instant to build at: 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00 (default: now).")
    var now: String?

    @Flag(help: "Include drafts.")
    var drafts = false

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    /// The language for messages printed before a report exists: `--lang`, the hub's, or the environment's.
    var messageLanguage: HubLanguage { MessageLanguage.resolve(override: lang, content: content) }

    var buildOptions: BuildOptions {
        var options = BuildOptions()
        options.content = content
        options.templates = templates
        options.now = now
        options.drafts = drafts
        options.messageLanguage = lang
        return options
    }
}

/// Prints diagnostics to standard error and turns problems into SPEC's exit codes.
enum Reporting {
    /// Prints a build's findings in text form; nothing when there are none, only errors when quiet.
    static func print(_ diagnostics: [Diagnostic], quiet: Bool, in language: HubLanguage) {
        let shown = quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
        if !shown.isEmpty { Standard.error(DiagnosticFormat.text.format(shown, in: language)) }
    }

    /// Prints `message` on its own line of standard error.
    static func say(_ message: Message, in language: HubLanguage) {
        Standard.error(message.text(in: language) + "\n")
    }

    static func usage(_ error: UsageError, in language: HubLanguage) -> ExitCode {
        Standard.error(error.line(in: language) + "\n")
        return ExitCode(2)
    }
}

/// Standard output and error without buffering surprises. A terminal that went away (a closed pipe)
/// is not an error: `serve`, which ignores SIGPIPE, keeps serving and removes its folder when it ends.
enum Standard {
    static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    static func output(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
extension HubLanguage: ExpressibleByArgument {}
