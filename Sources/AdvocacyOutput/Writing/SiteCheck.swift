import Foundation
import AdvocacyCore

/// What a folder holds measured against its manifest: the one test of whether a build may replace,
/// empty or delete it. Every entry is looked at without following links; a link, a device, a folder
/// or file the manifest does not list, or a file whose bytes changed makes the folder not the
/// build's own.
package enum SiteCheck {
    /// What a folder is to a build.
    package enum Outcome: Error {
        /// A folder with nothing in it.
        case empty
        /// A site with a valid manifest that lists everything in it, with matching bytes.
        case site(VerifiedSite)
        /// A folder with files and no manifest; the first names, sorted.
        case notASite(entries: [String])
        /// The marker of a build from before manifests (a plain note).
        case earlierVersion
        /// The marker is not a manifest this version reads.
        case invalidManifest(SiteManifest.Problem)
        /// An entry the manifest does not list: a file, a folder, a link or anything else.
        case foreign(String)
        /// A listed file whose bytes are not those the manifest records.
        case changed(String)
        /// The folder or one of its folders cannot be read.
        case unreadable(String, code: Int32)
        /// Not a real folder.
        case notAFolder
    }

    /// The marker's text in sites built before manifests.
    package static let earlierMarker = "This folder is a site built by advocacy. advocacy build replaces it as a whole.\n"
    /// A manifest larger than this is not read (a million files fit in about 60 MB).
    static let largestManifest = 128 << 20

    /// Checks `folder` against its manifest; a partial manifest's files are checked by name only.
    /// `recovering` a folder of a killed build, a manifest it was writing (`.advocacy-site.new`) is
    /// its own too: the build may have been killed between writing it and renaming it. In a kept
    /// folder (`kept`) or one being recovered, a record of identities (`IdentityRecord`) at the root
    /// is the build's own. A file `vouched` for by its identity is not read, on a file system whose
    /// change times every write moves (`vouchesByIdentity`).
    package static func check(_ folder: String, recovering: Bool = false, kept: Bool = false,
                              vouched: IdentityRecord.Files? = nil) -> Outcome {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { return errno == ENOTDIR || errno == ELOOP ? .notAFolder : .unreadable("", code: errno) }
        defer { close(root) }
        var found: [String: FileIdentity] = [:]
        var folders: Set<String> = []
        var others: [String] = []
        if let failure = walk(root, files: &found, folders: &folders, others: &others) { return failure }
        guard found[OutputFolder.markerName] != nil else {
            let names = Set((Array(found.keys) + Array(folders) + others).map { String($0.prefix { $0 != "/" }) })
            return names.isEmpty ? .empty : .notASite(entries: names.sorted())
        }
        let manifest: SiteManifest
        switch readManifest(root) {
        case .success(let read): manifest = read
        case .failure(let outcome): return outcome
        }
        found[OutputFolder.markerName] = nil
        // Only a build that did not finish leaves its manifest half written.
        if manifest.state == .partial || recovering { found[SiteManifest.pendingName] = nil }
        // Listed with the files, so that a prune of what the check found removes it.
        let record = (kept || recovering) && found[IdentityRecord.fileName] != nil ? IdentityRecord.fileName : nil
        let listedFolders = manifest.folders
        let strays = (others + folders.filter { !listedFolders.contains($0) }
            + found.keys.filter { manifest.files[$0] == nil && $0 != record })
        if let first = strays.min() { return .foreign(first) }
        if manifest.state == .complete {
            let found = found
            let paths = found.keys.filter { $0 != record }.sorted()
            let vouched = Self.vouchesByIdentity(root) ? vouched : nil
            // A file the record vouches for by its identity is not read (`IdentityRecord.Files.vouches`).
            let looks = paths.parallelMap { path -> Look in
                guard let entry = manifest.files[path] ?? nil, let identity = found[path], identity.size == entry.size else { return .changed }
                if vouched?.vouches(for: path, entry: entry, found: identity) == true { return .vouched }
                return matches(folder + "/" + path, entry, identity) ? .read : .changed
            }
            if let index = looks.firstIndex(of: .changed) { return .changed(paths[index]) }
            let known = Set(zip(paths, looks).filter { $0.1 == .vouched }.map(\.0))
            return .site(VerifiedSite(manifest: manifest, files: found, folders: folders, vouched: known))
        }
        return .site(VerifiedSite(manifest: manifest, files: found, folders: folders))
    }

    /// Whether a site checked before holds the same entries with the same identities now: a cheap
    /// second look (one `lstat` a file) just before the build replaces it. Any write to a file
    /// changes its change time, which no one can set back.
    package static func unchanged(_ folder: String, since site: VerifiedSite) -> Bool {
        let root = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { return false }
        defer { close(root) }
        var found: [String: FileIdentity] = [:]
        var folders: Set<String> = []
        var others: [String] = []
        guard walk(root, files: &found, folders: &folders, others: &others) == nil, others.isEmpty else { return false }
        found[OutputFolder.markerName] = nil
        return found == site.files && folders == site.folders
    }

    /// Lists the site open at `root` (not closed here) and every folder in it. Of several failures,
    /// one nearer the top comes first.
    private static func walk(_ root: Int32, files: inout [String: FileIdentity], folders: inout Set<String>,
                             others: inout [String]) -> Outcome? {
        let listing = walk(root)
        for (path, identity) in listing.files {
            if files.updateValue(identity, forKey: path) != nil { return .foreign(path) }
        }
        for path in listing.folders where !folders.insert(path).inserted { return .foreign(path) }
        others += listing.others
        return listing.failure
    }

    /// What a walk found under one folder.
    private struct Listing: Sendable {
        var files: [(String, FileIdentity)] = []
        var folders: [String] = []
        var others: [String] = []
        var failure: Outcome?

        /// Adds what `other` found, and its failure unless this one has one.
        mutating func append(_ other: Listing) {
            files += other.files
            folders += other.folders
            others += other.others
            failure = failure ?? other.failure
        }
    }

    /// A folder to walk: its name in the folder open at `parent`, and its path in the site.
    private typealias Subfolder = (parent: Int32, name: String, path: String)

    /// Walks the site open at `root`. The folders at its top (share/, stories/, …) are listed first,
    /// and the folders in them are then walked on all cores at once: a parallel loop inside another
    /// runs on one thread (libdispatch), and share/ alone holds most of a site's folders.
    private static func walk(_ root: Int32) -> Listing {
        var (listing, top) = list(root, "")
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        var subfolders: [Subfolder] = []
        for folder in top where listing.failure == nil {
            guard let entered = enter(folder, into: &listing) else { continue }
            opened.append(entered.fd)
            subfolders += entered.below
        }
        guard listing.failure == nil else { return Listing(failure: listing.failure) }
        for found in subfolders.parallelMap(walk) {
            listing.append(found)
            if let failure = listing.failure { return Listing(failure: failure) }
        }
        return listing
    }

    /// Walks one subfolder and every folder in it, on this thread, depth first with a stack of its
    /// own: however deep a tree someone put into the folder, the walk cannot run out of stack.
    private static func walk(_ folder: Subfolder) -> Listing {
        var listing = Listing()
        // The folders open on the way down, with their subfolders and the next one to walk.
        var path: [(fd: Int32, below: [Subfolder], next: Int)] = []
        defer { path.forEach { close($0.fd) } }
        var next: Subfolder? = folder
        while true {
            if let folder = next, let entered = enter(folder, into: &listing) { path.append((entered.fd, entered.below, 0)) }
            if let failure = listing.failure { return Listing(failure: failure) }
            guard let last = path.last else { return listing }
            if last.next < last.below.count {
                next = last.below[last.next]
                path[path.count - 1].next += 1
            } else {
                next = nil
                close(last.fd)
                path.removeLast()
            }
        }
    }

    /// Opens and lists a subfolder into `listing`: its descriptor, for the caller to close, and its
    /// subfolders; nil when it is no longer a folder (what it is now goes into `listing`).
    private static func enter(_ folder: Subfolder, into listing: inout Listing) -> (fd: Int32, below: [Subfolder])? {
        switch opening(folder) {
        case .notAFolder(let found):
            listing.append(found)
            return nil
        case .folder(let fd):
            let (found, below) = list(fd, folder.path)
            listing.folders.append(folder.path)
            listing.append(found)
            return (fd, below)
        }
    }

    /// Opens a subfolder listed a moment ago; when it is no longer a folder, what it is now.
    private static func opening(_ folder: Subfolder) -> Opened {
        let fd = openat(folder.parent, folder.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd >= 0 { return .folder(fd) }
        let code = errno
        var info = stat()
        guard code == ENOTDIR || code == ELOOP, fstatat(folder.parent, folder.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            return .notAFolder(Listing(failure: .unreadable(folder.path, code: code)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .notAFolder(Listing(files: [(folder.path, FileIdentity(info))]))
        case S_IFDIR: return .notAFolder(Listing(failure: .unreadable(folder.path, code: code)))
        default: return .notAFolder(Listing(others: [folder.path]))
        }
    }

    /// A subfolder opened, or what stands at its name instead.
    private enum Opened {
        case folder(Int32)
        case notAFolder(Listing)
    }

    /// The entries of the folder open at `fd`, which is at `relative` in the site: its files and
    /// other entries, and its subfolders to walk.
    private static func list(_ fd: Int32, _ relative: String) -> (Listing, [Subfolder]) {
        var listing = Listing()
        var names: Set<String> = []
        var subfolders: [Subfolder] = []
        for entry in SiteFolder.list(fd) {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            // Two names that Swift takes for one (the same letters composed in another way) cannot
            // both be the build's own: the second is someone else's. Names in two folders differ
            // when the folders' names do.
            guard names.insert(entry.name).inserted else { listing.failure = .foreign(path); break }
            switch entry.kind {
            case .folder:
                subfolders.append((fd, entry.name, path))
            case .other:
                listing.others.append(path)
            default:
                var info = stat()
                guard fstatat(fd, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { listing.failure = .unreadable(path, code: errno); break }
                switch info.st_mode & S_IFMT {
                case S_IFREG: listing.files.append((path, FileIdentity(info)))
                case S_IFDIR: subfolders.append((fd, entry.name, path))
                default: listing.others.append(path)
                }
            }
            if listing.failure != nil { break }
        }
        return (listing, subfolders)
    }

    private static func readManifest(_ root: Int32) -> Result<SiteManifest, Outcome> {
        guard let bytes = readFile(root, OutputFolder.markerName, limit: largestManifest) else {
            return .failure(.invalidManifest(.init(line: 1, kind: .notAManifest)))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(.invalidManifest(.init(line: 1, kind: .notAManifest))) }
        if text == earlierMarker { return .failure(.earlierVersion) }
        do { return .success(try SiteManifest(parsing: text)) } catch { return .failure(.invalidManifest(error)) }
    }

    /// How the check found a file.
    private enum Look { case changed, read, vouched }

    /// Whether the file system of the folder open at `fd` is one where every write to a file moves its
    /// change time, through a shared mapping too (ext2/3/4, XFS, Btrfs, which take a write fault on a
    /// clean page). On tmpfs a store through a mapping never does, and network and FUSE file systems
    /// take their times from elsewhere: there every file is read.
    static func vouchesByIdentity(_ fd: Int32) -> Bool {
        guard let fstatfs = Self.fstatfs else { return false }
        // `struct statfs` begins with the file system's type, a word; 256 bytes hold the whole of it.
        var info = [Int](repeating: 0, count: 32)
        guard fstatfs(fd, &info) == 0 else { return false }
        return [0xEF53, 0x5846_5342, 0x9123_683E].contains(info[0])
    }

    private typealias FStatFS = @convention(c) (Int32, UnsafeMutableRawPointer) -> Int32
    /// glibc's `fstatfs`, which Swift's Glibc module does not show.
    private static let fstatfs: FStatFS? = dlsym(nil, "fstatfs").map { unsafeBitCast($0, to: FStatFS.self) }

    /// Whether a file still has the bytes a manifest records.
    private static func matches(_ path: String, _ entry: SiteManifest.Entry, _ identity: FileIdentity) -> Bool {
        guard identity.size == entry.size else { return false }
        if entry.size == 0 { return entry.hash == .empty }
        guard let bytes = readFile(AT_FDCWD, path, limit: entry.size), bytes.count == entry.size else { return false }
        return ContentHash(bytes) == entry.hash
    }

    /// A plain file's bytes, at most `limit` of them (nil when it is larger, not a plain file or unreadable).
    /// Opened without waiting, so a named pipe put where a file was listed cannot hold the build up.
    static func readFile(_ folder: Int32, _ name: String, limit: Int) -> [UInt8]? {
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while count < buffer.count {
                let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return false }
                if n == 0 { break }
                count += n
            }
            return true
        }
        guard complete, count <= limit else { return nil }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// A folder checked against its manifest, with what was found in it.
package struct VerifiedSite: Sendable {
    package var manifest: SiteManifest
    /// Every plain file found, by path (the manifest itself included), and its identity then.
    package var files: [String: FileIdentity]
    /// Every folder found, by path.
    package var folders: Set<String>
    /// The files the check did not read, as the kept folder's record vouched for them by identity.
    package var vouched: Set<String> = []
}
