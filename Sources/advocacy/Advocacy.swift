import ArgumentParser
import Foundation
import AdvocacyCore

/// The `advocacy` command: builds and checks an employee advocacy hub.
@main
struct Advocacy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advocacy",
        abstract: "Builds an employee advocacy hub from Markdown into a static site.",
        version: AdvocacyVersion.description,
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self, PlanCommand.self, ImportCommand.self])

    /// Runs the command; usage errors exit with 2 as SPEC says, not ArgumentParser's 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            // ArgumentParser words its own messages in English; a line in the reader's language leads them.
            let lead = Message(.commandLineMistake).text(in: languageOfArguments())
            FileHandle.standardError.write(Data((lead + "\n" + fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }

    /// The language of messages for a command line that could not be parsed: its `--lang` when it
    /// names one, else the hub's in its `--content` folder (or `content`), else the environment's.
    private static func languageOfArguments() -> HubLanguage {
        let arguments = CommandLine.arguments
        func value(_ option: String) -> String? {
            if let index = arguments.firstIndex(of: option), index + 1 < arguments.count { return arguments[index + 1] }
            return arguments.first { $0.hasPrefix(option + "=") }.map { String($0.dropFirst(option.count + 1)) }
        }
        return MessageLanguage.resolve(override: value("--lang").flatMap(HubLanguage.init), content: value("--content") ?? "content")
    }
}
