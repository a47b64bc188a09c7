import Foundation

/// The files of a content folder, listed without following anything that leads outside it.
struct ContentFolder {
    /// The folder as given on the command line, used to build the paths in diagnostics.
    let root: String
    /// The folder's real path, with symbolic links resolved.
    let realRoot: String

    /// The kinds of Markdown folders, in the order they are listed.
    static let markdownFolders = ["disciplines", "share", "stories", "guidelines", "pages"]

    init(_ root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.realRoot = Self.realPath(root) ?? root
    }

    /// The path shown for a file in the content folder.
    func display(_ relative: String) -> String { root == "." ? relative : root + "/" + relative }

    /// The absolute path of a file in the content folder.
    func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Whether the folder exists.
    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The entries of a folder inside the content folder, sorted; empty when it does not exist.
    func entries(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Whether a path inside the content folder is a folder.
    func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a path stays inside the content folder once symbolic links are resolved.
    func staysInside(_ relative: String) -> Bool {
        guard let real = Self.realPath(absolute(relative)) else { return false }
        return real == realRoot || real.hasPrefix(realRoot + "/")
    }

    /// Every file under `media/`, recursively, as content-relative paths, sorted.
    /// Entries that lead outside the content folder are reported, not listed.
    func mediaFiles(_ diagnostics: inout Diagnostics) -> [String] {
        var files: [String] = []
        func walk(_ folder: String) {
            for name in entries(folder) {
                let path = folder + "/" + name
                guard staysInside(path) else {
                    diagnostics.error("'\(path)' leads outside the content folder; it is not copied",
                                      at: SourceLocation(file: display(path)))
                    continue
                }
                if isDirectory(path) { walk(path) } else { files.append(path) }
            }
        }
        if isDirectory("media") { walk("media") }
        return files
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
