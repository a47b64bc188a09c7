import Foundation
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyOutput

/// A site folder made by a test as a build would leave it: the files, and a manifest that lists them.
enum HandMadeSite {
    /// Writes `files` (path → text) into `folder` with a valid manifest of them.
    static func make(_ folder: String, files: [String: String]) throws {
        var entries: [String: SiteManifest.Entry] = [:]
        for (path, text) in files {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
            entries[path] = .init(size: text.utf8.count, hash: ContentHash(Array(text.utf8)))
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try manifest(entries).write(toFile: folder + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
    }

    /// The text of a complete manifest of `entries`.
    static func manifest(_ entries: [String: SiteManifest.Entry]) -> String {
        SiteManifest(complete: entries).text
    }

    /// The manifest text for files `path → text`, as a build writes it.
    static func manifestText(_ files: [String: String]) -> String {
        manifest(files.mapValues { .init(size: $0.utf8.count, hash: ContentHash(Array($0.utf8))) })
    }
}
