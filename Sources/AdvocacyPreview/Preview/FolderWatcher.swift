import Dispatch
import Foundation
import Glibc
import AdvocacyCore

/// Tells `advocacy serve` when the content or the theme changed, with inotify: every folder in the
/// watched folders is watched, recursively, and new folders as they appear. Symbolic links below the
/// watched folders are not followed (a link that stays inside leads to a folder watched anyway; the
/// build does not read through one that leads outside), and hidden files and folders, which the build
/// skips too, are not watched. A burst of changes (an editor's save, a `git checkout`) comes out as
/// one element once the folders were quiet for a moment.
///
/// The watched folders are followed by path: when one is replaced or moved away (`mv content
/// content.old && cp -a content.old content`), the folder now at that path is watched instead, as
/// soon as it is there. Its device and inode are compared after each event and every 250 ms.
///
/// Only when the system gives no inotify instance (`inotify_init1` fails, e.g. at the per-user
/// limit) does it fall back to listing the folders every 300 ms and comparing their
/// `ContentFingerprint`s.
enum FolderWatcher {
    /// One element after each burst of changes in `folders`, once nothing changed for `quiet`. Changes
    /// during a rebuild come out as one element, not many. Which paths changed is gathered in `paths`.
    /// Watching starts before this returns, and stops when the stream is no longer iterated.
    package static func changes(in folders: [String], quiet: Duration = .milliseconds(25),
                                paths: ChangedPaths = ChangedPaths()) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        guard let inotify = Inotify(roots: folders, paths: paths) else {
            let polling = Task.detached { await poll(folders, into: continuation, paths: paths) }
            continuation.onTermination = { _ in polling.cancel() }
            return stream
        }
        let queue = DispatchQueue(label: "advocacy.serve.watch")
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.setEventHandler { continuation.yield() }
        timer.schedule(deadline: .distantFuture)
        let reads = DispatchSource.makeReadSource(fileDescriptor: inotify.descriptor, queue: queue)
        let settle = { timer.schedule(deadline: .now() + .nanoseconds(Int(quiet / .nanoseconds(1))), leeway: .milliseconds(1)) }
        reads.setEventHandler {
            let changed = inotify.readEvents()
            if inotify.followRoots() || changed { settle() }
        }
        reads.setCancelHandler { inotify.close() }
        let roots = DispatchSource.makeTimerSource(queue: queue)
        roots.schedule(deadline: .now() + rootCheck, repeating: rootCheck, leeway: .milliseconds(20))
        roots.setEventHandler {
            if inotify.followRoots() { settle() }
        }
        queue.sync { inotify.watchAll() }
        timer.resume()
        reads.resume()
        roots.resume()
        let sources = Locked<[any DispatchSourceProtocol]>([reads, timer, roots])
        continuation.onTermination = { _ in sources.withLock { $0.forEach { $0.cancel() } } }
        return stream
    }

    /// How often the watched folders' device and inode are compared without an event.
    private static let rootCheck = DispatchTimeInterval.milliseconds(250)

    /// The fallback without inotify.
    private static func poll(_ folders: [String], into continuation: AsyncStream<Void>.Continuation, paths: ChangedPaths) async {
        var last = ContentFingerprint(folders)
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(300))
            let current = ContentFingerprint(folders)
            if current != last {
                last = current
                paths.addUnknown()
                continuation.yield()
            }
        }
    }
}

/// The paths a watcher saw change (files and folders, each as a watched folder's path followed by the
/// names below it), gathered until they are taken.
package final class ChangedPaths: Sendable {
    private let changed = Locked<Set<String>?>([])

    package init() {}

    func add(_ path: String) {
        changed.withLock { _ = $0?.insert(path) }
    }

    /// Notes a change whose paths are not known: events were lost, a watched folder was replaced, or
    /// the folders are compared instead of watched.
    func addUnknown() {
        changed.withLock { $0 = nil }
    }

    /// The paths changed since the last call; nil when some are not known.
    package func take() -> Set<String>? {
        changed.withLock { changed in
            defer { changed = [] }
            return changed
        }
    }
}

