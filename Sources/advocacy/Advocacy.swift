import AdvocacyHub
import ArgumentParser
import Foundation

/// The `advocacy` command: builds and checks an employee advocacy hub.
@main
struct Advocacy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advocacy",
        abstract: "Builds an employee advocacy hub from Markdown into a static site.",
        subcommands: [BuildCommand.self, CheckCommand.self, InitCommand.self, NewCommand.self, ServeCommand.self, PlanCommand.self])

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
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
