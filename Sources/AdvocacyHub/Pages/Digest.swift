/// The week's digest: what is new, what stays current and what expires soon, by discipline, and the
/// latest story. One model for the digest page, the email, its text and the Teams and Slack messages.
/// It names items and disciplines, never a person.
struct Digest: Hashable, Sendable {
    /// An item as the digest lists it.
    struct Item: TemplateObject, Hashable, Sendable {
        let title: String
        let summary: String
        /// The item's page in the site, under `base-url`.
        let url: String
        /// The item's page as an absolute address; nil without `site-url`.
        let address: String?
        /// The item's own link with the cards' UTM tags and `utm_source=digest`; nil when it has none.
        let link: String?
        let published: String?
        let expires: String?

        func value(for key: String) -> TemplateValue? {
            switch key {
            case "title": .text(title)
            case "summary": .text(summary)
            case "url": .text(url)
            case "address": .optional(address)
            case "link": .optional(link)
            case "published": .optional(published)
            case "expires": .optional(expires)
            default: nil
            }
        }
    }

    /// One discipline's part of the digest.
    struct Section: TemplateObject, Hashable, Sendable {
        let id: String
        let title: String
        let url: String
        let address: String?
        /// Published in the 7 days up to `now`.
        let new: [Item]
        /// Current, neither new nor expiring within 7 days.
        let staying: [Item]
        /// Expiring within the 7 days after `now`.
        let expiring: [Item]
        /// "12 more items in this discipline": the current items left out of the lists, which keep
        /// to `Digest.listLimit` each; nil when none is left out.
        let more: String?

        /// Whether the discipline has nothing current.
        var isEmpty: Bool { new.isEmpty && staying.isEmpty && expiring.isEmpty }

        func value(for key: String) -> TemplateValue? {
            switch key {
            case "id": .text(id)
            case "title": .text(title)
            case "url": .text(url)
            case "address": .optional(address)
            case "new": .objects(new)
            case "hasNew": .bool(!new.isEmpty)
            case "staying": .objects(staying)
            case "hasStaying": .bool(!staying.isEmpty)
            case "expiring": .objects(expiring)
            case "hasExpiring": .bool(!expiring.isEmpty)
            case "isEmpty": .bool(isEmpty)
            case "more": .optional(more)
            default: nil
            }
        }
    }

    /// The latest success story.
    struct Story: TemplateObject, Hashable, Sendable {
        let title: String
        let summary: String
        let url: String
        let address: String?

        func value(for key: String) -> TemplateValue? {
            switch key {
            case "title": .text(title)
            case "summary": .text(summary)
            case "url": .text(url)
            case "address": .optional(address)
            default: nil
            }
        }
    }

    /// The most items each list of a discipline shows: a chat message and an email stay short in a hub
    /// of thousands of items (Teams takes a message of about 28 KB); the rest are on the discipline's page.
    static let listLimit = 5

    /// The hub's name.
    let hubTitle: String
    /// The hub's language, for `lang`.
    let language: String
    /// The ISO week of `now` in the hub's time zone.
    let week: ISOWeek
    /// The ISO week date of `now` in the hub's time zone: `2026-W50-1` for its Monday.
    let weekDate: String
    /// "Week 50: new to share", in the site's words.
    let title: String
    /// The digest's opening line.
    let intro: String
    /// The disciplines in display order.
    let sections: [Section]
    let story: Story?
    /// The digest page and the home page as absolute addresses; nil without `site-url`.
    let pageAddress: String?
    let homeAddress: String?
}

/// The digest page's content: the digest as templates see it.
struct DigestContent: PageContent {
    let digest: Digest

    func value(for key: String) -> TemplateValue? {
        switch key {
        case "title": .text(digest.title)
        case "intro": .text(digest.intro)
        case "week": .integer(digest.week.number)
        case "hubTitle": .text(digest.hubTitle)
        case "language": .text(digest.language)
        case "sections": .objects(digest.sections)
        case "story": digest.story.map { .object($0) } ?? TemplateValue.none
        case "pageAddress": .optional(digest.pageAddress)
        case "homeAddress": .optional(digest.homeAddress)
        default: nil
        }
    }
}
