import ArgumentParser
import Foundation
import AdvocacyCore
import AdvocacyScaffold

/// `advocacy import FEED`: a newsroom's Atom or RSS feed (a file, or `-` for standard input) as
/// draft share items; never overwrites, and skips entries whose link an item already has.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Turn the entries of an Atom or RSS feed into draft share items.")

    @Argument(help: "The feed: an Atom or RSS file, or - for standard input.")
    var feed: String

    @Option(parsing: .upToNextOption, help: "The disciplines to write share texts for (default: all of the hub's).")
    var discipline: [String] = []

    @Option(help: "own (the company's content, the default) or curated (another publisher's; needs --via).")
    var source: Source?

    @Option(help: "The original publisher of curated content, such as \"Dansk Industri\".")
    var via: String?

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    enum Source: String, ExpressibleByArgument { case own, curated }

    func run() throws {
        let language = MessageLanguage.resolve(override: lang, content: content)
        do {
            let via = try publisher()
            let data = try FeedImport.read(feed)
            let outcome = try FeedImport.run(FeedImport.Request(
                feed: data, feedName: feed == "-" ? "stdin" : feed, disciplines: discipline, via: via, content: content))
            if let failure = outcome.failure {
                Standard.error(failure.line(in: language) + "\n")
                throw ExitCode(1)
            }
            if !outcome.warnings.isEmpty {
                Standard.error(outcome.warnings.map { $0.line(in: language) + "\n" }.joined())
            }
            var text = outcome.lines.map { $0.text(in: language) + "\n" }.joined()
            text += Message(.importSummary(written: outcome.written, skipped: outcome.skipped)).text(in: language) + "\n"
            if outcome.written > 0 { text += Message(.importNextSteps).text(in: language) }
            Standard.output(text)
        } catch let error as UsageError {
            throw Reporting.usage(error, in: language)
        }
    }

    /// The publisher `--via` names, checked against `--source`: curated content needs one, own has none.
    private func publisher() throws(UsageError) -> String? {
        let named = via.map(FeedText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        switch (source, named) {
        case (.curated, nil): throw UsageError(.importCuratedWithoutVia)
        case (.own, let named?): throw UsageError(.importViaWithOwn(via: named))
        default: return named
        }
    }
}
