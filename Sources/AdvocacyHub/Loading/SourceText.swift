import Foundation

/// Reads a content file as text: UTF-8, with a byte order mark dropped and CRLF line ends made LF.
enum SourceText {
    /// The reasons a file cannot be read as text.
    enum Failure: Error {
        case unreadable
        case invalidUTF8(offset: Int)

        /// What to tell the author.
        var message: String {
            switch self {
            case .unreadable: "cannot read the file"
            case .invalidUTF8(let offset): "the file is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8"
            }
        }
    }

    /// Reads and normalizes the file at `path`.
    static func read(_ path: String) throws(Failure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable }
        return try decode(data)
    }

    /// Decodes bytes as UTF-8 and normalizes them.
    static func decode(_ data: Data) throws(Failure) -> String {
        let result = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<String, Failure> in
            let all = raw.bindMemory(to: UInt8.self)
            let bom = all.count >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0
            let body = UnsafeBufferPointer(rebasing: all[bom...])
            guard var text = String(validating: body, as: UTF8.self) else {
                return .failure(.invalidUTF8(offset: bom + (firstInvalidUTF8(Array(body)) ?? 0)))
            }
            if body.contains(13) { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
            return .success(text)
        }
        return try result.get()
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
