import Foundation
import AdvocacyCore

/// The folder a build writes the site into, checked before anything is written: the build only ever
/// replaces or deletes what its manifest (`.advocacy-site`, `SiteManifest`) lists with the bytes it
/// wrote. An output folder that holds anything else is refused, as is a symbolic link, a file, and
/// a folder that is, holds or lies inside the content or templates folder, or is or holds the
/// folder the command runs in. Every relation is decided on real paths, by device and inode.
///
/// Beside the output folder live the folders of a build in progress (`.<name>.tmp-<pid>-<start>-<n>`), of a
/// site being swapped out (`.<name>.old-<pid>-<start>-<n>/site`, in a folder only its owner can read) and
/// the site kept for the next build to write into (`.<name>.previous`), each used or removed only
/// as a real folder with a valid manifest of its own, once the process that made it has ended.
public struct OutputFolder: Sendable {
    /// The name of the manifest file at the root of every site advocacy writes.
    public static let markerName = ".advocacy-site"

    /// The folder as given on the command line, for messages.
    public let given: String
    /// The folder's real path: its existing part with links resolved, and the names still to make.
    public var path: String { real.path }
    /// Where the folder is, as the kernel resolves it.
    package let real: RealPath
    /// The folder that holds it.
    package let parent: String
    /// Its name in `parent`.
    package let name: String

    /// Checks `given` as the output of a build of the `content` and `templates` folders (both must
    /// exist). Nothing is created or changed.
    public init(_ given: String, content: String, templates: String) throws(UsageError) {
        guard !given.isEmpty else { throw UsageError(.outputEmpty) }
        self.given = given
        switch RealPath.resolve(given) {
        case .success(let resolved): real = resolved
        case .failure(.lastIsALink): throw UsageError(.outputIsLink(output: given))
        case .failure(.unreachable(let at, let code)):
            throw UsageError(.cannotCreateOutputParent(folder: at, reason: systemReason(code)))
        }
        guard real.path != "/" else { throw UsageError(.outputIsRoot) }
        parent = real.path.parentPath
        name = real.path.lastPathName
        for (folder, kind) in [(content, MessageID.contentFolderWord), (templates, .templatesFolderWord)] {
            guard let other = RealPath.real(folder), let identity = RealPath.identity(other) else { continue }
            let word = Message(kind)
            let relation: MessageID? = switch real.relation(to: identity) {
            case .same: .outputIsFolder(folder: word)
            case .inside: .outputInsideFolder(folder: word, path: other)
            case nil: real.holds(other) ? .outputHoldsFolder(folder: word, path: other) : nil
            }
            if let relation {
                throw UsageError(.outputOverlaps(output: given, relation: Message(relation)))
            }
        }
        if let here = RealPath.real("."), let identity = RealPath.identity(here) {
            let relation: MessageID? = real.relation(to: identity) == .same ? .outputIsCurrentFolder
                : real.holds(here) ? .outputHoldsCurrentFolder : nil
            if let relation {
                throw UsageError(.outputAroundCurrentFolder(output: given, relation: Message(relation)))
            }
        }
        switch Self.kind(path) {
        case .missing, .folder: break
        case .link: throw UsageError(.outputIsLink(output: given))
        case .file, .other: throw UsageError(.outputNotAFolder(output: given))
        }
    }

    /// What the output folder holds now, checked against its manifest: nil when it is missing or
    /// empty, the site when it is one advocacy wrote and nobody changed. Anything else is refused.
    /// The files the kept folder's record vouches for are not read.
    package func currentSite() throws(UsageError) -> VerifiedSite? {
        guard Self.kind(path) == .folder else { return nil }
        switch SiteCheck.check(path, vouched: IdentityRecord.read(.output, in: kept)) {
        case .empty: return nil
        case .site(let site) where site.manifest.state == .complete: return site
        case .site(let site):
            throw UsageError(.outputManifestInvalid(output: given, line: site.manifest.stateLine,
                                                    problem: Message(.manifestUnfinished)))
        case .notAFolder: throw UsageError(.outputNotAFolder(output: given))
        case .unreadable(_, let code):
            throw UsageError(.outputUnreadable(output: given, reason: systemReason(code)))
        case .notASite(let entries):
            let more = entries.count > 2 ? Message(.andMore(count: entries.count - 2)) : nil
            // Sites built before builds marked them hold the search index at their root.
            let earlier = entries.contains("search-index.json") ? Message(.builtByEarlierVersion) : nil
            throw UsageError(.outputNotASite(output: given, entries: Array(entries.prefix(2)), more: more, earlier: earlier))
        case .earlierVersion:
            throw UsageError(.outputBuiltBeforeManifests(output: given))
        case .invalidManifest(let problem):
            throw UsageError(.outputManifestInvalid(output: given, line: problem.line, problem: problem.message))
        case .foreign(let entry):
            throw UsageError(.outputForeignEntry(output: given, path: entry))
        case .changed(let entry):
            throw UsageError(.outputEntryChanged(output: given, path: entry))
        }
    }

