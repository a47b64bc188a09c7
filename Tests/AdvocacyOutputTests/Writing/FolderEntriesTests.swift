import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyOutput

/// A folder's listing, which every check, prune and removal of a site goes by: every name, once,
/// with what it is, however many names the folder holds.
@Suite struct FolderEntriesTests {
    /// What the folder holds, read with `lstat`: the plain reading the listing must agree with.
    static func expected(_ folder: String) throws -> [String: OutputFolder.Kind] {
        var kinds: [String: OutputFolder.Kind] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            var info = stat()
            #expect(lstat(folder + "/" + name, &info) == 0)
            kinds[name] = switch info.st_mode & S_IFMT {
            case S_IFDIR: .folder
            case S_IFREG: .file
            default: .other
            }
        }
        return kinds
    }

    @Test func aLargeFolderIsListedWholeWithEachEntrysKind() throws {
        let root = TestPaths.temporaryFolder("entries")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var random = SeededRandom(seed: 24)
        // Long names, so the listing takes many reads of the kernel's buffer.
        for index in 0..<3000 {
            let name = "side-\(index)-" + String(repeating: "æøå", count: Int.random(in: 1...40, using: &random))
            let path = root + "/" + name
            switch Int.random(in: 0..<5, using: &random) {
            case 0: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case 1: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: root)
            case 2: #expect(mkfifo(path, 0o644) == 0)
            default: #expect(FileManager.default.createFile(atPath: path, contents: Data(name.utf8)))
            }
        }
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        #expect(fd >= 0)
        defer { close(fd) }
        let expected = try Self.expected(root)
        // Twice on one descriptor, and as `readdir` lists it where the C library has no `getdents64`.
        for listed in [SiteFolder.list(fd), SiteFolder.list(fd), FolderEntries.readingDirectory(fd)] {
            #expect(listed.count == expected.count)
            #expect(Dictionary(listed.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first }) == expected)
        }
    }

    @Test func anEmptyFolderListsNothing() throws {
        let root = TestPaths.temporaryFolder("entries")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(fd) }
        #expect(SiteFolder.list(fd).isEmpty)
    }
}
