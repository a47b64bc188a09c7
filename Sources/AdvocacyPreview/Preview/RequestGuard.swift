import NIOCore
import AdvocacyCore

/// Reads the head of each request (request line and headers) before the HTTP parser does, and hands
/// it on whole only when it is fit to answer. Otherwise it answers itself and closes the connection:
/// a request line over 8 KB gets 414, a header line over 8 KB or a head over 64 KB gets 431, a
/// request with a body gets 413 (the preview takes none), an HTTP/1.1 request without a Host header or
/// with two gets 400, a Host the preview does not answer to gets 421 (a DNS-rebinding page), and so
/// does an absolute target (`GET http://host/`) whose host it does not answer to, whatever the Host
/// header says (RFC 9112, section 3.2.2); a target in no form HTTP allows gets 400, and a head
/// not complete 10 seconds after its first byte gets 408. A refused head never reaches the parser, and
/// what the client still sends is read and dropped until it stops or 2 seconds pass, so that it can
/// read the answer. The guard holds at most one head, so a connection costs at most 64 KB. A refusal
/// is written at once: a client that pipelines a good request before a refused one may see the
/// refusal before the earlier answer ends (browsers do not pipeline).
final class RequestGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// The longest request line or header line, without its line ending.
    static let lineLimit = 8 * 1024
    /// The longest head, line endings included.
    static let headLimit = 64 * 1024
    static let headTime = TimeAmount.seconds(10)
    static let drainTime = TimeAmount.seconds(2)

    private let hosts: HostPolicy?
    private var head = ByteBuffer()
    /// Where the line being read starts in `head`.
    private var lineStart = 0
    private var fields = HeadFields()
    private var timer: Scheduled<Void>?
    private var refused = false

    /// A guard that also checks each request's Host against `hosts`, unless it is nil.
    package init(hosts: HostPolicy?) {
        self.hosts = hosts
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var input = unwrapInboundIn(data)
        while !refused, input.readableBytes > 0 {
            if timer == nil { schedule(in: Self.headTime, context) { [self] in refuse(.requestTimeout, context) } }
            let newline = input.readableBytesView.firstIndex(of: UInt8(ascii: "\n"))
            let count = newline.map { $0 - input.readerIndex + 1 } ?? input.readableBytes
            // A line's end may be CR LF: a partial line may hold its CR, a complete one holds both.
            let allowed = Self.lineLimit + (newline == nil ? 1 : 2)
            if head.writerIndex - lineStart + count > allowed {
                return refuse(fields.requestLine == nil ? .uriTooLong : .requestHeaderFieldsTooLarge, context)
            }
            if head.writerIndex + count > Self.headLimit { return refuse(.requestHeaderFieldsTooLarge, context) }
            var part = input.readSlice(length: count)!
            head.writeBuffer(&part)
            if newline != nil { endLine(context) }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if refused, let event = event as? ChannelEvent, event == .inputClosed {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    private func endLine(_ context: ChannelHandlerContext) {
        var line = head.getString(at: lineStart, length: head.writerIndex - lineStart)!.dropLast()
        if line.hasSuffix("\r") { line = line.dropLast() }
        lineStart = head.writerIndex
        if fields.requestLine == nil {
            // Empty lines before a request line are skipped (RFC 9112, section 2.2).
            if line.isEmpty { return startHead() }
            fields.requestLine = String(line)
        } else if line.isEmpty {
            endHead(context)
        } else {
            fields.add(line)
        }
    }

    private func endHead(_ context: ChannelHandlerContext) {
        let port = context.channel.localAddress?.port
        if let status = fields.refusal(hosts: hosts, port: port) { return refuse(status, context) }
        let complete = head
        startHead()
        context.fireChannelRead(wrapInboundOut(complete))
    }

    private func startHead() {
        timer?.cancel()
        timer = nil
        head = ByteBuffer()
        lineStart = 0
        fields = HeadFields()
    }

    /// Answers `status` with a short text, stops reading requests and closes once the client is done.
    private func refuse(_ status: Refusal, _ context: ChannelHandlerContext) {
        guard !refused else { return }
        startHead()
        refused = true
        let text = status.reason + "\n"
        var answer = context.channel.allocator.buffer(capacity: 160 + text.utf8.count)
        answer.writeString("HTTP/1.1 \(status.code) \(status.reason)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "X-Content-Type-Options: nosniff\r\nContent-Length: \(text.utf8.count)\r\nConnection: close\r\n\r\n\(text)")
        context.writeAndFlush(wrapOutboundOut(answer)).assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
        }
        schedule(in: Self.drainTime, context) { context.close(promise: nil) }
    }

    private func schedule(in time: TimeAmount, _ context: ChannelHandlerContext, _ task: @escaping () -> Void) {
        timer?.cancel()
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: time, task)
    }
}

/// What the guard needs from a request's head.
private struct HeadFields {
    var requestLine: String?
    var hosts: [Substring] = []
    var hasBody = false

    /// Notes a header line's Host, Content-Length and Transfer-Encoding.
    mutating func add(_ line: Substring) {
        guard let colon = line.firstIndex(of: ":") else { return }
        let value = line[line.index(after: colon)...].trimmingBlanks
        switch line[..<colon].lowercased() {
        case "host": hosts.append(value)
        case "content-length": hasBody = hasBody || value != "0"
        case "transfer-encoding": hasBody = true
        default: break
        }
    }

    /// Why the request is refused, or nil when it may be answered.
    func refusal(hosts policy: HostPolicy?, port: Int?) -> Refusal? {
        if hasBody { return .contentTooLarge }
        if hosts.count > 1 || (hosts.isEmpty && requestLine?.hasSuffix(" HTTP/1.1") == true) { return .badRequest }
        switch RequestTarget(requestLine ?? "") {
        case .invalid: return .badRequest
        case .otherScheme: return .misdirectedRequest
        case .named(let authority):
            if let policy, !policy.allows(authority, port: port) { return .misdirectedRequest }
        case .origin:
            if let policy, let host = hosts.first, !policy.allows(host, port: port) { return .misdirectedRequest }
        }
        return nil
    }
}

/// The form of a request's target (RFC 9112, section 3.2) and, when the target names one, the
/// authority it is for: then that, not the Host header, says whom the request is for.
private enum RequestTarget: Equatable {
    /// `/path?query`, or `*` with OPTIONS: the Host header names the authority.
    case origin
    /// `http://authority/path` (absolute form), or `authority` with CONNECT (authority form).
    case named(Substring)
    /// An absolute target with another scheme than `http`, such as `https://…`: not for this server.
    case otherScheme
    /// Anything else, such as `evil.example:80` with GET, `*` with GET, `http:path` or a userinfo (`user@`).
    case invalid

    init(_ requestLine: String) {
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3 else { self = .invalid; return }
        let method = parts[0], target = parts[1]
        if method == "CONNECT" {
            self = Self.isAuthority(target) ? .named(target) : .invalid
        } else if target.hasPrefix("/") || (target == "*" && method == "OPTIONS") {
            self = .origin
        } else if let separator = target.range(of: "://"), Self.isScheme(target[..<separator.lowerBound]) {
            let authority = target[separator.upperBound...].prefix { !"/?#".contains($0) }
            self = target[..<separator.lowerBound].lowercased() != "http" ? .otherScheme
                : Self.isAuthority(authority) ? .named(authority) : .invalid
        } else {
            self = .invalid
        }
    }

    /// `scheme` in RFC 3986: a letter, then letters, digits, `+`, `-` and `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// A host with an optional port: not empty, without userinfo, path, query or fragment.
    private static func isAuthority(_ text: Substring) -> Bool {
        !text.isEmpty && !text.contains { "@/?#\\".contains($0) }
    }
}

/// The answers the guard gives itself, and why.
enum Refusal {
    case badRequest, requestTimeout, contentTooLarge, uriTooLong, misdirectedRequest, requestHeaderFieldsTooLarge

    package var code: Int {
        switch self {
        case .badRequest: 400
        case .requestTimeout: 408
        case .contentTooLarge: 413
        case .uriTooLong: 414
        case .misdirectedRequest: 421
        case .requestHeaderFieldsTooLarge: 431
        }
    }

    package var reason: String {
        switch self {
        case .badRequest: "Bad Request"
        case .requestTimeout: "Request Timeout"
        case .contentTooLarge: "Content Too Large"
        case .uriTooLong: "URI Too Long"
        case .misdirectedRequest: "Misdirected Request"
        case .requestHeaderFieldsTooLarge: "Request Header Fields Too Large"
        }
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingBlanks: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return self[first...last]
    }
}
