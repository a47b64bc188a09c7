import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// A name that makes one character of itself and the `/` beside it is skipped with an error, so
/// every path the hub reads has each `/` as a character of its own.
@Suite struct NameJoinsSlashTests {
    /// Pieces of names: letters, an accent on its own, a zero-width joiner, a variation selector, an
    /// Arabic sign that joins what follows, a carriage return, an emoji and a precomposed letter.
    static let pieces = ["a", "b", ".md", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{600}", "\r", "😀", "é", "-"]

    /// A name joins a slash exactly when a path with it between two folders has another number of
    /// `/` characters than of `/` bytes; the name suggested instead joins none, is not hidden and not empty.
    @Test func aNameJoinsASlashWhenThePathLosesASlashCharacter() {
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let name = (0...random.below(4)).map { _ in random.pick(Self.pieces) }.joined()
            let path = "share/" + name + "/x"
            let lost = path.count { $0 == "/" } != path.utf8.count { $0 == UInt8(ascii: "/") }
            #expect(ContentFolder.joinsASlash(name) == lost, "\(name.unicodeScalars.map { String($0.value, radix: 16) }), seed \(seed)")
            guard ContentFolder.joinsASlash(name), case .nameJoinsSlash(_, let code, let suggestion) = ContentFolder.nameJoinsSlash("share/" + name, name: name)
            else { continue }
            #expect(!ContentFolder.joinsASlash(suggestion) && !suggestion.isEmpty && !suggestion.hasPrefix("."), "seed \(seed)")
            // The character named is one at an end of the name.
            let ends = [name.unicodeScalars.first, name.unicodeScalars.last].compactMap { $0 }.map { String(format: "U+%04X", $0.value) }
            #expect(ends.contains(code), "\(code), seed \(seed)")
        }
    }

    /// A share item, a media file and a media folder whose names start with a mark on its own are each
    /// an error at their path, and nothing else of the hub changes.
    @Test func filesAndFoldersWithSuchNamesAreErrorsAtTheirPaths() throws {
        let messages = try ValidHubCopy.messages { content in
            let share = content + "/share/aarhus-kontor.md", media = content + "/media/logo.svg"
            try FileManager.default.copyItem(atPath: share, toPath: content + "/share/\u{301}kontor.md")
            try FileManager.default.copyItem(atPath: media, toPath: content + "/media/\u{200D}logo.svg")
            try FileManager.default.createDirectory(atPath: content + "/media/\u{301}mappe", withIntermediateDirectories: false)
            try FileManager.default.copyItem(atPath: media, toPath: content + "/media/\u{301}mappe/logo.svg")
        }
        let skipped = { (path: String, code: String, suggestion: String) in
            "\(path):1:1: error: " + Message(.nameJoinsSlash(path: path, code: code, suggestion: suggestion)).text(in: .en)
        }
        #expect(messages.sorted() == [skipped("media/\u{200D}logo.svg", "U+200D", "logo.svg"), skipped("media/\u{301}mappe", "U+0301", "mappe"),
                                      skipped("share/\u{301}kontor.md", "U+0301", "kontor.md")].sorted())
    }
}
