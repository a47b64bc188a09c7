import Foundation
import AdvocacyCore

/// The folders of a site being written, reached from its root through descriptors opened with
/// `O_NOFOLLOW`: a link put in place of one of its folders, at any depth, is never written,
/// read or made through. The folders at the top (`share/`, `stories/`, …) stay open, as nearly
/// every file is in one of them; those below are opened for each use.
final class FolderHandles: Sendable {
    private let root: Int32
    private let top = Locked([String: Int32]())

    /// Opens the folder at `path`; nil with `errno` set when it is not a real folder.
    init?(_ path: String) {
        root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { return nil }
    }

    deinit {
        forget()
        if root >= 0 { close(root) }
    }

    /// Whether the folder is still at `path` and each top folder kept open still at its name in it:
    /// one moved away and replaced (by a link, say) after it was opened was written into where it went.
    func areInPlace(at path: String) -> Bool {
        var open = stat(), named = stat()
        guard fstat(root, &open) == 0, lstat(path, &named) == 0, Self.same(open, named) else { return false }
        return top.withLock { folders in
            folders.allSatisfy { name, fd in
                fstat(fd, &open) == 0 && fstatat(root, name, &named, AT_SYMLINK_NOFOLLOW) == 0 && Self.same(open, named)
            }
        }
    }

    private static func same(_ open: stat, _ named: stat) -> Bool {
        named.st_mode & S_IFMT == S_IFDIR && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Runs `body` with the open folder that holds `path` (a path in the site) and the last name of
    /// `path`; nil with `errno` set when a folder on the way is missing or is not a real folder, or
    /// the path has an empty, `.` or `..` name.
    func withParent<Result>(of path: String, _ body: (_ folder: Int32, _ name: String) -> Result) -> Result? {
        var names = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !names.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            errno = EINVAL
            return nil
        }
        let name = names.removeLast()
        guard !names.isEmpty else { return body(root, name) }
        guard let first = topFolder(names.removeFirst()) else { return nil }
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        for folder in names {
            let fd = openat(opened.last ?? first, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            opened.append(fd)
        }
        return body(opened.last ?? first, name)
    }

    /// Closes the folders kept open, for one removed or replaced to be opened anew.
    func forget() {
        top.withLock { folders in
            folders.values.forEach { close($0) }
            folders = [:]
        }
    }

    private func topFolder(_ name: String) -> Int32? {
        top.withLock { folders in
            if let fd = folders[name] { return fd }
            let fd = openat(root, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            folders[name] = fd
            return fd
        }
    }
}
