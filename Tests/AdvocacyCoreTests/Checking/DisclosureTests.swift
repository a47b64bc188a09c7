import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// hub.yml's `disclosure` counts in a sponsored item's share text only as a word or hashtag of its own.
@Suite struct DisclosureTests {
    func messages(shareText: String) throws -> [String] {
        try ValidHubCopy.messages { content in
            let path = content + "/share/webinar.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "#reklame Tilmeld dig vores webinar.", with: shareText)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: ["Tilmeld dig vores webinar. #reklame.", "Tilmeld dig (#reklame) vores webinar.",
                      "#REKLAME: tilmeld dig.", "Tilmeld dig,\n#Reklame"])
    func theDisclosureAsAWordCounts(text: String) throws {
        #expect(try messages(shareText: text) == [])
    }

    @Test(arguments: [("Tilmeld dig. #reklamefri", "#reklamefri"), ("Fra #Reklamebureau: tilmeld dig.", "#Reklamebureau"),
                      ("Tilmeld dig. Ikke#reklame", "Ikke#reklame")])
    func theDisclosureInsideALongerWordDoesNotCount(text: String, word: String) throws {
        #expect(try messages(shareText: text) == ["share/webinar.md:11:1: error: the item is sponsored, and '\(word)' is not "
            + "the disclosure '#reklame'; write '#reklame' as a word of its own (advertising must be marked)"])
    }

    @Test func aTextWithoutTheDisclosureSaysItMustContainIt() throws {
        #expect(try messages(shareText: "Tilmeld dig vores webinar.") == ["share/webinar.md:11:1: error: the item is sponsored, "
            + "so its share text must contain '#reklame' (advertising must be marked)"])
    }
}
