import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// The folder a path is in, as the writers and `init` take it.
@Suite struct ParentPathTests {
    @Test(arguments: [("a/b/c", "a/b"), ("q/index.html", "q"), ("./site", "."), ("x/", ""), ("a/b/", "a"), ("a", ""),
                      ("", ""), ("/a", "/"), ("/", "/"), ("/x/y", "/x"), ("a//b", "a"), ("//a", "/"),
                      ("a/\u{301}b", "a"), ("ø/\u{301}", "ø")])
    func parents(_ path: String, _ parent: String) {
        #expect(path.parentPath == parent)
    }

    @Test(arguments: [("a/b/c", "c"), ("q/index.html", "index.html"), ("a/b/", "b"), ("a", "a"), ("", ""), ("/", "/"),
                      ("//", "/"), ("/a", "a"), ("a//b", "b"), ("a/\u{301}b", "\u{301}b"), ("ø/\u{301}", "\u{301}")])
    func lastNames(_ path: String, _ name: String) {
        #expect(path.lastPathName == name)
    }

    /// Any relative path of names, one character long or more (a name may start with a combining
    /// mark, which makes one character of the `/` before it), has the path of all but its last name
    /// as its parent; taken again and again it ends at the empty path, one name at a time.
    @Test func everyRelativePathWalksUpOneNameAtATime() {
        var random = SeededRandom(seed: 24)
        let letters = Array("abqø.-_1") + ["\u{301}"]
        for _ in 0..<2_000 {
            let names = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                String((0..<Int.random(in: 1...3, using: &random)).map { _ in letters.randomElement(using: &random)! })
            }.filter { $0 != "." && $0 != ".." }
            guard !names.isEmpty else { continue }
            var path = names.joined(separator: "/")
            for count in stride(from: names.count - 1, through: 0, by: -1) {
                #expect(path.lastPathName == names[count], "\(names)")
                path = path.parentPath
                #expect(path == names.prefix(count).joined(separator: "/"), "\(names)")
            }
        }
    }
}
