import Foundation
import AdvocacyCore

/// The private folder `advocacy serve` builds into: a new folder with a random name made by
/// `mkdtemp` (mode 0700, never one that existed), with the site in its `site` subfolder so that the
/// build's temporary folders beside the site are private too. It is removed as a whole when the
/// preview ends, also on a signal that ends it (see `StopSignals`).
final class PreviewFolder: Sendable {
    /// The private folder.
    package let path: String
    /// Whether the folder was removed; the lock also keeps a removal from running during a build.
    private let removed = Locked(false)

    /// Makes a new private folder in the system's temporary folder.
    package init() throws(UsageError) {
        let temporary = NSTemporaryDirectory()
        var template = Array((temporary + (temporary.hasSuffix("/") ? "" : "/") + "advocacy-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw UsageError(.cannotMakePreviewFolder(folder: temporary, reason: String(cString: strerror(errno))))
        }
        path = String(cString: made)
    }

    /// Where the site is built.
    package var site: String { path + "/site" }

    /// Runs `body` unless the folder was removed; a removal waits until it is done.
    func whileOpen<T>(_ body: () -> T) -> T? {
        removed.withLock { removed in removed ? nil : body() }
    }

    /// Removes the folder and everything in it, once.
    package func remove() {
        removed.withLock { removed in
            guard !removed else { return }
            removed = true
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
