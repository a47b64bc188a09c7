import Foundation

/// Writes a site into a folder beside the output folder and swaps it in with renames only when
/// everything was written, so the previous site stays as it was on any error, crash or signal.
/// The folder written into is the site before the previous one when it was kept
/// (`.<name>.previous`), with what the new site does not have removed: rewriting a file that exists
/// is many times faster than creating it and its folder. Stale folders of a killed build are
/// cleaned up by the next one. Files can be written from many threads at once, as they are
/// rendered, so a build never holds the whole site in memory.
public final class SiteWriter: @unchecked Sendable {
    /// Why the site could not be written.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// A file copied as it is: `source` is an absolute or working-directory path, `path` is in the output.
    public struct Copy: Sendable {
        public var source: String
        public var path: String
        /// True when the output already holds this file from the same source, unchanged.
        public var unchanged: Bool
        public init(source: String, path: String, unchanged: Bool = false) {
            self.source = source
            self.path = path
            self.unchanged = unchanged
        }
    }

    private static let sequence = Locked(0)
    private let output: String
    private let temporary: String
    private let old: String
    /// Where the replaced site is kept for the next build.
    private let kept: String
    /// Whether the folder being written is a recycled site, whose files may exist already.
    private let recycled: Bool
    private let failures = Locked([String]())
    private let written = Locked(0)
    private let killAfter = ProcessInfo.processInfo.environment["ADVOCACY_TEST_KILL_AFTER_FILES"].flatMap(Int.init)

    /// Starts writing a new version of `output` holding the files at `paths`: creates the folder
    /// beside it, with every subfolder the paths need.
    public init(output: String, paths: [String]) throws(Failure) {
        var output = output
        while output.count > 1 && output.hasSuffix("/") { output.removeLast() }
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let parentPath = parent.isEmpty ? "." : parent
        Self.removeStale(in: parentPath, name: name)
        let suffix = "\(getpid())-\(Self.sequence.withLock { $0 += 1; return $0 })"
        self.output = output
        self.temporary = parentPath + "/.\(name).tmp-\(suffix)"
        self.old = parentPath + "/.\(name).old-\(suffix)"
        self.kept = Self.previous(in: parentPath, name: name)
        var folders = Set<String>()
        for path in paths {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty && folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
        }
        recycled = rename(kept, temporary) == 0
        if recycled {
            Self.prune(temporary, "", files: Set(paths), folders: folders)
        } else if mkdir(temporary, 0o755) != 0 {
            throw Failure(description: "cannot create '\(temporary)': \(String(cString: strerror(errno)))")
        }
        for folder in folders.sorted() where mkdir(temporary + "/" + folder, 0o755) != 0 && errno != EEXIST {
            abandon()
            throw Failure(description: "cannot create '\(temporary)/\(folder)': \(String(cString: strerror(errno)))")
        }
    }

    /// Writes one file; nil contents take the file unchanged from the current output folder.
    public func write(_ file: OutputFile) {
        let target = temporary + "/" + file.path
        let ok: Bool
        if var contents = file.contents {
            ok = contents.withUTF8 { Self.writeFile(target, $0, recycled: recycled) }
        } else {
            ok = linkFromOutput(file.path) || copyFile(output + "/" + file.path, to: target)
        }
        finished(file.path, ok)
    }

    /// Copies one file, or links it from the current output when it is unchanged.
    public func copy(_ copy: Copy) {
        let ok = (copy.unchanged && linkFromOutput(copy.path)) || copyFile(copy.source, to: temporary + "/" + copy.path)
        finished(copy.path, ok)
    }

    private func linkFromOutput(_ path: String) -> Bool {
        let target = temporary + "/" + path
        if recycled { unlink(target) }
        return link(output + "/" + path, target) == 0
    }

