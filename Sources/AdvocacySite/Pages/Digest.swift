import AdvocacyCore
import AdvocacyTemplates

/// The week's digest: what is new, what stays current and what expires soon, each item once with
/// the disciplines it is for, and the latest story. One model for the digest page, the email, its
/// text and the Teams and Slack messages. It names items and disciplines, never a person.
package struct Digest: Hashable, Sendable {
    /// One of an item's disciplines, linked to the item's card for it.
    package struct Discipline: TemplateObject, Hashable, Sendable {
        package let title: String
        /// The item's page at the discipline's first card (`#card-…`), under `base-url`.
        package let url: String
        /// The same as an absolute address; nil without `site-url`.
        package let address: String?
        /// Whether it is the first of the item's disciplines: the others are written after a ` · `.
        let isFirst: Bool

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .title: .text(title)
            case .url: .text(url)
            case .address: .optional(address)
            case .isFirst: .bool(isFirst)
            default: nil
            }
        }
    }

    /// An item as the digest lists it.
    package struct Item: TemplateObject, Hashable, Sendable {
        package let title: String
        package let summary: String
        /// The item's page in the site, under `base-url`.
        package let url: String
        /// The item's page as an absolute address; nil without `site-url`.
        package let address: String?
        /// The item's own link as written, untagged: a colleague who copies it from the digest to
        /// share it is not counted under the digest (docs/authoring.md, "The weekly digest").
        package let link: String?
        package let published: String?
        package let expires: String?
        /// The item's disciplines in the hub's order, each linked to its card.
        package let disciplines: [Discipline]
        /// The advertising label on a sponsored item; nil on the others.
        package let disclosureLabel: String?

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .title: .text(title)
            case .summary: .text(summary)
            case .url: .text(url)
            case .address: .optional(address)
            case .link: .optional(link)
            case .published: .optional(published)
            case .expires: .optional(expires)
            case .disciplines: .objects(disciplines)
            case .disclosureLabel: .optional(disclosureLabel)
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

    /// The most items each list shows: a chat message and an email stay short in a hub of thousands
    /// of items (Teams takes a message of about 28 KB); the rest are on the hub's list of items.
    package static let listLimit = 10

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
    /// Published in the 7 days up to `now`, each item once.
    package let new: [Item]
    /// Current, neither new nor expiring within 7 days.
    package let staying: [Item]
    /// Expiring within the 7 days after `now`.
    package let expiring: [Item]
    /// "12 more items in the hub": the current items left out of the lists, which keep to
    /// `listLimit` each; nil when none is left out.
    package let more: String?
    /// The hub's list of current items, under `base-url` and as an absolute address (nil without `site-url`).
    let moreURL: String
    let moreAddress: String?
    package let story: Story?
    /// The digest page and the home page as absolute addresses; nil without `site-url`.
    let pageAddress: String?
    let homeAddress: String?
    /// The people hub.yml's `team:` names as comms contacts, whom the digest's footer names.
    package let contacts: [TeamMemberSummary]

    /// Whether nothing is current.
    package var isEmpty: Bool { new.isEmpty && staying.isEmpty && expiring.isEmpty }

    /// Every item the digest lists, each once.
    package var items: [Item] { new + staying + expiring }
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
        case .new: .objects(digest.new)
        case .hasNew: .bool(!digest.new.isEmpty)
        case .staying: .objects(digest.staying)
        case .hasStaying: .bool(!digest.staying.isEmpty)
        case .expiring: .objects(digest.expiring)
        case .hasExpiring: .bool(!digest.expiring.isEmpty)
        case .isEmpty: .bool(digest.isEmpty)
        case .more: .optional(digest.more)
        case .moreURL: .text(digest.moreURL)
        case .moreAddress: .optional(digest.moreAddress)
        case .story: digest.story.map { .object($0) } ?? TemplateValue.none
        case .pageAddress: .optional(digest.pageAddress)
        case .homeAddress: .optional(digest.homeAddress)
        case .contacts: .objects(digest.contacts)
        case .hasContacts: .bool(!digest.contacts.isEmpty)
        default: nil
        }
    }
}
