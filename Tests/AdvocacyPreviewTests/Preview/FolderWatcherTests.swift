import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyPreview

/// The watcher behind `advocacy serve`: it sees the ways editors and people change files, coalesces
/// a burst into one change, and does not look through links or at hidden files.
@Suite struct FolderWatcherTests {
    /// Counts what the watcher reports for some folders, on a task of its own.
    struct Watching {
        let count = Locked(0)
        let task: Task<Void, Never>
        /// The paths the watcher saw change.
        let paths = ChangedPaths()

        init(_ folders: [String]) {
            let changes = FolderWatcher.changes(in: folders, paths: paths)
            let count = self.count
            task = Task.detached {
                for await _ in changes { count.withLock { $0 += 1 } }
            }
        }

        var changes: Int { count.withLock { $0 } }

        /// Waits until more than `seen` changes were reported, for at most 5 seconds.
        func more(than seen: Int) async throws -> Bool {
            for _ in 0..<500 where changes <= seen { try await Task.sleep(for: .milliseconds(10)) }
            return changes > seen
        }

        /// How many changes were reported once nothing more came for 300 ms.
        func settled() async throws -> Int {
            var last = -1
            while last != changes {
                last = changes
                try await Task.sleep(for: .milliseconds(300))
            }
            return last
        }
    }

    func folder() throws -> String {
        let folder = TestPaths.temporaryFolder("watch")
        try FileManager.default.createDirectory(atPath: folder + "/share", withIntermediateDirectories: true)
        try "første udgave\n".write(toFile: folder + "/share/webinar.md", atomically: false, encoding: .utf8)
        return folder
    }

    @Test func anEditorStyleSaveIsOneChange() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { watching.task.cancel() }
        try "anden udgave\n".write(toFile: content + "/share/webinar.md~tmp", atomically: false, encoding: .utf8)
        #expect(rename(content + "/share/webinar.md~tmp", content + "/share/webinar.md") == 0)
        #expect(try await watching.more(than: 0))
        #expect(try await watching.settled() == 1)
    }

    /// What changed is told by path, so `serve` can show the edited page first; what the build
    /// skips is not among them, and a replaced folder makes every path unknown.
    @Test func theChangedPathsAreGathered() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { TestPaths.remove(content, content + ".old") }
        defer { watching.task.cancel() }
        try "anden udgave\n".write(toFile: content + "/share/.webinar.md.swx", atomically: false, encoding: .utf8)
        #expect(rename(content + "/share/.webinar.md.swx", content + "/share/webinar.md") == 0)
        try "ny\n".write(toFile: content + "/share/ny.md", atomically: false, encoding: .utf8)
        #expect(try await watching.settled() >= 1)
        #expect(watching.paths.take() == [content + "/share/webinar.md", content + "/share/ny.md"])
        #expect(watching.paths.take() == [], "taken once")

        let seen = watching.changes
        #expect(rename(content, content + ".old") == 0)
        try FileManager.default.copyItem(atPath: content + ".old", toPath: content)
        #expect(try await watching.more(than: seen))
        _ = try await watching.settled()
        #expect(watching.paths.take() == nil)
    }

    @Test func aNewFileInANewSubfolderIsSeen() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { watching.task.cancel() }
        try FileManager.default.createDirectory(atPath: content + "/media/billeder/2027", withIntermediateDirectories: true)
        #expect(try await watching.more(than: 0))
        let seen = try await watching.settled()
        try "<svg/>".write(toFile: content + "/media/billeder/2027/logo.svg", atomically: false, encoding: .utf8)
        #expect(try await watching.more(than: seen), "the folders made after the start are watched too")
    }

    @Test func aBurstOfWritesIsOneChange() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { watching.task.cancel() }
        for index in 0..<50 {
            try "item \(index)\n".write(toFile: content + "/share/item-\(index).md", atomically: true, encoding: .utf8)
        }
        // 50 files make 200 events; a stall of the machine in the middle may split the burst once.
        #expect((1...2).contains(try await watching.settled()))
    }

    @Test func linksOutOfTheFolderAndHiddenFilesAreNotWatched() async throws {
        let content = try folder(), outside = TestPaths.temporaryFolder("outside")
        #expect(symlink(outside, content + "/share/ude") == 0)
        let watching = Watching([content])
        defer { watching.task.cancel() }
        try "udenfor\n".write(toFile: outside + "/note.md", atomically: false, encoding: .utf8)
        try "swap\n".write(toFile: content + "/share/.webinar.md.swp", atomically: false, encoding: .utf8)
        #expect(try await watching.settled() == 0)
        try "tredje udgave\n".write(toFile: content + "/share/webinar.md", atomically: false, encoding: .utf8)
        #expect(try await watching.more(than: 0), "the folder itself is still watched")
    }

    @Test func aFolderReplacedByACopyIsFollowedAndTheOldOneLeftAlone() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { TestPaths.remove(content, content + ".old") }
        defer { watching.task.cancel() }
        #expect(rename(content, content + ".old") == 0)
        try FileManager.default.copyItem(atPath: content + ".old", toPath: content)
        #expect(try await watching.more(than: 0))
        let seen = try await watching.settled()
        try "i den nye mappe\n".write(toFile: content + "/share/webinar.md", atomically: false, encoding: .utf8)
        #expect(try await watching.more(than: seen), "the new folder at the path is watched")
        let now = try await watching.settled()
        try "i den gamle mappe\n".write(toFile: content + ".old/share/webinar.md", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: content + ".old/share/ny", withIntermediateDirectories: false)
        #expect(try await watching.settled() == now, "the old folder is no longer watched")
    }

    @Test func aFolderMovedAwayIsWatchedAgainWhenItIsBack() async throws {
        let content = try folder()
        let watching = Watching([content])
        defer { TestPaths.remove(content, content + ".væk") }
        defer { watching.task.cancel() }
        #expect(rename(content, content + ".væk") == 0)
        #expect(try await watching.more(than: 0), "moving it away is a change")
        try await Task.sleep(for: .milliseconds(600))
        let seen = try await watching.settled()
        #expect(rename(content + ".væk", content) == 0)
        #expect(try await watching.more(than: seen), "its return is a change")
        let back = try await watching.settled()
        try "tilbage\n".write(toFile: content + "/share/webinar.md", atomically: false, encoding: .utf8)
        #expect(try await watching.more(than: back))
    }

    @Test func aLinkToTheFolderPointedElsewhereIsFollowed() async throws {
        let first = try folder(), second = try folder(), place = TestPaths.temporaryFolder("link")
        let link = place + "/content"
        #expect(symlink(first, link) == 0)
        let watching = Watching([link])
        defer { TestPaths.remove(first, second, place) }
        defer { watching.task.cancel() }
        #expect(symlink(second, place + "/content.new") == 0)
        #expect(rename(place + "/content.new", link) == 0)
        #expect(try await watching.more(than: 0), "the link now leads to another folder")
        let seen = try await watching.settled()
        try "anden mappe\n".write(toFile: second + "/share/webinar.md", atomically: false, encoding: .utf8)
        #expect(try await watching.more(than: seen))
        let now = try await watching.settled()
        try "første mappe\n".write(toFile: first + "/share/webinar.md", atomically: false, encoding: .utf8)
        #expect(try await watching.settled() == now, "the folder the link left is no longer watched")
    }
}
