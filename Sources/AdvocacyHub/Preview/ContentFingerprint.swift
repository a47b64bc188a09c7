import Foundation

/// What the watched folders hold: every file's path, size and modification time. Two equal
/// fingerprints mean nothing changed.
struct ContentFingerprint: Equatable, Sendable {
    private var entries: [String: [Int]] = [:]

    /// Reads the folders' files now.
    init(_ folders: [String]) {
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                var info = stat()
                let path = folder + "/" + relative
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                entries[path] = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
            }
        }
    }
}
