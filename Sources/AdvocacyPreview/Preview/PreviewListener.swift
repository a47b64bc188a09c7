import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import AdvocacyCore

/// The preview's listening socket, bound before anything is built so that a port in use is reported
/// at once. Every connection goes through a `RequestGuard`, then Hummingbird's HTTP/1 channel.
struct PreviewListener: Sendable {
    private let channel: NIOAsyncChannel<HTTP1Channel.Value, Never>
    private let http: HTTP1Channel
    private let logger = Logger(label: "advocacy.serve") { _ in SwiftLogNoOpLogHandler() }
    /// Where the preview is reached, e.g. `http://127.0.0.1:8000`.
    let origin: String

    /// Listens on `host:port` (port 0 picks a free one) and answers requests with `responder`.
    package init(host: String, port: UInt16, responder: @escaping HTTPChannelHandler.Responder) async throws(UsageError) {
        let address: SocketAddress
        do {
            address = try SocketAddress.makeAddressResolvingHost(host, port: Int(port))
        } catch {
            throw UsageError(.noSuchListenAddress(host: host))
        }
        let hosts = HostPolicy(host: host, address: address)
        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: RequestGuard.lineLimit, maxHeaderListSize: RequestGuard.headLimit)
        let http = HTTP1Channel(responder: responder,
                                configuration: .init(idleTimeout: .seconds(30), httpDecoderConfiguration: decoder))
        let logger = self.logger
        do {
            channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(ChannelOptions.backlog, value: 256)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
                .bind(to: address) { child in
                    child.eventLoop.makeCompletedFuture {
                        try child.pipeline.syncOperations.addHandler(RequestGuard(hosts: hosts))
                    }.flatMap { http.setup(channel: child, logger: logger) }
                }
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw UsageError(.portInUse(port: "\(port)", next: "\(port == .max ? port - 1 : port + 1)"))
        } catch {
            throw UsageError(.cannotListen(host: HostPolicy.name(host), port: "\(port)", reason: "\(error)"))
        }
        self.http = http
        origin = "http://\(HostPolicy.name(host)):\(channel.channel.localAddress?.port ?? Int(port))"
    }

    /// Answers connections until the task is cancelled.
    package func serve() async {
        let http = self.http, logger = self.logger
        await withDiscardingTaskGroup { group in
            try? await channel.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await http.handle(value: connection, logger: logger) }
                }
            }
        }
    }
}
