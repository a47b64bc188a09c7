import AdvocacyCore
import AdvocacyTemplates

/// The week's digest: what is new, what stays current and what expires soon, by discipline, and the
/// latest story. One model for the digest page, the email, its text and the Teams and Slack messages.
/// It names items and disciplines, never a person.
package struct Digest: Hashable, Sendable {
    /// An item as the digest lists it.
    package struct Item: TemplateObject, Hashable, Sendable {
        package let title: String
        package let summary: String
        /// The item's page in the site, under `base-url`.
        package let url: String
        /// The item's page as an absolute address; nil without `site-url`.
        package let address: String?
        /// The item's own link with the cards' UTM tags and `utm_source=digest`; nil when it has none.
        package let link: String?
        package let published: String?
        package let expires: String?

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .title: .text(title)
            case .summary: .text(summary)
            case .url: .text(url)
            case .address: .optional(address)
            case .link: .optional(link)
            case .published: .optional(published)
            case .expires: .optional(expires)
            default: nil
            }
        }
    }

    /// One discipline's part of the digest.
    package struct Section: TemplateObject, Hashable, Sendable {
        package let id: String
        package let title: String
        package let url: String
        package let address: String?
        /// Published in the 7 days up to `now`.
        package let new: [Item]
        /// Current, neither new nor expiring within 7 days.
        package let staying: [Item]
        /// Expiring within the 7 days after `now`.
        package let expiring: [Item]
        /// "12 more items in this discipline": the current items left out of the lists, which keep
        /// to `Digest.listLimit` each; nil when none is left out.
        package let more: String?

        /// Whether the discipline has nothing current.
        package var isEmpty: Bool { new.isEmpty && staying.isEmpty && expiring.isEmpty }

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .id: .text(id)
            case .title: .text(title)
            case .url: .text(url)
            case .address: .optional(address)
            case .new: .objects(new)
            case .hasNew: .bool(!new.isEmpty)
            case .staying: .objects(staying)
            case .hasStaying: .bool(!staying.isEmpty)
            case .expiring: .objects(expiring)
            case .hasExpiring: .bool(!expiring.isEmpty)
            case .isEmpty: .bool(isEmpty)
            case .more: .optional(more)
            default: nil
            }
        }
    }

    /// The latest success story.
    package struct Story: TemplateObject, Hashable, Sendable {
        package let title: String
        package let summary: String
        package let url: String
        package let address: String?

    /// Creates a value from its stored properties.
    package init(title: String, summary: String, url: String, address: String?) {
        self.title = title
        self.summary = summary
        self.url = url
        self.address = address
    }

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .title: .text(title)
            case .summary: .text(summary)
            case .url: .text(url)
            case .address: .optional(address)
            default: nil
            }
        }
    }

    /// The most items each list of a discipline shows: a chat message and an email stay short in a hub
    /// of thousands of items (Teams takes a message of about 28 KB); the rest are on the discipline's page.
    package static let listLimit = 5

    /// The hub's name.
    let hubTitle: String
    /// The hub's language, for `lang`.
    package let language: String
    /// The ISO week of `now` in the hub's time zone.
    package let week: ISOWeek
    /// The ISO week date of `now` in the hub's time zone: `2026-W50-1` for its Monday.
    let weekDate: String
    /// "Week 50: new to share", in the site's words.
    package let title: String
    /// The digest's opening line.
    let intro: String
    /// The disciplines in display order.
    package let sections: [Section]
    package let story: Story?
    /// The digest page and the home page as absolute addresses; nil without `site-url`.
    let pageAddress: String?
    let homeAddress: String?
}

/// The digest page's content: the digest as templates see it.
struct DigestContent: PageContent {
    package let digest: Digest

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(digest.title)
        case .intro: .text(digest.intro)
        case .week: .integer(digest.week.number)
        case .hubTitle: .text(digest.hubTitle)
        case .language: .text(digest.language)
        case .sections: .objects(digest.sections)
        case .story: digest.story.map { .object($0) } ?? TemplateValue.none
        case .pageAddress: .optional(digest.pageAddress)
        case .homeAddress: .optional(digest.homeAddress)
        default: nil
        }
    }
}
