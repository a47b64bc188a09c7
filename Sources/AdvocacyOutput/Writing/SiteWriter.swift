import Foundation
import AdvocacyCore

/// Writes a site into a folder beside the output folder and swaps it in only when everything was
/// written, so the previous site stays as it was on any error, crash or signal. The swap is one
/// `renameat2(RENAME_EXCHANGE)`, so there is no instant without a site; where the file system cannot
/// exchange, two renames. The folder written into is the site kept by the build before
/// (`.<name>.previous`, whose files are emptied when it is kept): rewriting a file that exists is
/// many times faster than creating it and its folder. Folders of a killed build are cleaned up by
/// the next one (`OutputFolder`). Files can be written from many threads at once, as they are
/// rendered, so a build never holds the whole site in memory.
///
/// The folder being written says from its first moment which names it owns (a partial manifest);
/// before the swap its manifest lists every file with its size and hash.
public final class SiteWriter: SiteOutput {
    /// Why the site could not be written.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong, in any language.
        public var message: Message

        /// Creates a failure with the catalogue's message `id`.
        package init(_ id: MessageID) {
            message = Message(id)
        }

        /// Creates a failure that says what `message` says.
        package init(_ message: Message) {
            self.message = message
        }

        /// The message in English.
        public var description: String { message.text(in: .en) }
    }

    private static let sequence = Locked(0)
    private let output: OutputFolder
    /// The output folder as checked before the build: nil when it was missing or empty.
    private let current: VerifiedSite?
    private let temporary: String
    /// A folder only this process's user can read, made at commit to hold the replaced site.
    private let holding: String
    /// The files the site will have, and the names the folder's pending manifest says it owns: the
    /// first grow once (`add`) when more files are known.
    private let layout: Locked<(files: SiteFolder.Layout, owned: Set<String>)>
    private let removal: Removal
    /// Whether the folder being written is a recycled site, whose files may exist already.
    private let recycled: Bool
    /// The recycled site's files that kept their bytes (those the site it replaced had too), by
    /// path: one the new site has with the same bytes is not written again.
    private let keptBytes: [String: SiteManifest.Entry]
    /// Every file of the recycled site and the folders that hold them: those in the way of the new
    /// site's files and folders are removed as the site claims them; the rest stay until `commit`.
    private let kept: SiteFolder.Layout
    /// The folder being written's folders, never reached through a link.
    private let folders: FolderHandles
    /// Whether a kept entry in the way of the site was removed, and with it perhaps a kept folder.
    private let clearedTheWay = Locked(false)
    private let failures = Locked([(path: String, code: Int32)]())
    private let written = Locked([String: SiteManifest.Entry]())
    /// The identity of each file written (or found with its bytes) as it was then: what the
    /// kept folder's record vouches for them by, for the next build (`IdentityRecord`).
    private let identities = Locked([String: FileIdentity]())
    /// The paths whose file in the output, as checked, holds exactly the bytes written there
    /// (compared byte for byte): the files the replaced site may keep when it is kept.
    private let asBefore = Locked(Set<String>())
    private let notes = Locked([Message]())
    /// What the build should say about folders it left as they were.
    public var warnings: [Message] { notes.withLock { $0 } }

    /// Starts writing a new version of `output`, which held `current` when checked, with the files
    /// at `paths`: creates the folder beside it (recycling the kept site when it is one advocacy
    /// wrote), with a manifest of the names it owns and every subfolder the paths need.
    package init(output: OutputFolder, current: VerifiedSite?, paths: [String], removing removal: Removal = .now) throws(Failure) {
        self.removal = removal
        self.current = current
        do { try output.createParent() } catch { throw Failure(error.message) }
        let suffix = "\(BuildProcess.current.name)-\(Self.sequence.withLock { $0 += 1; return $0 })"
        self.output = output
        temporary = output.sibling("tmp-\(suffix)")
        holding = output.sibling("old-\(suffix)")
        let layout = SiteFolder.Layout(files: paths)
        var warnings: [Message] = []
        let keptSite = Self.recycle(output.kept, into: temporary, warnings: &warnings)
        recycled = keptSite != nil
        keptBytes = (keptSite?.manifest.files ?? [:]).compactMapValues { $0.flatMap { $0.size > 0 ? $0 : nil } }
        // What the check found in it, which its manifest may not all have (a killed build's
        // names), and its empty folders, which its manifest cannot name.
        kept = SiteFolder.Layout(files: keptSite.map { Array($0.files.keys) } ?? [], folders: keptSite?.folders ?? [])
        notes.withLock { $0 = warnings }
        // Private until the site in it is whole (`commit`): a build killed before its manifest names it
        // the build's leaves a private folder the next one knows as a build's
        // (`OutputFolder.recoverAbandonedBuilds`), and what a build writes before its checks end (the
        // pages written with their bodies) no one else can read, even when it finds an error or is killed.
        if recycled {
            chmod(temporary, 0o700)
        } else if mkdir(temporary, 0o700) != 0 {
            throw Failure(.cannotCreateBuildFolder(output: output.given, reason: systemReason(errno)))
        }
        guard let folders = FolderHandles(temporary) else {
            throw Failure(.cannotCreateBuildFolder(output: output.given, reason: systemReason(errno)))
        }
        self.folders = folders
        self.layout = Locked((SiteFolder.Layout(files: []), kept.files))
        // The kept files stay until `commit` knows every file of the site (the media and search files
        // come later) and prunes the others; `claim` removes one in the way of the site's folders.
        try claim(layout)
    }

    /// Adds the files at `paths` to the site being written, before any of them is written: what a
    /// build knows only once every body is rendered (the search index's files, the media), after it
    /// wrote the pages it could.
    package func add(_ paths: [String]) throws(Failure) {
        var grown = layout.withLock { $0.files }
        grown.add(paths)
        try claim(grown)
    }

    /// Makes `grown` the site's files: the folder's pending manifest says it owns them first, then
    /// the kept entries in their way are removed and the folders they need are made. Removes the
    /// folder when it cannot.
    private func claim(_ grown: SiteFolder.Layout) throws(Failure) {
        let (old, owned) = layout.withLock { ($0.files, $0.owned) }
        let owning = owned.union(grown.files)
        let code = SiteFolder.write(SiteManifest(owning: owning), into: temporary)
        guard code == 0 else {
            abandon()
            throw Failure(.cannotWrite(path: "\(output.given)/\(OutputFolder.markerName)", reason: systemReason(code)))
        }
        layout.withLock { $0 = (grown, owning) }
        // A kept file stays until `commit` (see `init`), unless it is in the way of a folder the site
        // now needs, or the folder that holds it is in the way of a file.
        let inTheWay = grown.folders.subtracting(old.folders).intersection(kept.files)
            .union(grown.files.subtracting(old.files).intersection(kept.folders))
        if !inTheWay.isEmpty { folders.forget() }
        for path in inTheWay {
            _ = folders.withParent(of: path) { SiteFolder.removeEntry($0, $1) }
        }
        // A folder the kept folder's check found is there already, unless something in the way went with it.
        let cleared = clearedTheWay.withLock { $0 = $0 || !inTheWay.isEmpty; return $0 }
        let made = { (folder: String) in !cleared && SiteFolder.holds(self.kept.folders, exactly: folder) }
        for folder in grown.folders.subtracting(old.folders).sorted() where !made(folder)
            && folders.withParent(of: folder, { mkdirat($0, $1, 0o755) }) != 0 && errno != EEXIST {
            let code = errno
            abandon()
            throw Failure(.cannotCreateFolder(path: "\(output.given)/\(folder)", reason: systemReason(code)))
        }
    }

    /// The mode `mkdir(path, 0o755)` gives under the process's umask, read from /proc/self/status
    /// (reading it with `umask` would change it for every thread a moment); 0o755 when unreadable.
    static let folderMode: mode_t = {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
              let mask = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) else { return 0o755 }
        return 0o755 & ~mask
    }()

    /// Writes one rendered file.
    public func write(_ file: OutputFile) {
        file.bytes.withUnsafeBufferPointer { finished(file.path, $0) }
    }

    /// Copies one file as it is.
    public func copy(_ file: CopiedFile) {
        guard let data = FileManager.default.contents(atPath: file.source) else {
            let code = errno == 0 ? EIO : errno
            failures.withLock { $0.append((file.path, code)) }
            return
        }
        data.withUnsafeBytes { finished(file.path, $0.bindMemory(to: UInt8.self)) }
    }

    private func finished(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let entry = SiteManifest.Entry(size: bytes.count, hash: ContentHash(UnsafeRawBufferPointer(bytes)))
        // A kept file with these bytes stays as it is: compared byte for byte, as a hash can be forged.
        var info = stat(), ignored = stat()
        let (wasKept, code) = folders.withParent(of: path) { folder, name in
            let wasKept = keptBytes[path] == entry && FileBytes.holds(in: folder, name, bytes, info: &info)
            return (wasKept, wasKept ? 0 : Self.writeFile(in: folder, name, bytes, recycled: recycled, info: &info))
        } ?? (false, errno)
        if code != 0 {
            failures.withLock { $0.append((path, code)) }
        } else {
            written.withLock { $0[path] = entry }
            identities.withLock { $0[path] = FileIdentity(info) }
        }
        // Equal manifest entries can be forged; equal bytes cannot. A kept file holds the bytes the
        // output's file had when the build before wrote it (it compared them byte for byte and kept
        // only those): when the kept file holds these bytes, so does the output's, if the check
        // found that file as the build before left it by its identity (a hash can be forged).
        if removal == .keepForNextBuild, let current, let live = current.manifest.files[path] ?? nil, live == entry,
           wasKept && current.vouched.contains(path) || FileBytes.holds(output.path + "/" + path, bytes, info: &ignored) {
            asBefore.withLock { _ = $0.insert(path) }
        }
    }

    /// What becomes of the replaced output folder once the new one is in place.
    public enum Removal: Sendable {
        /// Deleted before `commit` returns.
        case now
        /// Deleted on a background thread of this process (for a long-running process such as `serve`).
        case backgroundThread
        /// Kept beside the output folder as `.<name>.previous` for the next build to write into,
        /// holding only the names of the new site's files, readable by its owner only, every file
        /// emptied but those whose bytes the new site has at the same path (which the next build
        /// need not write again).
        case keepForNextBuild
    }

    /// A new folder: every file is new.
    package var changed: Set<String>? { nil }

    /// Swaps the new folder in for the output folder, if every file was written; otherwise removes
    /// it. What becomes of the replaced folder is the writer's `Removal`. Returns the new site's manifest.
    @discardableResult
    package func commit() throws(Failure) -> SiteManifest {
        if let first = failures.withLock({ $0.min { $0.path < $1.path } }) {
            abandon()
            throw Failure(.cannotWrite(path: "\(output.given)/\(first.path)", reason: systemReason(first.code)))
        }
        // Every file went where the site's folders are now.
        guard folders.areInPlace(at: temporary) else {
            abandon()
            throw Failure(.cannotWrite(path: output.given, reason: systemReason(EIO)))
        }
        // The kept files the site does not have go before it is opened up: those the kept folder's
        // check found, by name; anything else in the way, by a walk of the whole folder.
        if recycled {
            let files = layout.withLock { $0.files }
            let stale = { (paths: Set<String>) in
                Array(paths.filter { !SiteFolder.holds(files.files, exactly: $0) && !SiteFolder.holds(files.folders, exactly: $0) })
            }
            guard removeByName(files: stale(kept.files), folders: stale(kept.folders))
                    || SiteFolder.prune(temporary, to: files, emptying: false) else {
                abandon()
                throw Failure(.cannotWrite(path: output.given, reason: systemReason(EIO)))
            }
        }
        // Opened up before its manifest says it is whole, so a whole site recovered after a kill is readable.
        if recycled { SiteFolder.publish(temporary) } else { chmod(temporary, Self.folderMode) }
        let manifest = SiteManifest(complete: written.withLock { $0 })
        let code = SiteFolder.write(manifest, into: temporary)
        guard code == 0 else {
            abandon()
            throw Failure(.cannotWrite(path: "\(output.given)/\(OutputFolder.markerName)", reason: systemReason(code)))
        }
        // The manifest's change time, as the file system stamps it (its clock and its granularity),
        // before the site is swapped in: a change after the swap gets one no earlier, so an identity
        // whose change time is before it is settled (`FileIdentity.isSettled`). Zero, settling
        // nothing, when it cannot be read.
        var stamped = stat()
        let clock = lstat(temporary + "/" + OutputFolder.markerName, &stamped) == 0 ? stamped.st_ctim : timespec()
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_BLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        switch OutputFolder.kind(output.path) {
        case .missing:
            guard rename(temporary, output.path) == 0 else {
                let code = errno
                abandon()
                throw Failure(.cannotMoveNewSite(output: output.given, reason: systemReason(code)))
            }
            return manifest
        case .folder:
            break
        default:
            abandon()
            throw Failure(.outputNoLongerAFolder(output: output.given))
        }
        // The second look: the output must be what was checked before the build, file for file.
        guard isAsChecked(output.path) else {
            abandon()
            throw Failure(.outputChangedDuringBuild(output: output.given))
        }
        let aside = holding + "/site"
        if Self.exchange(temporary, output.path) {
            // The replaced site now has the new one's former name; it goes into a private folder at once.
            if mkdir(holding, 0o700) == 0 && rename(temporary, aside) == 0 {
                finishReplaced(aside, clock: clock)
            } else {
                rmdir(holding)
                finishReplaced(temporary, clock: clock)
            }
            return manifest
        }
        guard mkdir(holding, 0o700) == 0 else {
            let code = errno
            abandon()
            throw Failure(.cannotCreateAsideFolder(output: output.given, reason: systemReason(code)))
        }
        guard rename(output.path, aside) == 0 else {
            let code = errno
            rmdir(holding)
            abandon()
            throw Failure(.cannotReplaceOutput(output: output.given, reason: systemReason(code)))
        }
        guard isAsChecked(aside) else {
            rename(aside, output.path)
            rmdir(holding)
            abandon()
            throw Failure(.outputChangedDuringBuild(output: output.given))
        }
        guard rename(temporary, output.path) == 0 else {
            let code = errno
            rename(aside, output.path)
            rmdir(holding)
            abandon()
            throw Failure(.cannotMoveNewSite(output: output.given, reason: systemReason(code)))
        }
        finishReplaced(aside, clock: clock)
        return manifest
    }

    /// Removes the files at `files`, then the folders at `folders` (each empty by then, the deepest
    /// first) from the folder being written: what the recycled site had that the new one lacks,
    /// without listing the whole site. A name already gone is fine. False when anything else stood
    /// in the way (a link or file where a folder was, a folder where a file was, a folder not empty).
    private func removeByName(files: [String], folders paths: [String]) -> Bool {
        func gone(_ path: String, _ flags: Int32) -> Bool {
            folders.withParent(of: path) { unlinkat($0, $1, flags) == 0 || errno == ENOENT } ?? (errno == ENOENT)
        }
        let deepestFirst = paths.map { ($0, $0.utf8.count { $0 == UInt8(ascii: "/") }) }.sorted { $0.1 > $1.1 }.map(\.0)
        return files.allSatisfy { gone($0, 0) } && deepestFirst.allSatisfy { gone($0, AT_REMOVEDIR) }
    }

    /// Whether `folder` holds what the output held when it was checked: the same files, or nothing.
    private func isAsChecked(_ folder: String) -> Bool {
        if let current { return SiteCheck.unchanged(folder, since: current) }
        guard case .success(let entries) = SiteFolder.entries(folder) else { return false }
        return entries.isEmpty
    }

    /// Removes or keeps the site the swap replaced, now at `aside`, touching only what its check
    /// found; one that changed meanwhile is left where it is and named in a warning.
    private func finishReplaced(_ aside: String, clock: timespec) {
        let holder = aside.hasPrefix(holding + "/") ? holding : aside
        guard let current else {
            if rmdir(aside) == 0 { rmdir(holding) } else { leftChanged(holder) }
            return
        }
        // Each step below touches only what the check found, as the check found it, and leaves
        // the folder where it is, with a warning, when anything else turned up in it.
        switch removal {
        case .now:
            if !Self.remove(aside, owned: current) { leftChanged(holder) } else { rmdir(holding) }
        case .backgroundThread:
            // Looked at again first, so a long-running process says at once when it leaves the folder.
            guard SiteCheck.unchanged(aside, since: current) else { return leftChanged(holder) }
            let holding = self.holding
            Thread.detachNewThread { if Self.remove(aside, owned: current) { rmdir(holding) } }
        case .keepForNextBuild:
            if let warning = output.keep(aside, owned: current, layout: layout.withLock { $0.files }, unchanged: unchanged(),
                                         output: IdentityRecord.Files(files: known(), written: clock)) {
                notes.withLock { $0.append(warning) }
            } else {
                rmdir(holding)
            }
        }
    }

    /// The new site's files whose bytes the replaced site had at the same path: compared byte for
    /// byte as they were written (`OutputFolder.keep` keeps only those that still have the identities
    /// they had when the build began).
    private func unchanged() -> [String: SiteManifest.Entry] {
        let same = asBefore.withLock { $0 }
        return written.withLock { $0 }.filter { same.contains($0.key) }
    }

    /// Every file written (or found with its bytes) with the identity it had then.
    private func known() -> [String: IdentityRecord.Known] {
        let identities = identities.withLock { $0 }
        var known: [String: IdentityRecord.Known] = [:]
        for (path, entry) in written.withLock({ $0 }) {
            if let identity = identities[path] { known[path] = IdentityRecord.Known(entry: entry, identity: identity) }
        }
        return known
    }

    /// Deletes a replaced site: what its check found, and then its folder; false when anything else was left.
    private static func remove(_ folder: String, owned site: VerifiedSite) -> Bool {
        guard SiteFolder.prune(folder, to: SiteFolder.Layout(files: []), emptying: false, owned: site) else { return false }
        unlink(folder + "/" + SiteManifest.pendingName)
        unlink(folder + "/" + OutputFolder.markerName)
        return rmdir(folder) == 0
    }

    private func leftChanged(_ folder: String) {
        let warning = OutputFolder.leftAlone(folder, .reasonChangedDuringBuild)
        notes.withLock { $0.append(warning) }
    }

    /// Moves the kept site into place as the folder to write when it is a site advocacy wrote that
    /// nobody changed; returns what its check found (every file's bytes checked against its manifest)
    /// without the record, or nil when nothing was recycled.
    private static func recycle(_ kept: String, into temporary: String, warnings: inout [Message]) -> VerifiedSite? {
        switch OutputFolder.kind(kept) {
        case .missing:
            return nil
        case .folder:
            break
        default:
            warnings.append(OutputFolder.leftAlone(kept, .reasonNoManifest))
            return nil
        }
        switch SiteCheck.check(kept, kept: true, vouched: IdentityRecord.read(.kept, in: kept)) {
        case .site(var site) where site.manifest.state == .complete:
            guard rename(kept, temporary) == 0 else { return nil }
            // The record speaks for the folder as it was kept; the site written into it has its own.
            unlink(temporary + "/" + IdentityRecord.fileName)
            site.files[IdentityRecord.fileName] = nil
            return site
        case .foreign(let entry):
            warnings.append(OutputFolder.leftAlone(kept, .reasonForeignEntry(path: entry)))
        case .changed(let entry):
            warnings.append(OutputFolder.leftAlone(kept, .reasonEntryChanged(path: entry)))
        default:
            warnings.append(OutputFolder.leftAlone(kept, .reasonNoManifest))
        }
        return nil
    }

    /// Removes the unfinished folder.
    public func abandon() {
        SiteFolder.remove(temporary)
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's `renameat2`, which Swift's Glibc module does not show.
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Exchanges two folders in one step; false when the file system or kernel cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    /// Writes the file `name` in the folder open at `folder`; 0 or the `errno` of the failure, and its
    /// status once written in `info`. In a
    /// recycled folder an existing file is written over and cut to its new length (its blocks are
    /// reused, not freed and taken again), unless another name links to it: then it is replaced by a new file.
    private static func writeFile(in folder: Int32, _ name: String, _ bytes: UnsafeBufferPointer<UInt8>, recycled: Bool,
                                  info written: inout stat) -> Int32 {
        var fd = openat(folder, name, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (recycled ? 0 : O_TRUNC), 0o644)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        var longer = false
        if recycled {
            var info = stat()
            guard fstat(fd, &info) == 0 else { return errno }
            if info.st_nlink > 1 {
                close(fd)
                unlinkat(folder, name, 0)
                fd = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
                guard fd >= 0 else { return errno }
            } else {
                longer = Int(info.st_size) > bytes.count
            }
        }
        let code = FileBytes.writeAll(fd, bytes)
        guard code == 0 else { return code }
        if longer && ftruncate(fd, off_t(bytes.count)) != 0 { return errno }
        return fstat(fd, &written) == 0 ? 0 : errno
    }
}
