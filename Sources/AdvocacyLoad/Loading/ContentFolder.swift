import Foundation
import AdvocacyCore

/// The files of a content folder, listed without following anything that leads outside it.
package struct ContentFolder {
    /// The folder as given on the command line, used to build the paths in diagnostics.
    package let root: String
    /// The folder's real path, with symbolic links resolved.
    let realRoot: String
    /// The device and inode of the folder at `realRoot`, when it existed as this was made.
    private let rootIdentity: RealPath.Identity?

    package init(_ root: String) {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        let real = RealPath.real(root)
        self.realRoot = real ?? root
        rootIdentity = real.flatMap(RealPath.identity)
    }

    /// The usage error for a content folder that does not exist; run inside the content folder itself
    /// (it holds hub.yml), it says to write `--content .` or to go one folder up.
    package static func missing(_ path: String) -> UsageError {
        let inside = FileManager.default.fileExists(atPath: "hub.yml")
        return UsageError(.contentFolderMissing(folder: path, advice: inside ? Message(.insideContentFolder) : nil))
    }

    /// The path shown for a file in the content folder.
    package func display(_ relative: String) -> String { root == "." ? relative : root + "/" + relative }

    /// The absolute path of a file in the content folder.
    package func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Whether the folder exists.
    package var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The entries of a folder inside the content folder, sorted; empty when it does not exist.
    package func entries(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: absolute(relative))) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `entries(relative)` without the names that join a `/` (`joinsASlash`), each an error at its path.
    package func entries(_ relative: String, diagnostics: inout Diagnostics) -> [String] {
        entries(relative).filter { name in
            guard Self.joinsASlash(name) else { return true }
            let path = relative + "/" + name
            diagnostics.error(Self.nameJoinsSlash(path, name: name), at: SourceLocation(file: display(path)))
            return false
        }
    }

    /// Whether a path inside the content folder is a folder.
    package func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: absolute(relative), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// What stands at a path inside the content folder once symbolic links are followed.
    package enum Entry: Equatable {
        case file(real: String), folder(real: String)
        /// Symbolic links that lead round in a loop.
        case loop
        /// A place outside the content folder, or nothing.
        case outside
        /// A named pipe, device or socket: nothing a site can hold.
        case special
    }

    /// What stands at `relative`, links followed.
    package func entry(_ relative: String) -> Entry {
        if let real = plainFile(relative) { return .file(real: real) }
        guard let real = RealPath.real(absolute(relative)) else { return errno == ELOOP ? .loop : .outside }
        guard isInside(real) else { return .outside }
        var info = stat()
        guard stat(real, &info) == 0 else { return .outside }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(real: real)
        case S_IFDIR: return .folder(real: real)
        default: return .special
        }
    }

    /// The error for an entry at `path` that is not read or copied, with `outside` for one outside the folder.
    package static func problem(_ entry: Entry, at path: String, outside: (_ path: String) -> MessageID) -> MessageID? {
        switch entry {
        case .file, .folder: nil
        case .loop: .linkLoop(path: path)
        case .outside: outside(path)
        case .special: .notAFile(path: path)
        }
    }

    /// The real path of a plain file reached through real folders only, from the content folder's
    /// own real path: one `lstat` a name, where `realpath` reads every name of the whole path as a
    /// link (a content folder has thousands of files). Nil for anything else (a link on the way, a
    /// `.` or `..`, a missing name, a content folder whose name now leads elsewhere), which `entry`
    /// resolves in full.
    private func plainFile(_ relative: String) -> String? {
        let names = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard let rootIdentity, RealPath.identity(root) == rootIdentity,
              !names.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        var path = root, info = stat()
        for (index, name) in names.enumerated() {
            path += "/" + name
            guard lstat(path, &info) == 0 else { return nil }
            let kind = info.st_mode & S_IFMT
            guard kind == (index == names.count - 1 ? S_IFREG : S_IFDIR) else { return nil }
        }
        return realRoot + "/" + relative
    }

    private func isInside(_ real: String) -> Bool {
        real.utf8.elementsEqual(realRoot.utf8) || real.isInside(folder: realRoot)
    }

    /// Whether a path inside the content folder is itself a symbolic link.
    private func isSymbolicLink(_ relative: String) -> Bool {
        var info = stat()
        return lstat(absolute(relative), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Every file under `media/`, recursively, as content-relative paths: the real folders first, in
    /// sorted order, then those reached through symbolic links. Each real folder is listed once, so
    /// links that lead back up (`media/a -> .`) cannot loop; such a link is reported and not followed.
    /// Entries that lead outside the content folder are reported, not listed.
    func mediaFiles(_ diagnostics: inout Diagnostics) -> [String] {
        guard isDirectory("media"), let media = RealPath.real(absolute("media")) else { return [] }
        var files: [String] = [], links: [(path: String, real: String)] = []
        var visited: Set<String> = [media]
        func walk(_ folder: String) {
            for name in entries(folder, diagnostics: &diagnostics) {
                let path = folder + "/" + name
                let entry = entry(path)
                if let problem = Self.problem(entry, at: path, outside: MessageID.mediaLeadsOutside) {
                    diagnostics.error(problem, at: SourceLocation(file: display(path)))
                    continue
                }
                guard case .folder(let real) = entry else {
                    // A link from media/ to a document would publish the document's text as it is.
                    if case .file(let real) = entry, !real.isInside(folder: media) {
                        let target = real.relative(toFolder: realRoot)
                        diagnostics.error(.mediaLinksOutOfMedia(path: path, target: target),
                                          at: SourceLocation(file: display(path)))
                        continue
                    }
                    files.append(path)
                    continue
                }
                if isSymbolicLink(path) {
                    links.append((path, real))
                } else if visited.insert(real).inserted {
                    walk(path)
                }
            }
        }
        walk("media")
        var next = 0
        while next < links.count {
            let link = links[next]
            next += 1
            if visited.insert(link.real).inserted {
                walk(link.path)
            } else {
                let target = link.real.utf8.elementsEqual(realRoot.utf8) ? "." : link.real.relative(toFolder: realRoot)
                diagnostics.warning(.mediaLinkAlreadyListed(path: link.path, target: target),
                                    at: SourceLocation(file: display(link.path)))
            }
        }
        return withoutTwins(files, &diagnostics)
    }

    /// Whether the name of a file or folder starts or ends with a character that joins the `/` beside
    /// it into one character (an accent on its own, a joiner, a prepended sign): a path holding it
    /// has a `/` that Swift's strings, and so every comparison of paths, would not see. Such a name
    /// is reported (`nameJoinsSlash`) and never read.
    static func joinsASlash(_ name: String) -> Bool {
        ("/" + name + "/").count { $0 == "/" } != 2
    }

    /// The error for the entry at `path`, whose name joins a slash: with the name without the
    /// characters that join, as the name to rename it to.
    static func nameJoinsSlash(_ path: String, name: String) -> MessageID {
        var scalars = Array(name.unicodeScalars)[...]
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        var joining: Unicode.Scalar?
        while let first = scalars.first, ("/" + text(scalars)).first != "/" {
            joining = joining ?? first
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, (text(scalars) + "/").last != "/" {
            joining = joining ?? last
            scalars = scalars.dropLast()
        }
        let kept = text(scalars)
        return .nameJoinsSlash(path: path, code: UnsafeCharacters.code(of: joining ?? "\u{0}"),
                               suggestion: kept.isEmpty || kept.hasPrefix(".") ? "name" + kept : kept)
    }

    /// `files` without the names Swift takes for another's (é as one character or as e and an
    /// accent): two files in the folder, but one path in the site, whose manifest could list only one.
    /// Each such name is an error; of a pair, the one first by its bytes stays.
    package func withoutTwins(_ files: [String], _ diagnostics: inout Diagnostics) -> [String] {
        var first: [String: [UInt8]] = [:]
        for path in files {
            let bytes = Array(path.utf8)
            if let other = first[path], !bytes.lexicographicallyPrecedes(other) { continue }
            first[path] = bytes
        }
        return files.filter { path in
            guard let kept = first[path], !path.utf8.elementsEqual(kept) else { return true }
            diagnostics.error(.mediaNameTwin(path: path, other: String(decoding: kept, as: UTF8.self)),
                              at: SourceLocation(file: display(path)))
            return false
        }
    }
}
