import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// A document's page never takes the address of one of the site's own pages: an item named
/// `archive` or `page` (by its file or its `slug`) would be written where the archive or the queue's
/// further pages are, and one of the two would be lost without a word.
@Suite struct ReservedSlugTests {
    @Test(arguments: ["archive", "page", "Archive", "PAGE"])
    func anItemSlugTheSiteUsesUnderShareIsAnError(slug: String) throws {
        let bySlug = try ValidHubCopy.messages { content in
            let file = content + "/share/aarhus-kontor.md"
            let text = try String(contentsOfFile: file, encoding: .utf8)
            try text.replacingOccurrences(of: "title: Vi åbner kontor i Aarhus\n", with: "title: Vi åbner kontor i Aarhus\nslug: \(slug)\n")
                .write(toFile: file, atomically: true, encoding: .utf8)
        }
        let lower = slug.lowercased()
        #expect(bySlug.contains("share/aarhus-kontor.md:3:7: error: the item slug '\(lower)' is taken by the site itself (share/\(lower)/ is one of the site's own pages); set another 'slug'"),
                "\(bySlug)")
        let byName = try ValidHubCopy.messages { content in
            try FileManager.default.moveItem(atPath: content + "/share/aarhus-kontor.md", toPath: content + "/share/\(slug).md")
        }
        #expect(byName.contains { $0.hasPrefix("share/\(slug).md:1:1: error: the item slug '\(lower)' is taken by the site itself") }, "\(byName)")
    }

    @Test func otherItemSlugsUnderShareArePages() throws {
        for slug in ["archives", "page-2", "arkiv", "pages"] {
            let messages = try ValidHubCopy.messages { content in
                try FileManager.default.moveItem(atPath: content + "/share/aarhus-kontor.md", toPath: content + "/share/\(slug).md")
            }
            #expect(!messages.contains { $0.contains("taken by the site itself") }, "\(slug): \(messages)")
        }
    }
}
