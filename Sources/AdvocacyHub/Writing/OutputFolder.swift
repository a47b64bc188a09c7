import Foundation

/// The folder a build writes the site into, checked before anything is written: the build only ever
/// replaces or deletes a folder it made. Every site it writes carries a marker file at its root; an
/// output folder that exists, is not empty and has no marker is refused, as is a symbolic link, a
/// file, and a folder that is, holds or lies inside the content or templates folder.
///
/// Beside the output folder live the folders of a build in progress (`.<name>.tmp-<pid>-<n>`), of a
/// site being swapped out (`.<name>.old-<pid>-<n>/site`, in a folder only its owner can read) and
/// the site kept for the next build to write into (`.<name>.previous`), each recognised only as a
/// real folder with the marker.
public struct OutputFolder: Sendable {
    /// The name of the marker file at the root of every site advocacy writes.
    public static let markerName = ".advocacy-site"
    /// What the marker file says, for whoever finds it.
    static let markerContents = "This folder is a site built by advocacy. advocacy build replaces it as a whole.\n"

    /// The folder as given on the command line, for messages.
    public let given: String
    /// The folder's absolute path, without `.` or `..` components or a trailing slash.
    public let path: String
    /// The folder that holds it.
    let parent: String
    /// Its name in `parent`.
    let name: String

    /// Checks `given` as the output of a build of the `content` and `templates` folders (both must
    /// exist). Nothing is created or changed.
    public init(_ given: String, content: String, templates: String) throws(UsageError) {
        guard !given.isEmpty else { throw UsageError(.outputEmpty) }
        let path = Self.absolute(given)
        guard path != "/" else { throw UsageError(.outputIsRoot) }
        self.given = given
        self.path = path
        parent = (path as NSString).deletingLastPathComponent
        name = (path as NSString).lastPathComponent
        let real = Self.realPath(path)
        for (folder, kind) in [(content, MessageID.contentFolderWord), (templates, .templatesFolderWord)] {
            let other = Self.realPath(Self.absolute(folder))
            let relation: MessageID? = real == other ? .outputIsFolder
                : real.hasPrefix(other + "/") ? .outputInsideFolder
                : other.hasPrefix(real + "/") ? .outputHoldsFolder : nil
            if let relation {
                let reason = Message(relation, ["folder": .message(Message(kind)), "path": "\(folder)"])
                throw UsageError(.outputOverlaps, ["output": "\(given)", "relation": .message(reason)])
            }
        }
        switch Self.kind(path) {
        case .missing:
            break
        case .link:
            throw UsageError(.outputIsLink, ["output": "\(given)"])
        case .file, .other:
            throw UsageError(.outputNotAFolder, ["output": "\(given)"])
        case .folder:
            let entries: [String]
            switch SiteFolder.entries(path) {
            case .success(let names): entries = names.sorted()
            case .failure(let failure):
                throw UsageError(.outputUnreadable, ["output": "\(given)", "reason": "\(systemReason(failure.code))"])
            }
            guard entries.isEmpty || Self.isSite(path) else {
                let more: Message.Argument = entries.count > 2 ? .message(Message(.andMore, ["count": .number(entries.count - 2)])) : ""
                // Sites built before builds marked them hold the search index at their root.
                let earlier: Message.Argument = entries.contains("search-index.json") ? .message(Message(.builtByEarlierVersion)) : ""
                throw UsageError(.outputNotASite, [
                    "output": "\(given)", "entries": .list(Array(entries.prefix(2))), "more": more, "earlier": earlier,
                ])
            }
        }
    }

    /// Where the replaced site is kept for the next build to write into.
    var kept: String { sibling("previous") }

    /// A folder beside the output: `.<name>.<suffix>`.
    func sibling(_ suffix: String) -> String { parent + "/.\(name).\(suffix)" }

    /// Creates the folders that should hold the output, if they are missing.
    func createParent() throws(UsageError) {
        guard Self.kind(parent) != .folder else { return }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw UsageError(.cannotCreateOutputParent, [
                "folder": "\((given as NSString).deletingLastPathComponent)", "reason": "\(error.localizedDescription)",
            ])
        }
    }

    /// Cleans up after builds of this output that were killed: a site left aside between the two
    /// renames of a swap (in `.<name>.old-<pid>-<n>/site`) is put back; an unfinished new site is
    /// emptied and kept for recycling when no site is kept yet, else removed. Only real folders of
    /// the build's own names with the marker are touched, and only when the process that made them
    /// has ended.
    func recoverAbandonedBuilds() {
        guard case .success(let entries) = SiteFolder.entries(parent) else { return }
        for entry in entries.sorted() {
            let kind: String
            if entry.hasPrefix(".\(name).tmp-") { kind = "tmp" } else if entry.hasPrefix(".\(name).old-") { kind = "old" } else { continue }
            let rest = entry.dropFirst(".\(name).\(kind)-".count)
            guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid != getpid(),
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            let folder = parent + "/" + entry
            guard Self.kind(folder) == .folder else { continue }
            if kind == "old" {
                let aside = folder + "/site"
                guard case .success(let held) = SiteFolder.entries(folder), held.allSatisfy({ $0 == "site" }) else { continue }
                if Self.kind(aside) == .folder && Self.isSite(aside) {
                    if Self.kind(path) == .missing && rename(aside, path) == 0 {
                        rmdir(folder)
                        continue
                    }
                    keep(aside)
                }
                SiteFolder.remove(folder)
            } else if Self.isSite(folder) {
                keep(folder)
                if Self.kind(folder) != .missing { SiteFolder.remove(folder) }
            }
        }
    }

    /// Empties a site folder of the build's own and keeps it for the next build, unless a site is
    /// kept already.
    func keep(_ folder: String) {
        SiteFolder.scrub(folder, keeping: nil)
        if Self.kind(kept) == .missing { rename(folder, kept) }
    }

    /// Whether a real folder holds nothing or is a site advocacy built.
    static func holdsASiteOrNothing(_ folder: String) -> Bool {
        guard kind(folder) == .folder, case .success(let entries) = SiteFolder.entries(folder) else { return false }
        return entries.isEmpty || isSite(folder)
    }

    /// Whether `folder` carries the marker as a plain file.
    static func isSite(_ folder: String) -> Bool {
        kind(folder + "/" + markerName) == .file
    }

    /// What is at a path, without following a symbolic link.
    enum Kind { case missing, folder, file, link, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// `path` made absolute against the working folder, with `.`, `..` and repeated or trailing
    /// slashes removed by their text.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The real path of an absolute path: its deepest existing folder with links resolved, and the
    /// rest as written.
    static func realPath(_ path: String) -> String {
        var head = path, tail: [String] = []
        while head != "/" {
            if let real = ContentFolder.realPath(head) {
                return tail.isEmpty ? real : (real == "/" ? "" : real) + "/" + tail.joined(separator: "/")
            }
            tail.insert((head as NSString).lastPathComponent, at: 0)
            head = (head as NSString).deletingLastPathComponent
        }
        return "/" + tail.joined(separator: "/")
    }
}
