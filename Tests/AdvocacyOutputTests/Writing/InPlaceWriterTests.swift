import Foundation
import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacyOutput

/// `serve`'s writer, which updates its preview folder file by file.
@Suite struct InPlaceWriterTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func onlyFilesWhoseBytesChangedAreWrittenAndTheManifestFollows() throws {
        let output = TestPaths.temporaryFolder("in-place")
        defer { TestPaths.remove(output) }
        let first = InPlaceWriter(output: output, paths: ["a.html", "b/c.html"], previous: SiteManifest(complete: [:]))
        first.write(OutputFile(path: "a.html", bytes: bytes("A")))
        first.write(OutputFile(path: "b/c.html", bytes: bytes("C")))
        let manifest = try first.commit()
        #expect(first.changed == ["a.html", "b/c.html"])

        let second = InPlaceWriter(output: output, paths: ["a.html"], previous: manifest)
        second.write(OutputFile(path: "a.html", bytes: bytes("A")))
        let next = try second.commit()
        #expect(second.changed == ["b/c.html"], "the unchanged file is not written, the one the site lost is removed")
        #expect(!FileManager.default.fileExists(atPath: output + "/b"))
        #expect(Set(next.files.keys) == ["a.html"])
    }

    /// A file that cannot take the place of what is there (a folder someone made at its path) fails
    /// the commit and leaves no temporary file behind.
    @Test func aFailedReplaceLeavesNoTemporaryFile() throws {
        let output = TestPaths.temporaryFolder("in-place")
        defer { TestPaths.remove(output) }
        try FileManager.default.createDirectory(atPath: output + "/page.html/inside", withIntermediateDirectories: true)
        let writer = InPlaceWriter(output: output, paths: ["page.html"], previous: SiteManifest(complete: [:]))
        writer.write(OutputFile(path: "page.html", bytes: bytes("new")))
        #expect(throws: SiteWriter.Failure.self) { try writer.commit() }
        let left = try FileManager.default.contentsOfDirectory(atPath: output)
        #expect(left == ["page.html"], "found \(left)")
    }
}
