import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// Answers requests from the built site's folder, adding the live-reload script to HTML pages.
enum PreviewFiles {
    /// The file for a request path under `base` (the site's base URL).
    static func response(for path: String, in root: String, base: String = "/") -> Response {
        var decoded = path.removingPercentEncoding ?? path
        if base != "/" {
            guard (decoded + "/").hasPrefix(base) else { return notFound(root) }
            decoded = String(decoded.dropFirst(base.count - 1))
        }
        let parts = decoded.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return Response(status: .forbidden) }
        var file = root + "/" + parts.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            file += "/index.html"
        }
        guard var data = FileManager.default.contents(atPath: file) else { return notFound(root) }
        let type = contentType(file)
        if type.hasPrefix("text/html") { data = inject(data) }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func notFound(_ root: String) -> Response {
        let page = FileManager.default.contents(atPath: root + "/404.html") ?? Data("Not found".utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: inject(page))))
    }

    /// Adds the live-reload script before `</head>`.
    static func inject(_ html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let head = text.range(of: "</head>") else { return html }
        return Data(text.replacingCharacters(in: head, with: "<script src=\"/__advocacy/live.js\" defer></script>\n</head>").utf8)
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        default: "application/octet-stream"
        }
    }
}
