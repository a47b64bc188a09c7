import Foundation
import AdvocacyCore

/// What the watched folders hold, for `FolderWatcher`'s fallback without inotify: every file's path,
/// size and modification time. Two equal fingerprints mean nothing changed.
struct ContentFingerprint: Equatable, Sendable {
    private var entries: [String: [Int]] = [:]

    /// Reads the folders' files now, with `readdir` and `stat` (Foundation's enumerator is slow for thousands of files).
    package init(_ folders: [String]) {
        for folder in folders { walk(folder) }
    }

    private mutating func walk(_ folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path)
            } else if info.st_mode & S_IFMT == S_IFREG {
                entries[path] = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
            }
        }
    }
}
