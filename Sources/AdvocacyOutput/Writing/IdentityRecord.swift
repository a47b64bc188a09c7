import Foundation
import AdvocacyCore

/// What a build knew of the files it left behind: for each file of the output and of the kept
/// folder, its manifest entry and the identity it had when the build knew its bytes (`FileIdentity`).
/// Kept in the kept folder (`.advocacy-identities`, readable by its owner only), so the next build
/// need not read a file whose identity is still the recorded one, and the output's manifest stays the
/// same for the same site. Only a help: a file it does not vouch for is read and hashed, and a
/// record that is missing, unreadable or malformed vouches for nothing.
///
///     # advocacy: the identities of the files whose bytes the last build knew. …
///     advocacy-identities 1
///     written 1764859200.123456789
///     output 0123456789abcdef 2048 2049:131074:1764859199.500000000:1764859199.500000000 share/aarhus/index.html
///     kept 0123456789abcdef 2048 2049:131075:1764850000.100000000:1764850000.100000000 share/aarhus/index.html
///
/// `written` is the change time of the output's manifest, stamped by the file system before the
/// output was swapped in (`FileIdentity.isSettled(before:)`). Paths are written as in the manifest
/// (`%XX`). Only a record of this process's user, in a kept folder no one else may enter, is read.
package struct IdentityRecord: Equatable, Sendable {
    /// The record's name at the root of the kept folder.
    package static let fileName = ".advocacy-identities"
    /// A record larger than this is not read.
    static let largest = 256 << 20

    /// A file's manifest entry and the identity it had when its bytes were those.
    package struct Known: Equatable, Sendable {
        package var entry: SiteManifest.Entry
        package var identity: FileIdentity

        package init(entry: SiteManifest.Entry, identity: FileIdentity) {
            self.entry = entry
            self.identity = identity
        }
    }

    /// The files of one folder, by path, and when they were recorded.
    package struct Files: Equatable, Sendable {
        package var files: [String: Known]
        package var written: timespec

        package init(files: [String: Known], written: timespec) {
            self.files = files
            self.written = written
        }

        /// Whether the file at `path`, listed with `entry` and found with `identity`, still holds
        /// the bytes of `entry`: the record knew it with that entry and that very identity, settled
        /// before the record's time.
        package func vouches(for path: String, entry: SiteManifest.Entry, found identity: FileIdentity) -> Bool {
            guard let known = files[path] else { return false }
            return known.entry == entry && known.identity == identity && identity.isSettled(before: written)
        }

        package static func == (a: Self, b: Self) -> Bool {
            a.files == b.files && a.written.tv_sec == b.written.tv_sec && a.written.tv_nsec == b.written.tv_nsec
        }
    }

    /// The output's files, as the build that wrote them left them.
    package var output: Files
    /// The kept folder's files that keep their bytes.
    package var kept: Files

    package init(output: Files, kept: Files) {
        self.output = output
        self.kept = kept
    }

    /// The record's text, paths sorted.
    var bytes: [UInt8] {
        var bytes = Array("""
            # advocacy: the identities of the files whose bytes the last build knew; the next build does not
            # read a file that still has its identity. Delete this file whenever you like.
            advocacy-identities 1

            """.utf8) + Array("written ".utf8)
        FileIdentity.append(output.written, to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        bytes.reserveCapacity(bytes.count + (output.files.count + kept.files.count) * 120)
        for (name, part) in [(Part.output.rawValue, output), (Part.kept.rawValue, kept)] {
            for path in part.files.keys.sorted() {
                let known = part.files[path]!
                bytes.append(contentsOf: name.utf8)
                bytes.append(UInt8(ascii: " "))
                known.entry.hash.appendDigits(to: &bytes)
                bytes.append(UInt8(ascii: " "))
                FileIdentity.append(UInt64(known.entry.size), to: &bytes)
                bytes.append(UInt8(ascii: " "))
                known.identity.append(to: &bytes)
                bytes.append(UInt8(ascii: " "))
                SiteManifest.encode(path, into: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        return bytes
    }

    /// The two folders a record speaks for.
    package enum Part: String, Sendable {
        case output, kept
    }

    /// Reads a record's text; nil when it is not one.
    init?(parsing bytes: [UInt8]) {
        guard let output = Self.files(of: .output, in: bytes), let kept = Self.files(of: .kept, in: bytes) else { return nil }
        self.output = output
        self.kept = kept
    }

    /// The files of one `part` of a record's text, the other's lines only told apart from them; nil
    /// when the header or a line of the part is malformed, or a line belongs to neither part.
    static func files(of part: Part, in bytes: [UInt8]) -> Files? {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        lines.removeAll { $0.first == UInt8(ascii: "#") }
        let space = UInt8(ascii: " ")
        guard lines.count >= 2, lines[0].elementsEqual("advocacy-identities 1".utf8), let (word, time) = lines[1].cut(at: space),
              word.elementsEqual("written".utf8), let written = FileIdentity.time(time) else { return nil }
        let wanted = Array(part.rawValue.utf8), other = Array((part == .output ? Part.kept : .output).rawValue.utf8)
        var files: [String: Known] = [:]
        for line in lines.dropFirst(2) {
            // `part hash size identity path`; a path holds no space (`SiteManifest.decode`).
            guard let (name, rest) = line.cut(at: space) else { return nil }
            if name.elementsEqual(other) { continue }
            guard name.elementsEqual(wanted), let (hex, afterHash) = rest.cut(at: space),
                  let (digits, afterSize) = afterHash.cut(at: space), let (identityText, pathText) = afterSize.cut(at: space),
                  let hash = ContentHash(hex: hex), let number = FileIdentity.number(digits), number <= UInt64(Int.max),
                  case let size = Int(number), let identity = FileIdentity(identityText, size: size),
                  let path = SiteManifest.decode(pathText) else { return nil }
            files[path] = Known(entry: .init(size: size, hash: hash), identity: identity)
        }
        return Files(files: files, written: written)
    }

    /// One part of the record in the kept folder at `folder`; nil when there is none to trust
    /// (missing, not a plain file, too large or malformed). Neither the folder nor the record is
    /// followed as a link. Only that part is read.
    package static func read(_ part: Part, in folder: String) -> Files? {
        bytes(in: folder).flatMap { files(of: part, in: $0) }
    }

    /// The record's bytes, when the folder and the record are this user's and no one else's: a
    /// folder someone else made beside the output, or could write into, vouches for nothing.
    private static func bytes(in folder: String) -> [UInt8]? {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat(), record = stat()
        guard fstat(fd, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 == 0,
              fstatat(fd, fileName, &record, AT_SYMLINK_NOFOLLOW) == 0, record.st_mode & S_IFMT == S_IFREG,
              record.st_uid == geteuid(), record.st_mode & 0o077 == 0, record.st_nlink == 1 else { return nil }
        return SiteCheck.readFile(fd, fileName, limit: largest)
    }

    /// Writes the record into `folder`, which has none, readable by its owner only; 0 or the `errno`
    /// of the failure. A record cut short by a kill vouches at most for its whole lines: a line cut
    /// short is malformed or names no file.
    func write(into folder: String) -> Int32 {
        ExclusiveFile.create(folder + "/" + Self.fileName, bytes, mode: 0o600)
    }
}
