import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// `new` and `init` create each file in one step that fails when anything is at its name.
@Suite struct ExclusiveFileTests {
    @Test func aNewFileIsWrittenAndNothingAtTheNameIsReplacedOrFollowed() throws {
        let folder = TestPaths.temporaryFolder("exclusive")
        #expect(ExclusiveFile.create(folder + "/new.md", Array("ny".utf8)) == 0)
        #expect(try String(contentsOfFile: folder + "/new.md", encoding: .utf8) == "ny")

        try "mine".write(toFile: folder + "/mine.md", atomically: false, encoding: .utf8)
        #expect(ExclusiveFile.create(folder + "/mine.md", Array("ny".utf8)) == EEXIST)
        #expect(try String(contentsOfFile: folder + "/mine.md", encoding: .utf8) == "mine")

        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.md", withDestinationPath: folder + "/nowhere.md")
        #expect(ExclusiveFile.create(folder + "/dangling.md", Array("ny".utf8)) == EEXIST)
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.md"))

        try FileManager.default.createSymbolicLink(atPath: folder + "/to-mine.md", withDestinationPath: folder + "/mine.md")
        #expect(ExclusiveFile.create(folder + "/to-mine.md", Array("ny".utf8)) == EEXIST)
        #expect(try String(contentsOfFile: folder + "/mine.md", encoding: .utf8) == "mine")
    }
}
