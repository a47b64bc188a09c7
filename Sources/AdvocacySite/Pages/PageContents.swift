import AdvocacyCore
import AdvocacyTemplates

/// The home page: what is new, what to share now, disciplines, stories and guidelines.
package struct HomeContent: PageContent {
    package let body: BodyModel?
    package let shareNow: [ItemSummary]
    package let moreToShare: Bool
    package let whatsNew: [ItemSummary]
    package let stories: [StorySummary]
    package let guidelines: [DocumentLink]
    package let disciplines: [DisciplineSummary]
    package let activeCount: Int
    /// The newest evaluation, whose headline the home page shows.
    package let evaluation: EvaluationLink?

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "body": body.map { .object($0) } ?? TemplateValue.none
        case "shareNow": .objects(shareNow)
        case "hasShareNow": .bool(!shareNow.isEmpty)
        case "hasItems": .bool(activeCount > 0)
        case "disciplineChoices": .objects(disciplines)
        case "moreToShare": .bool(moreToShare)
        case "whatsNew": .objects(whatsNew)
        case "hasWhatsNew": .bool(!whatsNew.isEmpty)
        case "stories": .objects(stories)
        case "hasStories": .bool(!stories.isEmpty)
        case "guidelines": .objects(guidelines)
        case "disciplines": .objects(disciplines)
        case "activeCount": .integer(activeCount)
        case "evaluation": evaluation.map { .object($0) } ?? TemplateValue.none
        default: nil
        }
    }
}

/// A page of the content queue: its items with their cards, the filters and the pager.
package struct QueueContent: PageContent {
    package let items: [ItemSummary]
    package let filters: [DisciplineLink]
    package let pager: Pager
    package let archiveURL: String

    /// The links between the pages of the queue.
    package struct Pager: TemplateObject, Hashable {
        package let number: Int
        package let pages: Int
        package let previous: String?
        package let next: String?

        package func value(for key: String) -> TemplateValue? {
            switch key {
            case "number": .integer(number)
            case "pages": .integer(pages)
            case "show": .bool(pages > 1)
            case "previous": .optional(previous)
            case "next": .optional(next)
            default: nil
            }
        }
    }

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "items": .objects(items)
        case "hasItems": .bool(!items.isEmpty)
        case "filters", "disciplineChoices": .objects(filters)
        case "platforms":
            .list(Platform.allCases.map { .object(TemplateDictionary(["id": .text($0.rawValue), "title": .text($0.displayName)])) })
        case "pager": .object(pager)
        case "archiveURL": .text(archiveURL)
        default: nil
        }
    }
}

/// A list of items without cards: the archive.
package struct ArchiveContent: PageContent {
    package let items: [ItemSummary]

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "items": .objects(items)
        case "hasItems": .bool(!items.isEmpty)
        default: nil
        }
    }
}

/// A share item's own page.
package struct ItemContent: PageContent {
    package let item: ItemSummary
    package let body: BodyModel
    package let expired: Bool
    package let link: String
    package let cards: CardSet

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "item": .object(item)
        case "body": .object(body)
        case "expired": .bool(expired)
        case "link": .text(link)
        case "cards": .objects(cards.cards)
        default: nil
        }
    }
}

/// A discipline's page: its guide, its newest items with their cards, and its stories.
package struct DisciplineContent: PageContent {
    package let discipline: DisciplineSummary
    package let body: BodyModel
    package let items: [ItemSummary]
    package let moreItems: Bool
    package let queueURL: String
    /// The discipline's own feed and calendar, to subscribe to.
    package let feedURL: String
    package let calendarURL: String
    package let stories: [StorySummary]

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "discipline": .object(discipline)
        case "body": .object(body)
        case "items": .objects(items)
        case "hasItems": .bool(!items.isEmpty)
        case "moreItems": .bool(moreItems)
        case "queueURL": .text(queueURL)
        case "feedURL": .text(feedURL)
        case "calendarURL": .text(calendarURL)
        case "stories": .objects(stories)
        case "hasStories": .bool(!stories.isEmpty)
        default: nil
        }
    }
}

/// A story's own page.
package struct StoryContent: PageContent {
    package let story: StorySummary
    package let body: BodyModel

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "story": .object(story)
        case "body": .object(body)
        default: nil
        }
    }
}

/// The list of disciplines.
package struct DisciplinesContent: PageContent {
    package let disciplines: [DisciplineSummary]

    package func value(for key: String) -> TemplateValue? { key == "disciplines" ? .objects(disciplines) : nil }
}

/// The list of guidelines.
package struct GuidelinesContent: PageContent {
    package let guidelines: [DocumentLink]

    package func value(for key: String) -> TemplateValue? { key == "guidelines" ? .objects(guidelines) : nil }
}

/// The list of stories.
package struct StoriesContent: PageContent {
    package let stories: [StorySummary]

    package func value(for key: String) -> TemplateValue? { key == "stories" ? .objects(stories) : nil }
}

/// A guideline or a free page: its body.
package struct DocumentContent: PageContent {
    package let body: BodyModel

    package func value(for key: String) -> TemplateValue? { key == "body" ? .object(body) : nil }
}

/// The readiness self-assessment.
package struct ReadinessContent: PageContent {
    package let readiness: ReadinessView

    package func value(for key: String) -> TemplateValue? { key == "readiness" ? .object(readiness) : nil }
}

/// A page that shows only its frame and its layout's own text: search, not found.
package struct FrameOnlyContent: PageContent {
    package func value(for key: String) -> TemplateValue? { nil }
}
