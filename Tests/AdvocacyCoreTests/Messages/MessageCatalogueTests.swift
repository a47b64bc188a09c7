import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite("The message catalogues")
struct MessageCatalogueTests {
    @Test("every message has a text in both languages, with the same placeholders", arguments: MessageID.allCases)
    func bothLanguagesHaveTheSamePlaceholders(id: MessageID) {
        #expect(!id.english.isEmpty && !id.danish.isEmpty)
        #expect(Message.placeholders(id.english) == Message.placeholders(id.danish),
                "English: \(id.english)\nDanish: \(id.danish)")
    }

    @Test func placeholdersAreFilledInTheReadersLanguage() {
        let summary = Message(.countLine, ["errors": .number(1), "warnings": .number(12_400)])
        #expect(summary.text(in: .en) == "1 error, 12,400 warnings")
        #expect(summary.text(in: .da) == "1 fejl, 12.400 advarsler")
        let nested = Message(.notRebuilt, ["reason": .message(Message(.noScheduledChange))])
        #expect(nested.text(in: .da) == "ikke bygget igen: ingen planlagt ændring")
    }

    @Test func aValueIsNeverReadAsAPlaceholder() {
        let message = Message(.usageErrorLine, ["message": "'{message}' and {{name}}"])
        #expect(message.text(in: .en) == "advocacy: error: '{message}' and {{name}}")
    }

    @Test func theEnvironmentDecidesBeforeTheHubIsRead() {
        #expect(MessageLanguage.environment(["LANG": "da_DK.UTF-8"]) == .da)
        #expect(MessageLanguage.environment(["LANG": "da_DK.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(MessageLanguage.environment(["LANG": "en_GB.UTF-8", "LC_MESSAGES": "da_DK"]) == .da)
        #expect(MessageLanguage.environment([:]) == .en)
    }
}

@Suite("The message list in the docs")
struct MessageListTests {
    /// docs/messages.md as the catalogues make it: every message, in English and in Danish.
    static var expected: String {
        var text = """
            # Every message, in English and Danish

            This list is made from the message catalogues (`Sources/AdvocacyCore/Messages/`), and a test
            keeps it equal to them. A message is shown in the hub's language (`language:` in hub.yml), or in
            the one `--lang da` or `--lang en` asks for. In the texts, `{name}` stands for a value from your
            file or command, such as a key, a file name or a number; `{count:one|more}` is a number with the
            word for one or for more. What the messages mean and how to fix them is explained in
            [authoring.md, section 15](authoring.md#15-checking-your-work-every-message-explained).

            """
        for id in MessageID.allCases {
            text += "\n**`\(id.rawValue)`**\n\n    en: \(id.english)\n    da: \(id.danish)\n"
        }
        return text
    }

    @Test func theDocsListEveryMessageOfTheCatalogues() throws {
        let path = TestPaths.repository + "/docs/messages.md"
        let written = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        if written != Self.expected {
            // Outside the test process's own temporary folder, which goes when the process ends.
            let fresh = NSTemporaryDirectory() + "advocacy-messages.md"
            try Self.expected.write(toFile: fresh, atomically: true, encoding: .utf8)
            Issue.record("docs/messages.md is not the catalogues' list; to take the new one: cp \(fresh) \(path)")
        }
    }
}
