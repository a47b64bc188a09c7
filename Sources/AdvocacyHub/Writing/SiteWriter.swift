import Foundation

/// Writes a site into a fresh folder beside the output folder and swaps it in with renames only when
/// everything was written, so the previous site stays as it was on any error, crash or signal.
/// Stale folders of a killed build are removed by the next one. Files can be written from many
/// threads at once, as they are rendered, so a build never holds the whole site in memory.
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
        guard mkdir(temporary, 0o755) == 0 else {
            throw Failure(description: "cannot create '\(temporary)': \(String(cString: strerror(errno)))")
        }
        var folders = Set<String>()
        for path in paths {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty && folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
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
            ok = contents.withUTF8 { Self.writeFile(target, $0) }
        } else {
            ok = link(output + "/" + file.path, target) == 0 || Self.copyFile(output + "/" + file.path, to: target)
        }
        finished(file.path, ok)
    }

    /// Copies one file, or links it from the current output when it is unchanged.
    public func copy(_ copy: Copy) {
        let target = temporary + "/" + copy.path
        let ok = (copy.unchanged && link(output + "/" + copy.path, target) == 0) || Self.copyFile(copy.source, to: target)
        finished(copy.path, ok)
    }

    private func finished(_ path: String, _ ok: Bool) {
        if !ok { failures.withLock { $0.append(path) } }
        if let killAfter, written.withLock({ $0 += 1; return $0 }) >= killAfter { kill(getpid(), SIGKILL) }
    }

    /// How the replaced output folder is deleted once the new one is in place.
    public enum Removal: Sendable {
        /// Before `commit` returns.
        case now
        /// On a background thread of this process (for a long-running process such as `serve`).
        case backgroundThread
        /// By a detached `rm` process, so a one-shot build returns as soon as the new site is in place;
        /// if it is stopped, the next build removes what is left.
        case backgroundProcess
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
        case .backgroundProcess:
            var pid = pid_t()
            var arguments: [UnsafeMutablePointer<CChar>?] = ["rm", "-rf", "--", old].map { $0.withCString { strdup($0) } }
            arguments.append(nil)
            defer { arguments.forEach { free($0) } }
            if posix_spawn(&pid, "/bin/rm", nil, nil, arguments, environ) != 0 {
                try? FileManager.default.removeItem(atPath: old)
            }
        }
    }

    /// Removes the unfinished folder.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: temporary)
    }

    private static func writeFile(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { return false }
            offset += n
        }
        return true
    }

    private static func copyFile(_ source: String, to target: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: source) else { return false }
        return data.withUnsafeBytes { writeFile(target, $0.bindMemory(to: UInt8.self)) }
    }

    /// Removes `.<name>.tmp-<pid>-<n>` and `.<name>.old-<pid>-<n>` folders of builds no longer running.
    /// An old site left aside by a build killed between its two renames is put back instead.
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
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
