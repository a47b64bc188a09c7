import Foundation
import AdvocacyBuild
import AdvocacyCore
import AdvocacyOutput
import AdvocacySite

/// One input of the fuzz target in `Fuzz/` and of the regression inputs in `Tests/Fixtures/fuzz/`:
/// a hub.yml and one document in a single byte string. The input splits at its first line that
/// starts with `@@@ `: the bytes before that line are hub.yml, the word after `@@@ ` says where the
/// document goes (see `places`), and the bytes after the line are the document. An input without
/// such a line is all hub.yml, with no document.
///
/// This file is shared: `Fuzz/Sources/FuzzHub/FuzzInput.swift` is a symbolic link to it.
struct FuzzInput {
    /// The document's path in the content folder, by the word after `@@@ `; any other word means `share`.
    static let places = ["share": "share/fuzz.md", "stories": "stories/fuzz.md", "guidelines": "guidelines/fuzz.md",
                         "pages": "pages/fuzz.md", "disciplines": "disciplines/fuzz.md", "home": "_index.md",
                         "readiness": "readiness.yml", "manifest": OutputFolder.markerName]
    private static let marker = Array("@@@ ".utf8)
    private static let newline = UInt8(ascii: "\n")

    /// The bytes of hub.yml.
    var hub: [UInt8]
    /// The document's path in the content folder, or nil when there is no document.
    var path: String?
    /// The bytes of the document.
    var document: [UInt8]

    /// Splits `bytes` as described above.
    init(_ bytes: [UInt8]) {
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: Self.newline) ?? bytes.count
            if bytes[lineStart..<lineEnd].starts(with: Self.marker) {
                let word = String(decoding: bytes[(lineStart + Self.marker.count)..<lineEnd], as: UTF8.self)
                hub = Array(bytes[..<lineStart])
                path = Self.places[word.trimmingCharacters(in: .whitespaces)] ?? Self.places["share"]
                document = Array(bytes[min(lineEnd + 1, bytes.count)...])
                return
            }
            lineStart = lineEnd + 1
        }
        hub = bytes
        path = nil
        document = []
    }
}

/// A content folder that holds the valid fixture's disciplines and media, which a share item needs
/// to get as far as rendering, plus one `FuzzInput` at a time. Made once and reused for every input,
/// with the theme of the last input whose hub.yml was in the same language.
final class FuzzHub {
    /// The content folder.
    let content: String
    private let templates: String
    private var documentPath: String?
    private var theme: Theme?

    /// Creates the content folder inside `parent` with the disciplines and media of the hub at `scaffold`.
    init(scaffold: String, templates: String, in parent: String) throws {
        content = parent + "/content"
        self.templates = templates
        let files = FileManager.default
        try? files.removeItem(atPath: content)
        try files.createDirectory(atPath: content, withIntermediateDirectories: true)
        for folder in ["disciplines", "media"] {
            try files.copyItem(atPath: scaffold + "/" + folder, toPath: content + "/" + folder)
        }
        for folder in ["share", "stories", "guidelines", "pages"] {
            try files.createDirectory(atPath: content + "/" + folder, withIntermediateDirectories: true)
        }
    }

    /// What one input came to: the check's report and, when it had no errors, every rendered file.
    struct Outcome {
        var report: BuildReport
        var files: [OutputFile]
    }

    /// Lays `input` into the content folder, then loads, publishes, checks and, when nothing is an
    /// error, renders every file of the site into memory, as `advocacy build` does before it writes.
    /// A `manifest` document is instead the manifest of an output folder holding one page, which a
    /// build of the hub is then asked to replace: it is refused, or replaces it.
    func run(_ input: FuzzInput) throws -> Outcome {
        let files = FileManager.default
        if input.path == OutputFolder.markerName {
            try buildOver(manifest: input.document)
            return try run(FuzzInput(input.hub))
        }
        if let documentPath { try? files.removeItem(atPath: content + "/" + documentPath) }
        guard files.createFile(atPath: content + "/hub.yml", contents: Data(input.hub)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        documentPath = input.path
        if let path = input.path, !files.createFile(atPath: content + "/" + path, contents: Data(input.document)) {
            throw CocoaError(.fileWriteUnknown)
        }
        var options = BuildOptions()
        options.content = content
        options.templates = templates
        options.now = "2026-12-10T09:00"
        options.theme = theme
        let prepared = try Builder.prepare(options)
        theme = prepared.theme ?? theme
        guard !prepared.report.hasErrors, let theme = prepared.theme else { return Outcome(report: prepared.report, files: []) }
        return Outcome(report: prepared.report, files: SiteRenderer.render(prepared.site, theme: theme))
    }

    /// Builds the hub into an output folder that holds one page and `manifest` as its manifest.
    private func buildOver(manifest: [UInt8]) throws {
        let files = FileManager.default
        let output = (content as NSString).deletingLastPathComponent + "/site"
        try? files.removeItem(atPath: output)
        try files.createDirectory(atPath: output + "/share", withIntermediateDirectories: true)
        guard files.createFile(atPath: output + "/index.html", contents: Data("<p>i går</p>\n".utf8)),
              files.createFile(atPath: output + "/" + OutputFolder.markerName, contents: Data(manifest)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        var options = BuildOptions()
        options.content = content
        options.templates = templates
        options.output = output
        options.now = "2026-12-10T09:00"
        options.theme = theme
        _ = try? Builder.build(options)
    }
}
