import Foundation

/// Writes a site into a fresh folder beside the output folder and swaps it in with renames only when
/// everything was written, so the previous site stays as it was on any error, crash or signal.
/// Stale folders of a killed build are removed by the next one.
public enum SiteWriter {
    /// Why the site could not be written.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// A file copied as it is: `source` is an absolute or working-directory path, `path` is in the output.
    public struct Copy: Sendable {
        public var source: String
        public var path: String
        public init(source: String, path: String) {
            self.source = source
            self.path = path
        }
    }

    /// Writes `files` and `copies` as the whole new content of `output`.
    public static func write(_ files: [OutputFile], copies: [Copy], to output: String) throws(Failure) {
        var output = output
        while output.count > 1 && output.hasSuffix("/") { output.removeLast() }
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let parentPath = parent.isEmpty ? "." : parent
        removeStale(in: parentPath, name: name)

        let pid = getpid()
        let temporary = parentPath + "/.\(name).tmp-\(pid)"
        let old = parentPath + "/.\(name).old-\(pid)"
        guard mkdir(temporary, 0o755) == 0 else {
            throw Failure(description: "cannot create '\(temporary)': \(String(cString: strerror(errno)))")
        }
        var folders = Set<String>()
        for path in files.map(\.path) + copies.map(\.path) {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty && folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
        }
        for folder in folders.sorted() where mkdir(temporary + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw Failure(description: "cannot create '\(temporary)/\(folder)': \(String(cString: strerror(errno)))")
        }
        let crashAfter = ProcessInfo.processInfo.environment["ADVOCACY_TEST_KILL_AFTER_FILES"].flatMap(Int.init)
        let written = Locked(0)
        let errors = Locked([String]())
        let jobs: [(String, Copy?, OutputFile?)] = files.map { ($0.path, nil, $0) } + copies.map { ($0.path, $0, nil) }
        _ = jobs.indices.map { $0 }.parallelMap { index in
            let (path, copy, file) = jobs[index]
            let target = temporary + "/" + path
            let ok: Bool
            if let file {
                var contents = file.contents
                ok = contents.withUTF8 { writeFile(target, $0) }
            } else if let copy, let data = FileManager.default.contents(atPath: copy.source) {
                ok = data.withUnsafeBytes { writeFile(target, UnsafeBufferPointer(start: $0.baseAddress?.assumingMemoryBound(to: UInt8.self), count: $0.count)) }
            } else {
                ok = false
            }
            if !ok { errors.withLock { $0.append(path) } }
            if let crashAfter, written.withLock({ $0 += 1; return $0 }) >= crashAfter { kill(getpid(), SIGKILL) }
        }
        if let first = errors.withLock({ $0.sorted().first }) {
            try? FileManager.default.removeItem(atPath: temporary)
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
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(description: "'\(output)' exists and is not a folder")
        }
        if exists && rename(output, old) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(description: "cannot move '\(output)' aside: \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, output) == 0 else {
            let reason = String(cString: strerror(errno))
            if exists { rename(old, output) }
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(description: "cannot move the new site into '\(output)': \(reason)")
        }
        if exists { try? FileManager.default.removeItem(atPath: old) }
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

    /// Removes `.<name>.tmp-<pid>` and `.<name>.old-<pid>` folders whose build is no longer running.
    static func removeStale(in parent: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(".\(name).tmp-") || entry.hasPrefix(".\(name).old-") {
            guard let pid = entry.split(separator: "-").last.flatMap({ Int32($0) }) else { continue }
            if pid != getpid() && kill(pid, 0) == 0 { continue }
            let output = parent + "/" + name, path = parent + "/" + entry
            if entry.hasPrefix(".\(name).old-") && !FileManager.default.fileExists(atPath: output) {
                rename(path, output)
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }
}
