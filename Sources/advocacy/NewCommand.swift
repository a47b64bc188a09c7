import ArgumentParser
import AdvocacyCore
import AdvocacyScaffold

extension Scaffold.Kind: ExpressibleByArgument {}

/// `advocacy new share|story|guideline "Title"`: starts a file with the right front matter.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new share item, story or guideline as a draft dated today.")

    @Argument(help: "share, story or guideline.")
    var kind: Scaffold.Kind

    @Argument(help: "The title; the file name is made from it.")
    var title: String

    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The language of messages: da or en (default: the hub's language).")
    var lang: HubLanguage?

    func run() throws {
        let language = MessageLanguage.resolve(override: lang, content: content)
        do {
            let path = try Scaffold.create(kind, title: title, content: content)
            Standard.output(Message(.newWroteFile(path: path)).text(in: language))
        } catch {
            throw Reporting.usage(error, in: language)
        }
    }
}
