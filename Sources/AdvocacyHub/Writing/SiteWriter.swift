import Foundation

/// Writes a site into a folder beside the output folder and swaps it in with renames only when
/// everything was written, so the previous site stays as it was on any error, crash or signal.
/// The folder written into is the site kept by the build before (`.<name>.previous`, whose files
/// are emptied when it is kept): rewriting a file that exists is many times faster than creating it
/// and its folder. Folders of a killed build are cleaned up by the next one (`OutputFolder`).
/// Files can be written from many threads at once, as they are rendered, so a build never holds
/// the whole site in memory.
public final class SiteWriter: SiteOutput {
    /// Why the site could not be written.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in any language.
        public var message: Message

        /// Creates a failure with the catalogue's message `id`.
        init(_ id: MessageID, _ arguments: [String: Message.Argument]) {
            message = Message(id, arguments)
        }

        /// Creates a failure that says what `message` says.
        init(_ message: Message) {
            self.message = message
        }

        /// The message in English.
        public var description: String { message.text(in: .en) }
    }

    private static let sequence = Locked(0)
    private let output: OutputFolder
    private let temporary: String
    /// A folder only this process's user can read, made at commit to hold the replaced site.
    private let holding: String
    private let layout: SiteFolder.Layout
    private let removal: Removal
    /// Whether the folder being written is a recycled site, whose files may exist already.
    private let recycled: Bool
    private let failures = Locked([(path: String, code: Int32)]())

    /// Starts writing a new version of `output` holding the files at `paths`: creates the folder
    /// beside it (recycling the kept site when there is one), with the marker and every subfolder
    /// the paths need.
    public init(output: OutputFolder, paths: [String], removing removal: Removal = .now) throws(Failure) {
        self.removal = removal
        do { try output.createParent() } catch { throw Failure(error.message) }
        let suffix = "\(getpid())-\(Self.sequence.withLock { $0 += 1; return $0 })"
        self.output = output
        temporary = output.sibling("tmp-\(suffix)")
        holding = output.sibling("old-\(suffix)")
        layout = SiteFolder.Layout(files: paths + [OutputFolder.markerName])
        let kept = output.kept
        recycled = Self.recycle(kept, into: temporary)
        if recycled {
            SiteFolder.publish(temporary)
            SiteFolder.prune(temporary, to: layout, emptying: false)
        } else if mkdir(temporary, 0o755) != 0 {
            throw Failure(.cannotCreateBuildFolder, ["output": "\(output.given)", "reason": "\(systemReason(errno))"])
        }
        for folder in layout.folders.sorted() where mkdir(temporary + "/" + folder, 0o755) != 0 && errno != EEXIST {
            let code = errno
            abandon()
            throw Failure(.cannotCreateFolder, ["path": "\(output.given)/\(folder)", "reason": "\(systemReason(code))"])
        }
        var marker = OutputFolder.markerContents
        guard marker.withUTF8({ Self.writeFile(temporary + "/" + OutputFolder.markerName, $0, recycled: recycled) }) == 0 else {
            let code = errno
            abandon()
            throw Failure(.cannotWrite, ["path": "\(output.given)/\(OutputFolder.markerName)", "reason": "\(systemReason(code))"])
        }
    }

    /// Writes one rendered file.
    public func write(_ file: OutputFile) {
        finished(file.path, file.bytes.withUnsafeBufferPointer { Self.writeFile(temporary + "/" + file.path, $0, recycled: recycled) })
    }

    /// Copies one file as it is.
    public func copy(_ file: CopiedFile) {
        let code: Int32
        if let data = FileManager.default.contents(atPath: file.source) {
            code = data.withUnsafeBytes { Self.writeFile(temporary + "/" + file.path, $0.bindMemory(to: UInt8.self), recycled: recycled) }
        } else {
            code = errno == 0 ? EIO : errno
        }
        finished(file.path, code)
    }

    private func finished(_ path: String, _ code: Int32) {
        if code != 0 { failures.withLock { $0.append((path, code)) } }
    }

    /// What becomes of the replaced output folder once the new one is in place.
    public enum Removal: Sendable {
        /// Deleted before `commit` returns.
        case now
        /// Deleted on a background thread of this process (for a long-running process such as `serve`).
        case backgroundThread
        /// Kept beside the output folder as `.<name>.previous` for the next build to write into,
        /// holding only the names of the new site's files, every file emptied, readable by its owner only.
        case keepForNextBuild
    }

    /// Swaps the new folder in for the output folder, if every file was written; otherwise removes
    /// it. What becomes of the replaced folder is the writer's `Removal`.
    public func commit() throws(Failure) {
        if let first = failures.withLock({ $0.min { $0.path < $1.path } }) {
            abandon()
            throw Failure(.cannotWrite, ["path": "\(output.given)/\(first.path)", "reason": "\(systemReason(first.code))"])
        }
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let exists: Bool
        switch OutputFolder.kind(output.path) {
        case .missing: exists = false
        case .folder: exists = true
        default:
            abandon()
            throw Failure(.outputNoLongerAFolder, ["output": "\(output.given)"])
        }
        // The replaced site goes into a private folder at once, so nobody else can read it on its
        // way out, and is checked there: what was renamed must still be an empty folder or a site.
        let aside = holding + "/site"
        if exists {
            guard mkdir(holding, 0o700) == 0 else {
                let code = errno
                abandon()
                throw Failure(.cannotCreateAsideFolder, ["output": "\(output.given)", "reason": "\(systemReason(code))"])
            }
            guard rename(output.path, aside) == 0 else {
                let code = errno
                rmdir(holding)
                abandon()
                throw Failure(.cannotReplaceOutput, ["output": "\(output.given)", "reason": "\(systemReason(code))"])
            }
            guard OutputFolder.holdsASiteOrNothing(aside) else {
                rename(aside, output.path)
                rmdir(holding)
                abandon()
                throw Failure(.outputChangedDuringBuild, ["output": "\(output.given)"])
            }
        }
        guard rename(temporary, output.path) == 0 else {
            let code = errno
            if exists {
                rename(aside, output.path)
                rmdir(holding)
            }
            abandon()
            throw Failure(.cannotMoveNewSite, ["output": "\(output.given)", "reason": "\(systemReason(code))"])
        }
        guard exists else { return }
        let holding = self.holding
        switch removal {
        case .now:
            SiteFolder.remove(holding)
        case .backgroundThread:
            Thread.detachNewThread { SiteFolder.remove(holding) }
        case .keepForNextBuild:
            SiteFolder.scrub(aside, keeping: layout)
            if OutputFolder.kind(output.kept) == .missing { rename(aside, output.kept) }
            SiteFolder.remove(holding)
        }
    }

    /// Moves the kept site into place as the folder to write, if it is a real folder with the
    /// marker, and checks it there; otherwise leaves it as it was.
    private static func recycle(_ kept: String, into temporary: String) -> Bool {
        guard OutputFolder.kind(kept) == .folder, OutputFolder.isSite(kept), rename(kept, temporary) == 0 else { return false }
        guard OutputFolder.kind(temporary) == .folder, OutputFolder.isSite(temporary) else {
            rename(temporary, kept)
            return false
        }
        return true
    }

    /// Removes the unfinished folder.
    public func abandon() {
        SiteFolder.remove(temporary)
    }

    /// Writes a file; 0 or the `errno` of the failure. In a recycled folder an existing file is
    /// emptied and rewritten, unless another name links to it: then it is replaced by a new file.
    private static func writeFile(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, recycled: Bool) -> Int32 {
        var fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (recycled ? 0 : O_TRUNC), 0o644)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        if recycled {
            var info = stat()
            guard fstat(fd, &info) == 0 else { return errno }
            if info.st_nlink > 1 {
                close(fd)
                unlink(path)
                fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
                guard fd >= 0 else { return errno }
            } else if info.st_size > 0 {
                guard ftruncate(fd, 0) == 0 else { return errno }
            }
        }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : EIO }
            offset += n
        }
        return 0
    }
}