    /// Where the replaced site is kept for the next build to write into.
    package var kept: String { sibling("previous") }

    /// A folder beside the output: `.<name>.<suffix>`.
    package func sibling(_ suffix: String) -> String { parent + "/.\(name).\(suffix)" }

    /// Creates the folders that should hold the output, if they are missing, one by one: a name
    /// that appears meanwhile as anything but a real folder stops it.
    func createParent() throws(UsageError) {
        var folder = real.existing
        for part in real.missing.dropLast() {
            folder = (folder == "/" ? "" : folder) + "/" + part
            if mkdir(folder, 0o755) != 0 && !(errno == EEXIST && Self.kind(folder) == .folder) {
                throw UsageError(.cannotCreateOutputParent(folder: given.parentPath,
                                                           reason: systemReason(errno)))
            }
        }
    }

    /// Cleans up after builds of this output that were killed: a site left aside between the two
    /// renames of a swap is put back; an unfinished or replaced site is emptied and kept for the
    /// next build when none is kept yet, else removed. Only real folders of the build's own names
    /// whose process has ended are looked at, and only those whose manifest lists all they hold are
    /// touched; the others are left as they are and named in the returned warnings.
    package func recoverAbandonedBuilds() -> [Message] {
        guard case .success(let entries) = SiteFolder.entries(parent) else { return [] }
        var warnings: [Message] = []
        for entry in entries.sorted() {
            let kind: String
            if entry.hasPrefix(".\(name).tmp-") { kind = "tmp" } else if entry.hasPrefix(".\(name).old-") { kind = "old" } else { continue }
            let rest = entry.dropFirst(".\(name).\(kind)-".count)
            guard let process = BuildProcess(folderSuffix: rest), process.pid != getpid(), process.hasEnded else { continue }
            let folder = parent + "/" + entry
            guard Self.kind(folder) == .folder else { continue }
            if kind == "old" {
                // A private folder holding the replaced site as `site`, or nothing.
                guard case .success(let held) = SiteFolder.entries(folder) else { continue }
                // The private folder a build makes just before moving the old site into it.
                if held.isEmpty && Self.mode(folder) == 0o700 { rmdir(folder); continue }
                guard held == ["site"], Self.kind(folder + "/site") == .folder else {
                    warnings.append(Self.leftAlone(folder, .reasonNoManifest))
                    continue
                }
                if let warning = recover(folder + "/site", shownAs: folder) { warnings.append(warning) } else { rmdir(folder) }
            } else if Self.removeUnnamed(folder) {
                continue
            } else if let warning = recover(folder, shownAs: folder) {
                warnings.append(warning)
            }
        }
        return warnings
    }

    /// Removes the folder of a build killed between making it and naming it in its manifest: a build
    /// makes its folder private (0700) and opens it up only once the site in it is whole, so a private
    /// folder that is empty, or holds only the manifest being written (the build's own file, made
    /// exclusively, cut short or whole), is the build's. True when it was removed; anything else,
    /// a folder of any other mode among it, is left be.
    private static func removeUnnamed(_ folder: String) -> Bool {
        guard mode(folder) == 0o700, case .success(let held) = SiteFolder.entries(folder),
              held.allSatisfy({ $0 == SiteManifest.pendingName }) else {
            return false
        }
        if !held.isEmpty {
            let pending = folder + "/" + SiteManifest.pendingName
            let header = Array(SiteManifest.firstWords.utf8)
            guard kind(pending) == .file, let written = FileManager.default.contents(atPath: pending).map(Array.init),
                  header.starts(with: written) || written.starts(with: header) else { return false }
            unlink(pending)
        }
        return rmdir(folder) == 0
    }

