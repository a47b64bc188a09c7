import Foundation

/// What a new hub and `advocacy new` write for the author to replace: the placeholders, the example
/// link, host and result, and the example content of a new hub in both languages. The checks name
/// what is left of it in a published document.
public enum Starter {
    /// The dates the example content is written with, as days in the hub's time zone.
    public struct Dates: Sendable {
        /// The day `init` runs: the share item is published and the story dated then.
        public var today: String
        /// A couple of weeks later: the share item leaves the queue after this day.
        public var expires: String

        /// Dates of the example content.
        public init(today: String, expires: String) {
            self.today = today
            self.expires = expires
        }
    }

    /// The titles of the examples `init` writes into share/, stories/ and guidelines/, in both languages:
    /// a published document with one of them is a leftover the checks name.
    package static let exampleTitles: Set<String> = {
        let dates = Dates(today: "2026-01-01", expires: "2026-01-15")
        let files = NewHubDanish.content(dates) + NewHubEnglish.content(dates)
        return Set(files.filter { !$0.0.hasPrefix("disciplines/") }.compactMap { _, text in
            text.split(separator: "\n").first { $0.hasPrefix("title: ") }.map {
                $0.dropFirst("title: ".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        })
    }()

    /// A text `advocacy new` writes for the author to replace, in the hub's language, from the message
    /// catalogue. The checks report it, in either language, in a file that is no longer a draft.
    public enum Placeholder: CaseIterable, Sendable {
        /// The text of each share block.
        case shareText
        /// A share item's body: the background for colleagues.
        case background
        /// A story's body.
        case story
        /// A guideline's body.
        case guideline

        /// The placeholder's words in `language`.
        public func text(in language: HubLanguage) -> String {
            let id: MessageID = switch self {
            case .shareText: .scaffoldShareText
            case .background: .scaffoldBackground
            case .story: .scaffoldStory
            case .guideline: .scaffoldGuideline
            }
            return Message(id).text(in: language)
        }
    }

    /// The `link` `advocacy new` writes in a share item, for the author to replace.
    public static func exampleLink(in language: HubLanguage) -> String { Message(.scaffoldLink).text(in: language) }

    /// The label of the example result `advocacy new` writes in a story, with the value 0.
    public static func exampleResultLabel(in language: HubLanguage) -> String { Message(.scaffoldResultLabel).text(in: language) }

    /// Whether an address is an example one: a host with the label `example` (RFC 2606's example.com,
    /// example.org, example.net, and the `example.dk` of Danish manuals), such as `www.example.dk`.
    /// Returns the host when it is.
    package static func exampleHost(of address: String) -> String? {
        guard let host = URL(string: address)?.host, host.lowercased().split(separator: ".").contains("example") else { return nil }
        return host
    }
}
