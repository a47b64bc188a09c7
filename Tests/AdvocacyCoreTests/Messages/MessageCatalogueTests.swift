import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite("The message catalogues")
struct MessageCatalogueTests {
    @Test("every message has a text in both languages, whose placeholders are the values of its case",
          arguments: MessageID.examples)
    func placeholdersAreTheValuesOfTheCase(id: MessageID) {
        let payload = Mirror(reflecting: id).children.first.map { Array(Mirror(reflecting: $0.value).children) } ?? []
        let values = id.values
        #expect(values.count == payload.count, """
            every value of \(id.name) is labelled and is text, a count, a list or a message; \
            its values: \(payload.map { "\($0.label ?? "?"): \(type(of: $0.value))" })
            """)
        let labels = Set(values.map(\.label))
        for language in HubLanguage.allCases {
            let text = id.template(in: language)
            #expect(!text.isEmpty, "\(id.name) has no text in '\(language)'")
            let placeholders = Message.placeholders(text)
            #expect(Set(placeholders.keys) == labels, """
                the '\(language)' text of \(id.name) has the placeholders \(placeholders.keys.sorted()), and its case the \
                values \(labels.sorted()); name every value in the text as {label}: \(text)
                """)
            for (name, counted) in placeholders where counted {
                #expect(values.first { $0.label == name }?.value is Int,
                        "{\(name):…|…} in the '\(language)' text of \(id.name) gives a number's word for one or more: '\(name)' must be an Int")
            }
            let shown = Message(id).text(in: language)
            #expect(Message.placeholders(shown).isEmpty, "\(id.name) is shown with a placeholder left: \(shown)")
        }
    }

    @Test func theExamplesHoldEveryMessageOnceInTheOrderOfMessageID() throws {
        let source = try String(contentsOfFile: TestPaths.repository + "/Sources/AdvocacyCore/Messages/MessageID.swift",
                                encoding: .utf8)
        let declared = source.split(separator: "\n").filter { $0.hasPrefix("    case ") }
            .map { String($0.dropFirst(9).prefix { $0.isLetter || $0.isNumber }) }
        #expect(declared.count > 300, "the cases of MessageID.swift were not found")
        let listed = MessageID.examples.map(\.name)
        let missing = declared.filter { !listed.contains($0) }
        let extra = Dictionary(grouping: listed, by: { $0 }).filter { $0.value.count > 1 || !declared.contains($0.key) }.keys
        #expect(missing.isEmpty, "MessageExamples.swift has no example of \(missing); add one where MessageID.swift declares it")
        #expect(extra.isEmpty, "MessageExamples.swift lists \(extra.sorted()) twice, or messages MessageID.swift does not declare")
        if missing.isEmpty && extra.isEmpty {
            #expect(listed == declared, "MessageExamples.swift lists the messages in the order of MessageID.swift")
        }
    }

    @Test func aMessageIsNamedAndFilledFromItsCase() {
        let id = MessageID.unknownKey(key: "sumary", hint: Message(.didYouMean(name: "summary")))
        #expect(id.name == "unknownKey" && MessageID.severityError.name == "severityError")
        #expect(id.values.map(\.label) == ["key", "hint"])
        #expect(Message(id).text(in: .en) == "unknown key 'sumary'; did you mean 'summary'?")
        #expect(Message.placeholders("{a} and {n:one|more}, { b }, {c:d} and {n}") == ["a": false, "n": true])
    }

    @Test func placeholdersAreFilledInTheReadersLanguage() {
        let summary = Message(.countLine(errors: 1, warnings: 12_400))
        #expect(summary.text(in: .en) == "1 error, 12,400 warnings")
        #expect(summary.text(in: .da) == "1 fejl, 12.400 advarsler")
        let nested = Message(.notRebuilt(reason: Message(.noScheduledChange)))
        #expect(nested.text(in: .da) == "ikke bygget igen: ingen planlagt ændring")
        let left = Message(.contentFolderMissing(folder: "content", advice: nil))
        #expect(left.text(in: .en) == "content folder 'content' does not exist", "a part left out (nil) is shown as nothing")
        let known = Message(.unknownDiscipline(name: "x", known: .list(["a", "b"]), suggestion: nil))
        #expect(known.text(in: .en) == "unknown discipline 'x'; known: a, b")
    }

    @Test func aValueIsNeverReadAsAPlaceholder() {
        let message = Message(.usageErrorLine(message: Message(.serving(address: "'{address}' and {{name}}"))))
        #expect(message.text(in: .en) == "advocacy: error: serving at '{address}' and {{name}} (Ctrl-C to stop)")
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
        for id in MessageID.examples {
            text += "\n**`\(id.name)`**\n\n    en: \(id.english)\n    da: \(id.danish)\n"
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
