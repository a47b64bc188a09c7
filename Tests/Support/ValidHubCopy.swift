import Foundation
import AdvocacyBuild

/// A copy of the valid fixture hub that a test changes, then checks.
public enum ValidHubCopy {
    /// The diagnostics of a check at 2026-12-10T09:00 after `change` has edited a fresh copy (given
    /// its folder), with paths relative to the copy.
    public static func messages(after change: (String) throws -> Void) throws -> [String] {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        try change(content)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        return try Builder.prepare(options).report.diagnostics.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
    }

    /// Adds `text` at the end of the file at `file` in the copy at `content`.
    public static func append(_ text: String, to file: String, in content: String) throws {
        let path = content + "/" + file
        try (String(contentsOfFile: path, encoding: .utf8) + text).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
