import Foundation
import AdvocacyCore

/// Updates a site folder this process wrote before, in place: the files handed in are written (each
/// to a temporary name, then renamed over the old one) unless the folder holds them already with
/// the same bytes, the others are left as they are, and files the site no longer has are removed. For `advocacy serve`'s private preview folder, where a
/// rebuild must cost what the change costs; `build` always swaps in a whole new folder. The
/// manifest is kept up to date: the files written get their new sizes and hashes.
package final class InPlaceWriter: SiteOutput {
    private let output: String
    private let failures = Locked([String]())
    private let removed: [String]
    private let manifest: Locked<[String: SiteManifest.Entry]>
    private let written = Locked(Set<String>())

    /// Prepares to update `output` from the site of `previous` to the files at `paths`.
    package init(output: String, paths: [String], previous manifest: SiteManifest) {
        self.output = output
        let previous = Set(manifest.files.keys)
        var entries: [String: SiteManifest.Entry] = [:]
        for path in paths { if let entry = manifest.files[path] ?? nil { entries[path] = entry } }
        self.manifest = Locked(entries)
        var folders = Set<String>()
        for path in paths where !previous.contains(path) {
            folders.insert(path.parentPath)
        }
        for folder in folders.sorted() where !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: output + "/" + folder, withIntermediateDirectories: true)
        }
        removed = Array(previous.subtracting(paths))
    }

    /// Prepares to update some files of `output`, keeping every other file of the site of `previous`.
    package init(output: String, keeping previous: SiteManifest) {
        self.output = output
        manifest = Locked(previous.files.compactMapValues { $0 })
        removed = []
    }

    /// Writes a rendered file.
    package func write(_ file: OutputFile) {
        let ok = file.bytes.withUnsafeBufferPointer { replace(file.path, with: $0) }
        if !ok { failures.withLock { $0.append(file.path) } }
    }

    /// Copies a file as it is.
    package func copy(_ file: CopiedFile) {
        let ok = FileManager.default.contents(atPath: file.source).map { data in
            data.withUnsafeBytes { replace(file.path, with: $0.bindMemory(to: UInt8.self)) }
        } ?? false
        if !ok { failures.withLock { $0.append(file.path) } }
    }

    /// The files whose bytes changed: written anew or removed.
    package var changed: Set<String>? { written.withLock { $0 }.union(removed) }

    /// Removes what the site no longer has; fails if any file could not be written.
    package func commit() throws(SiteWriter.Failure) -> SiteManifest {
        for path in removed {
            unlink(output + "/" + path)
            var folder = path.parentPath
            while !folder.isEmpty && rmdir(output + "/" + folder) == 0 { folder = folder.parentPath }
        }
        if let first = failures.withLock({ $0.sorted().first }) {
            throw SiteWriter.Failure(.cannotWriteNoReason(path: "\(output)/\(first)"))
        }
        let manifest = SiteManifest(complete: manifest.withLock { $0 })
        guard SiteFolder.write(manifest, into: output) == 0 else {
            throw SiteWriter.Failure(.cannotWriteNoReason(path: "\(output)/\(OutputFolder.markerName)"))
        }
        return manifest
    }

    private func replace(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let target = output + "/" + path
        let entry = SiteManifest.Entry(size: bytes.count, hash: ContentHash(UnsafeRawBufferPointer(bytes)))
        // A file this process wrote with these bytes is left alone, unless it was deleted by hand.
        if manifest.withLock({ $0[path] }) == entry && access(target, F_OK) == 0 { return true }
        let temporary = target + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        guard FileBytes.writeAll(fd, bytes) == 0 else { close(fd); unlink(temporary); return false }
        close(fd)
        guard rename(temporary, target) == 0 else { unlink(temporary); return false }
        manifest.withLock { $0[path] = entry }
        written.withLock { _ = $0.insert(path) }
        return true
    }
}
