import Foundation

/// A path as the kernel resolves it: the deepest folder of it that exists, by its real path (links
/// followed, `..` taken after them as the kernel takes it), and the names below it that do not
/// exist yet. Where two paths stand to each other is decided by device and inode, walking up
/// through `..` from the real folder, never by comparing text.
package struct RealPath: Sendable, Equatable {
    /// The real path of the deepest existing folder.
    package var existing: String
    /// The names below it that do not exist yet.
    package var missing: [String]

    /// The whole path.
    package var path: String {
        missing.isEmpty ? existing : (existing == "/" ? "" : existing) + "/" + missing.joined(separator: "/")
    }

    /// What kept a path from resolving.
    package enum Problem: Error, Equatable {
        /// The last name is a symbolic link (it is never followed).
        case lastIsALink
        /// A name on the way is not a folder, or a link on the way leads nowhere or in a circle.
        case unreachable(at: String, code: Int32)
    }

    /// Resolves `given` against the current folder. A link as the last name is reported, not followed.
    package static func resolve(_ given: String) -> Result<RealPath, Problem> {
        var current: RealPath
        if given.hasPrefix("/") {
            current = RealPath(existing: "/", missing: [])
        } else {
            guard let here = FileManager.default.currentDirectoryPath.nonEmpty.flatMap(Self.real) else {
                return .failure(.unreachable(at: ".", code: errno))
            }
            current = RealPath(existing: here, missing: [])
        }
        // Cut at the bytes of `/`, as the kernel cuts a path, not at characters: a name that starts
        // with an accent on its own makes one character of it and the `/` before it.
        let parts = given.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
        for (index, part) in parts.enumerated() {
            switch part {
            case ".":
                continue
            case "..":
                if current.missing.isEmpty {
                    current.existing = current.existing.parentPath
                } else {
                    current.missing.removeLast()
                }
            default:
                guard current.missing.isEmpty else {
                    current.missing.append(part)
                    continue
                }
                let candidate = (current.existing == "/" ? "" : current.existing) + "/" + part
                var info = stat()
                if lstat(candidate, &info) != 0 {
                    guard errno == ENOENT else { return .failure(.unreachable(at: candidate, code: errno)) }
                    current.missing.append(part)
                    continue
                }
                let isLast = index == parts.count - 1
                if info.st_mode & S_IFMT == S_IFLNK && isLast { return .failure(.lastIsALink) }
                guard let real = real(candidate) else { return .failure(.unreachable(at: candidate, code: errno)) }
                var target = stat()
                guard stat(real, &target) == 0 else { return .failure(.unreachable(at: candidate, code: errno)) }
                if target.st_mode & S_IFMT != S_IFDIR && !isLast { return .failure(.unreachable(at: candidate, code: ENOTDIR)) }
                current.existing = real
            }
        }
        return .success(current)
    }

    /// The real path of an existing path, links followed; nil with `errno` set when it has none.
    package static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A file or folder's identity: its device and inode.
    package struct Identity: Hashable, Sendable {
        package var device: UInt64
        package var inode: UInt64

        /// The identity in a file's status.
        package init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// The identity of what `path` names, links followed.
    package static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(info)
    }

    /// How many steps up from the existing folder `from` the folder `ancestor` is (0 when it is
    /// `from` itself), walking up through `..`; nil when it is not above it.
    static func steps(from: String, upTo ancestor: Identity) -> Int? {
        var fd = open(from, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var steps = 0
        while true {
            var info = stat()
            guard fstat(fd, &info) == 0 else { return nil }
            let here = Identity(info)
            if here == ancestor { return steps }
            let up = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard up >= 0 else { return nil }
            var above = stat()
            guard fstat(up, &above) == 0 else { close(up); return nil }
            if above.st_dev == info.st_dev && above.st_ino == info.st_ino { close(up); return nil }
            close(fd)
            fd = up
            steps += 1
        }
    }

    /// Whether this path is the existing folder `other` or lies inside it; nil when neither (it may
    /// then hold it: see `holds`).
    package func relation(to other: Identity) -> Relation? {
        guard let steps = Self.steps(from: existing, upTo: other) else { return nil }
        return steps == 0 && missing.isEmpty ? .same : .inside
    }

    /// Whether this path, when it exists, holds the existing folder at `other` (is above it).
    package func holds(_ other: String) -> Bool {
        guard missing.isEmpty, let mine = Self.identity(existing), let real = Self.real(other) else { return false }
        return (Self.steps(from: real, upTo: mine) ?? 0) > 0
    }

    package enum Relation { case same, inside }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
