import Testing
@testable import AdvocacyHub

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