    private func copyFile(_ source: String, to target: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: source) else { return false }
        return data.withUnsafeBytes { Self.writeFile(target, $0.bindMemory(to: UInt8.self), recycled: recycled) }
    }

    private func finished(_ path: String, _ ok: Bool) {
        if !ok { failures.withLock { $0.append(path) } }
        if let killAfter, written.withLock({ $0 += 1; return $0 }) >= killAfter { kill(getpid(), SIGKILL) }
    }

    /// What becomes of the replaced output folder once the new one is in place.
    public enum Removal: Sendable {
        /// Deleted before `commit` returns.
        case now
        /// Deleted on a background thread of this process (for a long-running process such as `serve`).
        case backgroundThread
        /// Kept beside the output folder as `.<name>.previous`, for the next build to write into.
        case keepForNextBuild
    }

    /// Swaps the new folder in for the output folder, if every file was written; otherwise removes it.
    public func commit(removing removal: Removal = .now) throws(Failure) {
        if let first = failures.withLock({ $0.sorted().first }) {
            abandon()
            throw Failure(description: "cannot write '\(output)/\(first)'")
        }
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            abandon()
            throw Failure(description: "'\(output)' exists and is not a folder")
        }
        if exists && rename(output, old) != 0 {
            abandon()
            throw Failure(description: "cannot move '\(output)' aside: \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, output) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { rename(old, output) }
            abandon()
            throw Failure(description: "cannot move the new site into '\(output)': \(reason)")
        }
        guard exists else { return }
        let old = self.old
        switch removal {
        case .now:
            try? FileManager.default.removeItem(atPath: old)
        case .backgroundThread:
            Thread.detachNewThread { try? FileManager.default.removeItem(atPath: old) }
        case .keepForNextBuild:
            if rename(old, kept) != 0 { try? FileManager.default.removeItem(atPath: old) }
        }
    }

    /// Removes the unfinished folder.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: temporary)
    }

    /// Writes a file. In a recycled folder an existing file is emptied and rewritten, unless it is
    /// linked from elsewhere (the current site, by `serve`): then it is replaced by a new file.
    private static func writeFile(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, recycled: Bool) -> Bool {
        var fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (recycled ? 0 : O_TRUNC), 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if recycled {
            var info = stat()
            guard fstat(fd, &info) == 0 else { return false }
            if info.st_nlink > 1 {
                close(fd)
                unlink(path)
                fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard fd >= 0 else { return false }
            } else if info.st_size > 0 {
                guard ftruncate(fd, 0) == 0 else { return false }
            }
        }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    /// Where the replaced site of the output folder `name` is kept for the next build.
    static func previous(in parent: String, name: String) -> String {
        parent + "/.\(name).previous"
    }

    /// Removes from a recycled folder every file and folder that is not at one of `files` or
    /// `folders` (relative paths), and everything that is not a plain file or folder.
    private static func prune(_ root: String, _ relative: String, files: Set<String>, folders: Set<String>) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { return }
        var entries: [(name: String, isFolder: Bool, isFile: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                if lstat(folder + "/" + name, &info) == 0 {
                    type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
                }
            }
            entries.append((name, type == UInt8(DT_DIR), type == UInt8(DT_REG)))
        }
        closedir(directory)
        for entry in entries {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if entry.isFolder && folders.contains(path) {
                prune(root, path, files: files, folders: folders)
            } else if entry.isFolder {
                try? FileManager.default.removeItem(atPath: root + "/" + path)
            } else if !(entry.isFile && files.contains(path)) {
                unlink(root + "/" + path)
            }
        }
    }

    /// Cleans up `.<name>.tmp-<pid>-<n>` and `.<name>.old-<pid>-<n>` folders of builds no longer
    /// running. An old site left aside by a build killed between its two renames is put back; other
    /// folders are kept for recycling when there is no `.<name>.previous`, else removed.
    static func removeStale(in parent: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            let kind: String
            if entry.hasPrefix(".\(name).tmp-") { kind = "tmp" } else if entry.hasPrefix(".\(name).old-") { kind = "old" } else { continue }
            let rest = entry.dropFirst(".\(name).\(kind)-".count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid(), kill(pid, 0) != 0 else { continue }
            let output = parent + "/" + name, path = parent + "/" + entry
            if kind == "old" && !FileManager.default.fileExists(atPath: output) {
                rename(path, output)
            } else if rename(path, previous(in: parent, name: name)) != 0 {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
