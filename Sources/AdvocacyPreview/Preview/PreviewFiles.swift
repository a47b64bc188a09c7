import Foundation
import Glibc
import HTTPTypes
import HummingbirdCore
import NIOCore
import AdvocacyCore

/// Answers requests from the built site's folder, adding the live-reload script to HTML pages.
enum PreviewFiles {
    /// The file for a request path (percent-encoded, as sent) under `base` (the site's base URL). A
    /// path whose decoding is not UTF-8 or holds a control character is 400, one with a `.` or `..`
    /// segment 403. The file answered is the one the decoded path names (see `SiteFile`), and its
    /// content type comes from that file's name. An HTML page gets the live-reload script for its
    /// file's version in `versions`.
    package static func response(for path: String, in root: String, base: String = "/", versions: PageVersions) -> Response {
        guard var decoded = decodedPath(path) else { return Response(status: .badRequest) }
        if base != "/" {
            guard (decoded + "/").hasPrefix(base) else { return notFound(root, versions) }
            decoded = String(decoded.dropFirst(base.count - 1))
        }
        let parts = decoded.split(separator: "/")
        guard !parts.contains(where: { $0 == ".." || $0 == "." }) else { return Response(status: .forbidden) }
        guard let file = SiteFile(parts, in: root, folder: decoded.hasSuffix("/")) else { return notFound(root, versions) }
        let type = contentType(file.name)
        let data = type.hasPrefix("text/html") ? inject(file.bytes, page: file.path, version: versions.of(file.path)) : file.bytes
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A request path with its percent-encoding undone; nil when a `%` is not followed by two hex
    /// digits, when the bytes are not UTF-8, or when it holds a control character (C0, DEL or C1),
    /// which no file of the site has in its name and which would cut the name short (NUL).
    static func decodedPath(_ path: String) -> String? {
        let encoded = Array(path.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encoded.count)
        var index = 0
        while index < encoded.count {
            guard encoded[index] == UInt8(ascii: "%") else {
                bytes.append(encoded[index])
                index += 1
                continue
            }
            guard index + 2 < encoded.count, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 3
        }
        guard let text = String(validating: bytes, as: UTF8.self),
              !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return nil }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func notFound(_ root: String, _ versions: PageVersions) -> Response {
        let page = SiteFile([Substring(PageVersions.notFound)], in: root)?.bytes ?? Data("Not found".utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: inject(page, page: PageVersions.notFound, version: versions.of(PageVersions.notFound)))))
    }

    /// Adds the live-reload script for the site's file `page` at `version` before `</head>`.
    static func inject(_ html: Data, page: String, version: Int) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        guard let head = text.range(of: "</head>") else { return html }
        return Data(text.replacingCharacters(in: head, with: LiveReload.tag(version: version, page: page) + "\n</head>").utf8)
    }

    /// The content type of a file by its name's extension.
    package static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "ics": "text/calendar; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
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

/// A file of the site, opened from the site's folder one path segment at a time with `openat`,
/// following no symbolic link, so the file read is exactly the one the segments name: a folder stands
/// for its `index.html`, and only a regular file is read. As in a path the kernel resolves, a final
/// `/` names a folder: `queue.ics/` is no file.
struct SiteFile {
    /// The name of the file opened.
    package let name: String
    /// Its path in the site's folder (`share/x/index.html`).
    package let path: String
    package let bytes: Data

    /// Nil when there is no such regular file, or when `folder` says the segments name a folder and
    /// they name a file.
    package init?(_ segments: [Substring], in root: String, folder: Bool = false) {
        var descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        var name = ""
        var walked: [String] = []
        let names = segments.map(String.init) + ["index.html"]
        for (index, next) in names.enumerated() {
            guard descriptor >= 0 else { return nil }
            guard Self.kind(descriptor) == S_IFDIR else {
                if index == names.count - 1, !folder { break }
                close(descriptor)
                return nil
            }
            let opened = openat(descriptor, next, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            close(descriptor)
            descriptor = opened
            name = next
            walked.append(next)
        }
        guard descriptor >= 0 else { return nil }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard Self.kind(descriptor) == S_IFREG, let bytes = try? file.readToEnd() ?? Data() else { return nil }
        self.name = name
        self.path = walked.joined(separator: "/")
        self.bytes = bytes
    }

    /// The kind of file a descriptor is open on (`S_IFDIR`, `S_IFREG`, …).
    private static func kind(_ descriptor: Int32) -> mode_t {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? info.st_mode & S_IFMT : 0
    }
}
