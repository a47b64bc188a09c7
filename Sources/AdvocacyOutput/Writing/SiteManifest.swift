import AdvocacyCore

/// The manifest at the root of every site folder advocacy writes (`.advocacy-site`): every file the
/// build wrote, with its size and a hash of its bytes. A build replaces or deletes a path only when
/// the manifest lists it and its bytes still match, so a folder that holds anything else is never
/// touched.
///
/// The format is text, one line a fact:
///
///     # This folder is a site built by advocacy. …
///     advocacy-site 1
///     tool 0.21.0
///     state complete
///     0123456789abcdef 2048 share/aarhus/index.html
///
/// A `complete` manifest lists each file's exact bytes. A `partial` one, in a folder a build is
/// still writing (or was killed while writing), lists the names the build owns with no sizes or
/// hashes (`- - path`). In a path, `%`, spaces and control characters are written `%XX`.
package struct SiteManifest: Equatable, Sendable {
    /// The format this version of advocacy reads and writes.
    package static let format = 1
    /// A manifest being written, renamed over the manifest once complete.
    static let pendingName = ".advocacy-site.new"

    package enum State: String, Sendable {
        /// Every file with its size and hash.
        case complete
        /// The names a build owns; their bytes unknown.
        case partial
    }

    /// What a manifest says of one file.
    package struct Entry: Equatable, Sendable {
        package var size: Int
        package var hash: ContentHash
    }

    package var state: State
    /// The line of the manifest's text that gives the state (for messages).
    var stateLine = 4
    /// The version of advocacy that wrote it.
    var tool: String
    /// Every file by its path in the site; in a partial manifest each entry is nil.
    package var files: [String: Entry?]

    /// Every folder that holds a listed file.
    package var folders: Set<String> {
        var folders = Set<String>()
        for path in files.keys {
            var folder = path
            while case let parent = folder.parentPath, !parent.isEmpty, parent != "/" {
                guard folders.insert(parent).inserted else { break }
                folder = parent
            }
        }
        return folders
    }

    /// A complete manifest of the files written.
    package init(complete files: [String: Entry]) {
        state = .complete
        tool = AdvocacyVersion.current
        self.files = files.mapValues { Optional($0) }
    }

    /// A partial manifest: the names a build owns while it writes.
    package init(owning paths: some Sequence<String>) {
        state = .partial
        tool = AdvocacyVersion.current
        files = Dictionary(paths.map { ($0, nil) }) { first, _ in first }
    }

    /// Why a manifest could not be read.
    package struct Problem: Error, Equatable {
        package enum Kind: Equatable {
            case notAManifest
            case otherFormat(String)
            case malformedLine
            case pathOutside(String)
            case pathTwice(String)
        }

        /// The 1-based line.
        package var line: Int
        package var kind: Kind
    }

    /// Reads a manifest's text, byte by byte: a site of 10,000 items lists about 12,000 files, and
    /// every build reads the manifests of its output and its kept folder.
    package init(parsing text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var number = 0
        var header = false
        var state: State?
        var tool: String?
        var files: [String: Entry?] = [:]
        var stateLine = 0
        for line in lines {
            number += 1
            if line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            func text(_ index: Int) -> String { String(decoding: fields[index], as: UTF8.self) }
            if !header {
                guard fields.count == 2, text(0) == "advocacy-site" else { throw Problem(line: number, kind: .notAManifest) }
                guard text(1) == "\(Self.format)" else { throw Problem(line: number, kind: .otherFormat(text(1))) }
                header = true
                continue
            }
            if tool == nil {
                guard fields.count == 2, text(0) == "tool", !fields[1].isEmpty else { throw Problem(line: number, kind: .malformedLine) }
                tool = text(1)
                continue
            }
            guard let known = state else {
                guard fields.count == 2, text(0) == "state", let value = State(rawValue: text(1)) else {
                    throw Problem(line: number, kind: .malformedLine)
                }
                state = value
                stateLine = number
                continue
            }
            guard fields.count == 3, let path = Self.decode(fields[2]) else { throw Problem(line: number, kind: .malformedLine) }
            guard Self.isInside(path) else { throw Problem(line: number, kind: .pathOutside(path)) }
            let entry: Entry?
            switch known {
            case .complete:
                guard let hash = ContentHash(hex: fields[0]), let digits = FileIdentity.number(fields[1]), digits <= UInt64(Int.max),
                      case let size = Int(digits) else {
                    throw Problem(line: number, kind: .malformedLine)
                }
                entry = Entry(size: size, hash: hash)
            case .partial:
                guard text(0) == "-", text(1) == "-" else { throw Problem(line: number, kind: .malformedLine) }
                entry = nil
            }
            guard files.updateValue(entry, forKey: path) == nil else { throw Problem(line: number, kind: .pathTwice(path)) }
        }
        guard let state, let tool else { throw Problem(line: max(number, 1), kind: header ? .malformedLine : .notAManifest) }
        self.stateLine = stateLine
        self.state = state
        self.tool = tool
        self.files = files
        // A path that is both a file and a folder of another file cannot be a site.
        if let clash = folders.intersection(files.keys).min() { throw Problem(line: number, kind: .pathTwice(clash)) }
    }

    /// The manifest's text, paths sorted.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// How every manifest begins: what tells a manifest a killed build was writing from a file of someone else's.
    static let firstWords = "# This folder is a site built by advocacy"

    /// `text` as UTF-8, made byte by byte: a site of 10,000 items lists about 12,000 files.
    package var bytes: [UInt8] {
        var bytes = Array("""
            \(Self.firstWords): this file lists every file the build wrote. A build
            # replaces or deletes only what is listed here with the same bytes; anything else in the folder
            # makes it stop and change nothing.
            advocacy-site \(Self.format)
            tool \(tool)
            state \(state.rawValue)

            """.utf8)
        bytes.reserveCapacity(bytes.count + files.count * 64)
        for path in files.keys.sorted() {
            if let entry = files[path] ?? nil {
                entry.hash.appendDigits(to: &bytes)
                bytes.append(UInt8(ascii: " "))
                FileIdentity.append(UInt64(entry.size), to: &bytes)
            } else {
                bytes.append(contentsOf: "- -".utf8)
            }
            bytes.append(UInt8(ascii: " "))
            Self.encode(path, into: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// Whether a path stays inside the folder: relative, without empty, `.` or `..` parts, and not
    /// the manifest's own names.
    package static func isInside(_ path: String) -> Bool {
        guard !path.isEmpty, path != OutputFolder.markerName, path != pendingName else { return false }
        var path = path
        return path.withUTF8 { bytes in
            // The length of the part read so far, and whether it is all dots.
            var length = 0, dots = true
            for byte in bytes {
                if byte == UInt8(ascii: "/") {
                    guard length > 0, !(dots && length <= 2) else { return false }
                    (length, dots) = (0, true)
                } else {
                    length += 1
                    dots = dots && byte == UInt8(ascii: ".")
                }
            }
            return length > 0 && !(dots && length <= 2)
        }
    }

    static func encode(_ path: String, into bytes: inout [UInt8]) {
        // Most paths have nothing to write `%XX`: written as they are.
        if !path.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "%") }) {
            bytes.append(contentsOf: path.utf8)
            return
        }
        for byte in path.utf8 {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "%") {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(contentsOf: Self.hexDigits(byte))
            } else {
                bytes.append(byte)
            }
        }
    }

    private static func hexDigits(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }

    static func decode(_ field: ArraySlice<UInt8>) -> String? {
        // Most paths have nothing written `%XX`: read as they are.
        if !field.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "%") }) {
            return String(validating: field, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var iterator = field.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { return nil }
                bytes.append(value)
            } else if byte <= 0x20 || byte == 0x7F {
                return nil
            } else {
                bytes.append(byte)
            }
        }
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
