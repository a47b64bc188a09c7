import Foundation

/// Every name under a folder, links not followed, with what it is and holds: a file's bytes and
/// mode, a link's target, a folder's mode, another kind of entry by its kind. Two snapshots are equal
/// exactly when no byte and no name changed.
public struct TreeSnapshot: Equatable, Sendable, CustomStringConvertible {
    public enum Entry: Equatable, Sendable {
        case file(Data, mode: mode_t)
        case folder(mode: mode_t)
        case link(String)
        case other(mode_t)
    }

    public var entries: [String: Entry]

    /// Takes the snapshot of `folder` (the folder itself as "."), or of nothing when it is missing.
    public init(_ folder: String) {
        entries = [:]
        Self.add(folder, as: ".", into: &entries)
    }

    private static func add(_ path: String, as name: String, into entries: inout [String: Entry]) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            entries[name] = .file((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data("unreadable".utf8), mode: info.st_mode & 0o7777)
        case S_IFLNK:
            entries[name] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "")
        case S_IFDIR:
            entries[name] = .folder(mode: info.st_mode & 0o7777)
            for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                add(path + "/" + child, as: name == "." ? child : name + "/" + child, into: &entries)
            }
        default:
            entries[name] = .other(info.st_mode)
        }
    }

    /// The entries under `prefix/` (or equal to it).
    public func under(_ prefix: String) -> [String: Entry] {
        entries.filter { $0.key == prefix || $0.key.hasPrefix(prefix + "/") }
    }

    /// The names that differ from `other`, sorted.
    public func differences(from other: TreeSnapshot) -> [String] {
        Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
    }

    public var description: String { entries.keys.sorted().joined(separator: "\n") }
}
