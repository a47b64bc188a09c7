import ArgumentParser
import Foundation
import AdvocacyCore
import AdvocacyPreview

/// `advocacy serve`: a local preview that rebuilds on change and reloads open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Preview the site locally; rebuilds on change and reloads open pages.")

    @OptionGroup var options: ContentOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. Only loopback unless you say otherwise.")
    var host = "127.0.0.1"

    @Option(name: .customLong("base-url"), help: "Serve the site under this path, as the intranet will (default: /).")
    var baseURL: String?

    func run() async throws {
        var buildOptions = options.buildOptions
        buildOptions.baseURL = baseURL
        let server = PreviewServer(options: buildOptions, host: host, port: port)
        do {
            try await server.run { address in
                Standard.output(Message(.serving(address: address)).text(in: options.messageLanguage) + "\n")
            }
        } catch let error as UsageError {
            throw Reporting.usage(error, in: options.messageLanguage)
        }
    }
}
