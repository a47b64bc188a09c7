import ArgumentParser
import AdvocacyCore
import AdvocacyScaffold

/// `advocacy init [DIR]`: writes a new hub that checks and builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new hub in an empty or new folder: settings, disciplines, examples, theme and nightly workflow.")

    @Argument(help: "The folder to write the hub into (default: the current folder).")
    var folder: String?

    @Option(help: "The hub's name (default: Ambassadørhub, or Advocacy hub in English).")
    var title: String?

    @Option(help: "The language of the site and the example files: da or en.")
    var language = "da"

    @Option(help: "The hub's time zone, an IANA name.")
    var timezone = "Europe/Copenhagen"

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    /// `--lang`, else the language the new hub is written in, else the environment's.
    private var messageLanguage: HubLanguage { lang ?? HubLanguage(rawValue: language) ?? MessageLanguage.environment() }

    func run() throws {
        let target = folder ?? "."
        do {
            let settings = try NewHub.Settings(title: title, language: language, timeZone: timezone)
            _ = try NewHub.create(in: target, settings: settings)
        } catch {
            throw Reporting.usage(error, in: messageLanguage)
        }
        let enter = target == "." ? "" : "  cd \(shellWord(target))\n"
        Standard.output(Message(.initWroteHub(folder: target, cd: enter)).text(in: messageLanguage))
    }

    /// The folder as one word a shell reads back as it is.
    private func shellWord(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