    /// Puts a site of a killed build back as the output when there is none, or keeps or removes it;
    /// a warning when it is not the build's own.
    private func recover(_ folder: String, shownAs shown: String) -> Message? {
        switch SiteCheck.check(folder, recovering: true) {
        case .site(let site):
            if site.manifest.state == .complete && Self.kind(path) == .missing && rename(folder, path) == 0 { return nil }
            return keep(folder, owned: site).map { _ in Self.leftAlone(shown, .reasonChangedDuringBuild) }
        case .foreign(let entry):
            return Self.leftAlone(shown, .reasonForeignEntry(path: entry))
        case .changed(let entry):
            return Self.leftAlone(shown, .reasonEntryChanged(path: entry))
        case .empty, .notASite, .earlierVersion, .invalidManifest, .unreadable, .notAFolder:
            return Self.leftAlone(shown, .reasonNoManifest)
        }
    }

    static func leftAlone(_ folder: String, _ reason: MessageID) -> Message {
        Message(.folderLeftAlone(folder: folder, reason: Message(reason)))
    }

    /// Empties a checked site folder of the build's own and keeps it for the next build, unless a
    /// site is kept already; then removes it. Only what the check found is touched; when anything
    /// else turned up meanwhile, the folder stays where it is and the warning says so. The files at
    /// the paths of `unchanged` keep their bytes, which are those entries' (the output's own at the
    /// same paths), and the kept folder's manifest says so. With the `output`'s files as the build
    /// that wrote them knew them, the kept folder records those and its own that keep their bytes
    /// with their identities (`IdentityRecord`), for the next build to trust without reading them.
    @discardableResult
    package func keep(_ folder: String, owned site: VerifiedSite, layout: SiteFolder.Layout? = nil,
                      unchanged: [String: SiteManifest.Entry] = [:], output: IdentityRecord.Files? = nil) -> Message? {
        // Said first, so a build killed while emptying leaves a folder the next one can still clean.
        guard SiteFolder.write(SiteManifest(owning: site.manifest.files.keys), into: folder) == 0 else {
            return Self.leftAlone(folder, .reasonChangedDuringBuild)
        }
        if Self.kind(kept) != .missing {
            guard SiteFolder.prune(folder, to: SiteFolder.Layout(files: []), emptying: false, owned: site) else {
                return Self.leftAlone(folder, .reasonChangedDuringBuild)
            }
            unlink(folder + "/" + SiteManifest.pendingName)
            unlink(folder + "/" + Self.markerName)
            rmdir(folder)
            return nil
        }
        let owned = Set(site.manifest.files.keys)
        let names = layout.map { owned.intersection($0.files) } ?? owned
        let holding = unchanged.filter { names.contains($0.key) }
        guard SiteFolder.scrub(folder, keeping: layout, owned: site, holding: Set(holding.keys)) else {
            return Self.leftAlone(folder, .reasonChangedDuringBuild)
        }
        let manifest = SiteManifest(complete: Dictionary(uniqueKeysWithValues: names.map { ($0, holding[$0] ?? .init(size: 0, hash: .empty)) }))
        guard SiteFolder.write(manifest, into: folder) == 0 else { return nil }
        if let output {
            // The files that keep their bytes have the identities the check found them with, which
            // the commit found again; emptied files need none, as an empty file is not read.
            // A record that cannot be written vouches for nothing: the next build reads every file.
            let known = Dictionary(uniqueKeysWithValues: holding.compactMap { path, entry in
                site.files[path].map { (path, IdentityRecord.Known(entry: entry, identity: $0)) }
            })
            _ = IdentityRecord(output: output, kept: .init(files: known, written: output.written)).write(into: folder)
        }
        rename(folder, kept)
        return nil
    }

    /// The permission bits of what is at a path, without following a symbolic link.
    package static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// What is at a path, without following a symbolic link.
    package enum Kind { case missing, folder, file, link, other }

    package static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }
}

extension SiteManifest.Problem {
    /// What is wrong, in words.
    package var message: Message {
        switch kind {
        case .notAManifest: Message(.manifestNotAManifest)
        case .otherFormat(let format): Message(.manifestOtherFormat(format: format))
        case .malformedLine: Message(.manifestMalformedLine)
        case .pathOutside(let path): Message(.manifestPathOutside(path: path))
        case .pathTwice(let path): Message(.manifestPathTwice(path: path))
        }
    }
}
