import Foundation

/// Cleaning of folders a build made (a recycled or kept site), never following a link.
enum SiteFolder {
    /// The relative paths of a site's files and of every folder that holds them.
    struct Layout: Sendable {
        var files: Set<String>
        var folders: Set<String>

        init(files: [String]) {
            self.files = Set(files)
            folders = []
            for path in files {
                var folder = (path as NSString).deletingLastPathComponent
                while !folder.isEmpty && folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
            }
        }
    }

    /// Removes from `root` every entry that is not a plain file or folder of `layout` (with no
    /// layout, every entry that is not a plain file or folder). With `emptying`, the files that stay
    /// are emptied, or removed when linked from elsewhere, so the folder keeps names but no content.
    static func prune(_ root: String, to layout: Layout?, emptying: Bool) {
        prune(root, "", to: layout, emptying: emptying)
    }

    /// Empties every file of a folder that a kept site is made from; see `prune`.
    static func scrub(_ root: String, keeping layout: Layout?) {
        chmod(root, 0o700)
        prune(root, to: layout, emptying: true)
    }

    /// Deletes a folder and everything in it, links themselves rather than what they lead to.
    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func prune(_ root: String, _ relative: String, to layout: Layout?, emptying: Bool) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard let directory = opendir(folder) else { return }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                switch OutputFolder.kind(folder + "/" + name) {
                case .folder: type = UInt8(DT_DIR)
                case .file: type = UInt8(DT_REG)
                default: type = 0
                }
            }
            entries.append((name, type))
        }
        closedir(directory)
        for entry in entries {
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            let full = root + "/" + path
            if entry.type == UInt8(DT_DIR) && (layout?.folders.contains(path) ?? true) {
                prune(root, path, to: layout, emptying: emptying)
            } else if entry.type == UInt8(DT_DIR) {
                remove(full)
            } else if entry.type != UInt8(DT_REG) || !(layout?.files.contains(path) ?? true) {
                unlink(full)
            } else if emptying && path != OutputFolder.markerName {
                empty(full)
            }
        }
    }

    /// Empties a file, or removes it when another name links to the same bytes (the live site's).
    private static func empty(_ path: String) {
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { unlink(path); return }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 || info.st_nlink > 1 || ftruncate(fd, 0) != 0 { unlink(path) }
    }
}
