import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// `check` counts a text the way its card does: a LinkedIn post is the text, a blank line and the
/// tagged link, so a text the card shows over the limit never passes `check`.
@Suite struct ShareLengthTests {
    private func messages(linkedInText length: Int) throws -> [String] {
        try ValidHubCopy.messages { content in
            try ValidHubCopy.append("\n```share social-selling linkedin\n" + String(repeating: "a", count: length) + "\n```\n",
                                    to: "share/aarhus-kontor.md", in: content)
        }.filter { $0.contains("LinkedIn") }
    }

    @Test func aLinkedInTextCountsTheLinkItIsSharedWith() throws {
        let tagged = ShareLink.tagged("https://www.nordvik.dk/nyheder/aarhus", platform: .linkedin, medium: "employee-advocacy",
                                      campaign: "aarhus-kontor", discipline: "social-selling")
        let found = try messages(linkedInText: 2_990)
        #expect(found == ["share/aarhus-kontor.md:23:1: error: the LinkedIn text is \(2_990 + 2 + tagged.utf16.count) characters with the link; the limit is 3000"], "\(found)")
        #expect(try messages(linkedInText: 3_000 - 2 - tagged.utf16.count).isEmpty, "the text and the link fill the post exactly")
        #expect(try messages(linkedInText: 3_000 - 1 - tagged.utf16.count).count == 1)
    }

    /// X counts any link as 23 characters and a space, whatever the tagged link's length.
    @Test func anXTextCountsItsLinkAs23() throws {
        func messages(xText length: Int) throws -> [String] {
            try ValidHubCopy.messages { content in
                try ValidHubCopy.append("\n```share social-selling x\n" + String(repeating: "a", count: length) + "\n```\n",
                                        to: "share/aarhus-kontor.md", in: content)
            }.filter { $0.contains(" X ") }
        }
        #expect(try messages(xText: 256).isEmpty, "the text, a space and the link fill the post exactly")
        let found = try messages(xText: 257)
        #expect(found == ["share/aarhus-kontor.md:23:1: error: the X text is 281 characters with the link; the limit is 280"], "\(found)")
    }
}