/// An inotify instance over some folders, and the folder each of its watches stands for. Used on
/// one serial queue; the lock only makes that checkable.
private final class Inotify: Sendable {
    /// The inotify descriptor, non-blocking.
    let descriptor: Int32
    private let paths: ChangedPaths
    private let roots: [String]
    private let folders = Locked<[Int32: String]>([:])
    /// The folder each root led to when it was last watched.
    private let watched: Locked<[FolderIdentity?]>

    /// What counts as a change of a watched folder's entries.
    private static let changes = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
                                        | IN_DELETE_SELF | IN_ATTRIB)

    /// A new instance for `roots`, watching nothing yet; nil when the system gives none.
    init?(roots: [String], paths: ChangedPaths) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.roots = roots
        self.paths = paths
        watched = Locked(roots.map { _ in nil })
    }

    /// Watches the roots (following them if they are links) and every folder in them (never through a
    /// link). Watching a folder again keeps its watch.
    func watchAll() {
        for (index, root) in roots.enumerated() {
            watched.withLock { $0[index] = FolderIdentity(root) }
            watch(root, mask: Self.changes | UInt32(IN_ONLYDIR | IN_MOVE_SELF))
        }
    }

    /// Watches the folder now at a root's path when it is another than the one watched (the root was
    /// replaced, moved away or is back), and forgets the watches of the one it replaced. Returns
    /// whether a root changed.
    func followRoots() -> Bool {
        let moved = roots.indices.filter { index in watched.withLock { $0[index] } != FolderIdentity(roots[index]) }
        guard !moved.isEmpty else { return false }
        paths.addUnknown()
        for index in moved { forget(roots[index]) }
        watchAll()
        return true
    }

    private func watch(_ folder: String, mask: UInt32) {
        let handle = inotify_add_watch(descriptor, folder, mask)
        guard handle >= 0 else { return }
        folders.withLock { $0[handle] = folder }
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), Self.isFolder(entry.pointee.d_type, at: folder + "/" + name) else { continue }
            watch(folder + "/" + name, mask: Self.changes | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW))
        }
    }

    /// Whether an entry is a real folder, not a link to one.
    private static func isFolder(_ type: UInt8, at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Reads every pending event: watches folders made or moved in, forgets those moved out or
    /// removed. Returns whether any event is a change the build may see.
    func readEvents() -> Bool {
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return changed }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let start = offset + MemoryLayout<inotify_event>.size
                offset = start + Int(event.len)
                let name = String(decoding: buffer[start..<min(offset, count)].prefix { $0 != 0 }, as: UTF8.self)
                changed = handle(event, name: name) || changed
            }
        }
    }

    /// Keeps the watches in step with one event; returns whether it is a change.
    private func handle(_ event: inotify_event, name: String) -> Bool {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch whatever folders there are now, and rebuild.
            paths.addUnknown()
            watchAll()
            return true
        }
        if event.mask & UInt32(IN_IGNORED) != 0 {
            folders.withLock { _ = $0.removeValue(forKey: event.wd) }
            return false
        }
        guard !name.hasPrefix("."), event.mask & Self.changes != 0 else { return false }
        // An event of a watch already forgotten still counts; the rebuild reads the folders anew.
        let folder = folders.withLock { $0[event.wd] }
        if let folder { paths.add(name.isEmpty ? folder : folder + "/" + name) } else { paths.addUnknown() }
        if event.mask & UInt32(IN_ISDIR) != 0, let folder {
            if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                watch(folder + "/" + name, mask: Self.changes | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW))
            } else if event.mask & UInt32(IN_MOVED_FROM) != 0 {
                forget(folder + "/" + name)
            }
        }
        return true
    }

    /// Stops watching a folder moved away, and the folders in it.
    private func forget(_ path: String) {
        let gone = folders.withLock { folders in
            folders.filter { $0.value == path || $0.value.hasPrefix(path + "/") }.map(\.key)
        }
        for handle in gone {
            inotify_rm_watch(descriptor, handle)
            folders.withLock { _ = $0.removeValue(forKey: handle) }
        }
    }

    /// Closes the descriptor, which ends every watch.
    func close() {
        _ = Glibc.close(descriptor)
    }
}

/// Which folder a path leads to now: its device and inode, following symbolic links.
struct FolderIdentity: Equatable, Sendable {
    private let device: UInt64
    private let inode: UInt64

    /// Nil when the path leads to no folder.
    package init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
