import Foundation
import AdvocacyCore

/// Reads a content file as text: UTF-8, with a byte order mark dropped and CRLF line ends made LF.
package enum SourceText {
    /// The reasons a file cannot be read as text.
    package enum Failure: Error {
        case unreadable
        /// A named pipe, device or socket, which has no text to read.
        case notAFile
        /// The first byte that is not UTF-8, at a 1-based line and column (in characters).
        case invalidUTF8(line: Int, column: Int)

        /// What to tell the author.
        package var message: Message {
            switch self {
            case .unreadable: Message(.unreadableContentFile)
            case .notAFile: Message(.notAFileToRead)
            case .invalidUTF8: Message(.invalidUTF8)
            }
        }

        /// Where in `file` the failure is.
        package func location(in file: String) -> SourceLocation {
            switch self {
            case .unreadable, .notAFile: SourceLocation(file: file)
            case .invalidUTF8(let line, let column): SourceLocation(file: file, line: line, column: column)
            }
        }
    }

    /// Reads and normalizes the file at `path`. A named pipe, device or socket is never waited on: one
    /// found by name is not opened, and the type is told again by what was opened (without waiting),
    /// so one put in the file's place in between is refused too, not read until the build hangs.
    package static func read(_ path: String) throws(Failure) -> String {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR { throw .notAFile }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw .unreadable }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable
        default: throw .notAFile
        }
        guard let bytes = readToEnd(fd, size: Int(info.st_size)) else { throw .unreadable }
        return try bytes.withUnsafeBytes(decode(bytes:)).get()
    }

    /// The bytes of the open file `fd` to its end, read straight into an array (`FileHandle.readToEnd`
    /// costs more than the reading); nil when a read fails. The size `fstat` gave is read first; a
    /// file that grew meanwhile is read on, as `readToEnd` reads it.
    private static func readToEnd(_ fd: Int32, size: Int) -> [UInt8]? {
        let first = max(size, 0) + 1, more = 65_536
        guard var bytes = read(fd, upTo: first) else { return nil }
        var full = bytes.count == first
        while full {
            guard let next = read(fd, upTo: more) else { return nil }
            bytes += next
            full = next.count == more
        }
        return bytes
    }

    /// Up to `count` bytes of `fd`, fewer only at its end; nil when a read fails.
    private static func read(_ fd: Int32, upTo count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = 0
            while initialized < count {
                let got = Glibc.read(fd, buffer.baseAddress! + initialized, count - initialized)
                if got < 0 && errno == EINTR { continue }
                failed = got < 0
                if got <= 0 { break }
                initialized += got
            }
        }
        return failed ? nil : bytes
    }

    /// Decodes bytes as UTF-8 and normalizes them.
    package static func decode(_ data: Data) throws(Failure) -> String {
        try data.withUnsafeBytes(decode(bytes:)).get()
    }

    private static func decode(bytes raw: UnsafeRawBufferPointer) -> Result<String, Failure> {
        let all = raw.bindMemory(to: UInt8.self)
        let bom = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
        let body = UnsafeBufferPointer(rebasing: all[bom...])
        guard var text = String(validating: body, as: UTF8.self) else {
            let valid = String(decoding: body[..<(firstInvalidUTF8(Array(body)) ?? 0)], as: UTF8.self)
            let lines = valid.split(separator: "\n", omittingEmptySubsequences: false)
            return .failure(.invalidUTF8(line: lines.count, column: (lines.last?.count ?? 0) + 1))
        }
        if let base = body.baseAddress, memchr(base, 13, body.count) != nil {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return .success(text)
    }

    /// The byte offset of the first byte that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
