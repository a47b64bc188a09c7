import NIOCore
import AdvocacyCore

/// The names a preview listening on loopback answers to: its own address, `localhost`, `127.0.0.1`
/// and `[::1]`, each with or without the port. A page from another site that a DNS-rebinding attack
/// points at 127.0.0.1 sends its own name as Host, and is refused.
struct HostPolicy: Sendable {
    private let names: Set<String>

    /// The policy for a preview started with `--host host` and listening on `address`; nil when the
    /// address is not loopback (the preview is then meant to be reached by other names).
    package init?(host: String, address: SocketAddress) {
        guard let ip = address.ipAddress, ip.hasPrefix("127.") || ip == "::1" else { return nil }
        names = Set(["localhost", "127.0.0.1", "[::1]", Self.name(host), Self.name(ip)].map { $0.lowercased() })
    }

    /// Whether a request with `Host: host` may be answered on `port`.
    func allows(_ host: Substring, port: Int?) -> Bool {
        let host = host.lowercased()
        if names.contains(host) { return true }
        guard let port, host.hasSuffix(":\(port)") else { return false }
        return names.contains(String(host.dropLast(":\(port)".count)))
    }

    /// A host as it is written in a URL and a Host header: an IPv6 address in brackets.
    package static func name(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
