import Foundation
import AdvocacyCore

/// Cleaning of folders a build made (a recycled, replaced or kept site). Every step goes through
/// folder descriptors opened with `O_NOFOLLOW`, so a symbolic link put anywhere in the tree, the
/// root included, is removed as a link and never followed.
package enum SiteFolder {
    /// The relative paths of a site's files and of every folder that holds them.
    package struct Layout: Sendable {
        package var files: Set<String>
        package var folders: Set<String>

        package init(files: [String]) {
            self.files = []
            folders = []
            add(files)
        }

        /// The files at `files`, the folders that hold them and the folders at `folders`.
        package init(files: [String], folders: Set<String>) {
            self.init(files: files)
            self.folders.formUnion(folders)
        }

        /// Adds the files at `paths` and the folders that hold them.
        package mutating func add(_ paths: [String]) {
            for path in paths where files.insert(path).inserted {
                var folder = path.parentPath
                while !folder.isEmpty && folders.insert(folder).inserted { folder = folder.parentPath }
            }
        }
    }

    /// Removes from `root` every entry that is not a plain file or folder of `layout` (with no
    /// layout, every entry that is not a plain file or folder). With `emptying`, the files that stay
    /// are emptied, or removed when another name links to them, so the folder keeps names but no
    /// content. The manifest is left as it is. Nothing happens when `root` is not a real folder.
    ///
    /// With `owned`, only what that check of the folder found is touched: a file only while it has
    /// the identity it had then, a folder only when it was there; anything else stays where it is.
    /// Returns false when something was left that way (or `root` could not be opened).
    @discardableResult
    static func prune(_ root: String, to layout: Layout?, emptying: Bool, owned: VerifiedSite? = nil) -> Bool {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return prune(fd, "", to: layout, emptying: emptying, owned: owned)
    }

    /// Makes a folder readable by its owner only and empties every file in it but those at the
    /// paths `holding`; see `prune`.
    @discardableResult
    static func scrub(_ root: String, keeping layout: Layout?, owned: VerifiedSite? = nil, holding: Set<String> = []) -> Bool {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        fchmod(fd, 0o700)
        return prune(fd, "", to: layout, emptying: true, owned: owned, holding: holding)
    }

    /// Makes a real folder readable by everyone again (a recycled site that becomes the output).
    package static func publish(_ root: String) {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        fchmod(fd, 0o755)
        close(fd)
    }

    /// Writes a manifest into a folder: to a file of its own first, renamed over the old one, so
    /// the folder never holds half a manifest. 0 or the `errno` of the failure.
    package static func write(_ manifest: SiteManifest, into folder: String) -> Int32 {
        let pending = folder + "/" + SiteManifest.pendingName
        // A name that links elsewhere loses only its name here, never its bytes.
        unlink(pending)
        let code = ExclusiveFile.create(pending, manifest.bytes)
        guard code == 0 else { unlink(pending); return code }
        return rename(pending, folder + "/" + OutputFolder.markerName) == 0 ? 0 : errno
    }

    /// Deletes a folder and everything in it; a link is removed as a link.
    package static func remove(_ path: String) {
        let parent = open(path.parentPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard parent >= 0 else { return }
        defer { close(parent) }
        removeEntry(parent, path.lastPathName)
    }

    /// The names in a folder, without `.` and `..`; nil with the `errno` when it cannot be read.
    package static func entries(_ path: String) -> Result<[String], SystemFailure> {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SystemFailure(code: errno)) }
        defer { close(fd) }
        return .success(list(fd).map(\.name))
    }

    /// An `errno` value as an error.
    package struct SystemFailure: Error {
        package let code: Int32
    }

    /// The entries of the folder open at `fd` (which stays open): each name and whether it is a
    /// folder, a plain file or something else (a link, a device).
    package static func list(_ fd: Int32) -> [(name: String, kind: OutputFolder.Kind)] {
        FolderEntries.read(fd)
    }

    /// Prunes the folder open at `fd` (which stays open), which is at `relative` in the site; false
    /// when something not owned was left. The root's subfolders are pruned side by side; libdispatch
    /// runs the loops inside that one on one thread each (flattening them as the site check's walk
    /// does gained 0.02–0.04 s at 10,000 items).
    private static func prune(_ fd: Int32, _ relative: String, to layout: Layout?, emptying: Bool, owned: VerifiedSite?,
                              holding: Set<String> = []) -> Bool {
        var clean = true
        var subfolders: [(name: String, path: String)] = []
        for entry in list(fd) {
            if relative.isEmpty && (entry.name == OutputFolder.markerName || entry.name == SiteManifest.pendingName) { continue }
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            let isOwned = owned.map { isOwnedEntry(fd, entry.name, path: path, kind: entry.kind, in: $0) } ?? true
            guard isOwned else { clean = false; continue }
            if entry.kind == .folder {
                subfolders.append((entry.name, path))
            } else if entry.kind != .file || !(layout.map { holds($0.files, exactly: path) } ?? true) {
                removeEntry(fd, entry.name)
            } else if emptying && !holding.contains(path) {
                empty(fd, entry.name)
            }
        }
        let pruned = subfolders.parallelMap { folder -> Bool in
            let child = openat(fd, folder.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { return false }
            let stays = layout.map { holds($0.folders, exactly: folder.path) } ?? true
            let emptied = prune(child, folder.path, to: stays ? layout : Layout(files: []), emptying: emptying, owned: owned, holding: holding)
            close(child)
            return emptied && (stays || unlinkat(fd, folder.name, AT_REMOVEDIR) == 0)
        }
        return clean && !pruned.contains(false)
    }

    /// Whether `paths` holds `path` byte for byte. A set of strings also finds one Swift takes for the
    /// same (é composed where the set has it decomposed), which in a folder is another entry: a kept
    /// file of that name stayed beside the new site's, which the next build then refused.
    static func holds(_ paths: Set<String>, exactly path: String) -> Bool {
        guard let index = paths.firstIndex(of: path) else { return false }
        return paths[index].utf8.elementsEqual(path.utf8)
    }

    /// Whether an entry is one a check of the folder found: a folder it listed, or a plain file
    /// with the same identity.
    private static func isOwnedEntry(_ fd: Int32, _ name: String, path: String, kind: OutputFolder.Kind, in site: VerifiedSite) -> Bool {
        switch kind {
        case .folder:
            return holds(site.folders, exactly: path)
        case .file:
            var info = stat()
            guard let known = site.files[path], fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            return known == FileIdentity(info)
        default:
            return false
        }
    }

    /// Removes an entry of the folder open at `parent`: a folder with everything in it, anything else as it is.
    static func removeEntry(_ parent: Int32, _ name: String) {
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if child >= 0 {
            for entry in list(child) { removeEntry(child, entry.name) }
            close(child)
            unlinkat(parent, name, AT_REMOVEDIR)
        } else {
            unlinkat(parent, name, 0)
        }
    }

    /// Empties a file, or removes it when another name links to the same bytes.
    private static func empty(_ parent: Int32, _ name: String) {
        let fd = openat(parent, name, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { unlinkat(parent, name, 0); return }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 || info.st_nlink > 1 || ftruncate(fd, 0) != 0 { unlinkat(parent, name, 0) }
    }
}
