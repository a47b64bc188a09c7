import Foundation
import AdvocacyCore

/// `digest/teams.json`: the digest as a Microsoft Teams incoming-webhook message carrying one
/// Adaptive Card (schema 1.5, which Teams renders).
package struct TeamsMessage: Encodable {
    /// A card element: a text block or a container of them. Unused fields stay out of the JSON.
    package struct Element: Encodable {
        package var type = "TextBlock"
        package var text: String?
        package var size: String?
        package var weight: String?
        package var wrap: Bool?
        var isSubtle: Bool?
        package var separator: Bool?
        package var spacing: String?
        package var items: [Element]?
    }

    /// A button that opens an address.
    struct OpenURL: Encodable {
        package var type = "Action.OpenUrl"
        package let title: String
        package let url: String
    }

    struct Card: Encodable {
        var schema = "http://adaptivecards.io/schemas/adaptive-card.json"
        package var type = "AdaptiveCard"
        package var version = "1.5"
        package let body: [Element]
        package let actions: [OpenURL]?

        package enum CodingKeys: String, CodingKey {
            case schema = "$schema", type, version, body, actions
        }
    }

    struct Attachment: Encodable {
        package var contentType = "application/vnd.microsoft.card.adaptive"
        package let content: Card
    }

    package var type = "message"
    let attachments: [Attachment]

    /// The message of a digest; links to the hub's pages only with `site-url`.
    package init(_ digest: Digest, words: SiteStrings) {
        // Every text a card shows is Markdown to Teams: each one written from content or the theme is escaped.
        let said = { (key: String) in Self.markdown(words[key]) }
        var body = [Element(text: Self.markdown(digest.hubTitle), isSubtle: true),
                    Element(text: Self.markdown(digest.title), size: "Large", weight: "Bolder", wrap: true, spacing: "None"),
                    Element(text: Self.markdown(digest.intro), wrap: true)]
        func link(_ title: String, _ address: String?) -> String {
            address.map { "[\(Self.markdown(title))](\(Self.address($0)))" } ?? Self.markdown(title)
        }
        if digest.isEmpty { body.append(Element(text: said("digest-nothing"), wrap: true, isSubtle: true)) }
        for (heading, list) in [("digest-new", digest.new), ("digest-staying", digest.staying),
                                ("digest-expiring", digest.expiring)] where !list.isEmpty {
            var items = [Element(text: said(heading), size: "Medium", weight: "Bolder", wrap: true)]
            for item in list {
                let label = item.disclosureLabel.map { " " + Self.markdown("[\($0)]") } ?? ""
                let expires = item.expires.map { " " + Self.markdown("(\(words["active-until"]) \($0))") } ?? ""
                items.append(Element(text: link(item.title, item.address) + label + expires, wrap: true, spacing: "Small"))
                items.append(Element(text: said("digest-read") + ": " + item.disciplines.map { link($0.title, $0.address) }.joined(separator: " · "),
                                     size: "Small", wrap: true, isSubtle: true, spacing: "None"))
            }
            body.append(Element(type: "Container", separator: true, spacing: "Medium", items: items))
        }
        if let more = digest.more { body.append(Element(text: link(more, digest.moreAddress), wrap: true)) }
        if let story = digest.story {
            let title = story.address.map { "[\(Self.markdown(story.title))](\(Self.address($0)))" } ?? Self.markdown(story.title)
            body.append(Element(type: "Container", separator: true, spacing: "Medium", items: [
                Element(text: said("digest-story"), size: "Medium", weight: "Bolder", wrap: true),
                Element(text: title, wrap: true)]))
        }
        body.append(Element(text: said("digest-email-note"), size: "Small", wrap: true, isSubtle: true))
        let actions = digest.pageAddress.map { [OpenURL(title: words["digest-open-hub"], url: $0)] }
        attachments = [Attachment(content: Card(body: body, actions: actions))]
    }

    /// Text shown as written in a card's Markdown: characters Markdown would act on are escaped,
    /// and so is the dot of a number at the start of a line (`2026. …` would start a numbered list).
    package static func markdown(_ text: String) -> String {
        var out = "", digitsOnly = true
        for character in text {
            if "\\`*_[]()#+-!<>~|".contains(character) || (character == "." && digitsOnly && out.last?.isNumber == true) {
                out.append("\\")
            }
            digitsOnly = character.isNewline || (digitsOnly && character.isNumber)
            out.append(character)
        }
        return out
    }

    /// An address as the target of a Markdown link: the characters that would end it are percent-encoded.
    package static func address(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
            .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
    }
}
