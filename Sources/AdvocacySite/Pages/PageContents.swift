import AdvocacyCore
import AdvocacyTemplates

/// The home page: what is new, what to share now, disciplines, stories and guidelines.
struct HomeContent: PageContent {
    package let body: BodyModel?
    let shareNow: [ItemSummary]
    let moreToShare: Bool
    let whatsNew: [ItemSummary]
    package let stories: [StorySummary]
    package let guidelines: [DocumentLink]
    package let disciplines: [DisciplineSummary]
    package let activeCount: Int
    /// The newest evaluation, whose headline the home page shows.
    package let evaluation: EvaluationLink?

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .body: body.map { .object($0) } ?? TemplateValue.none
        case .shareNow: .objects(shareNow)
        case .hasShareNow: .bool(!shareNow.isEmpty)
        case .hasItems: .bool(activeCount > 0)
        case .disciplineChoices: .objects(disciplines)
        case .moreToShare: .bool(moreToShare)
        case .whatsNew: .objects(whatsNew)
        case .hasWhatsNew: .bool(!whatsNew.isEmpty)
        case .stories: .objects(stories)
        case .hasStories: .bool(!stories.isEmpty)
        case .guidelines: .objects(guidelines)
        case .disciplines: .objects(disciplines)
        case .activeCount: .integer(activeCount)
        case .evaluation: evaluation.map { .object($0) } ?? TemplateValue.none
        default: nil
        }
    }
}

/// A page of the content queue: its items, each with a link to its share texts, the filters and the pager.
struct QueueContent: PageContent {
    package let items: [ItemSummary]
    let filters: [DisciplineLink]
    let pager: Pager
    let archiveURL: String

    /// The links between the pages of the queue.
    struct Pager: TemplateObject, Hashable {
        package let number: Int
        package let pages: Int
        package let previous: String?
        package let next: String?

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .number: .integer(number)
            case .pages: .integer(pages)
            case .show: .bool(pages > 1)
            case .previous: .optional(previous)
            case .next: .optional(next)
            default: nil
            }
        }
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .items: .objects(items)
        case .hasItems: .bool(!items.isEmpty)
        case .filters, .disciplineChoices: .objects(filters)
        case .platforms:
            .list(Platform.allCases.map { .object(TemplateDictionary(["id": .text($0.rawValue), "title": .text($0.displayName)])) })
        case .pager: .object(pager)
        case .archiveURL: .text(archiveURL)
        default: nil
        }
    }
}

/// A list of items without cards: the archive.
struct ArchiveContent: PageContent {
    package let items: [ItemSummary]

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .items: .objects(items)
        case .hasItems: .bool(!items.isEmpty)
        default: nil
        }
    }
}

/// A share item's own page.
struct ItemContent: PageContent {
    package let item: ItemSummary
    package let body: BodyModel
    package let expired: Bool
    package let link: String
    package let cards: CardSet

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .item: .object(item)
        case .body: .object(body)
        case .expired: .bool(expired)
        case .link: .text(link)
        case .cards: .objects(cards.cards)
        // The card tools' one attribute hub.js makes the share sheet's link from: a card's tagged
        // link with this `utm_source` (ShareLink is where the sources are named).
        case .shareSheetSource: .text(ShareLink.shareSheetSource)
        default: nil
        }
    }
}

/// A discipline's page: its guide, its newest items with links to their texts for it, and its stories.
struct DisciplineContent: PageContent {
    package let discipline: DisciplineSummary
    package let body: BodyModel
    package let items: [ItemSummary]
    let moreItems: Bool
    let queueURL: String
    /// The discipline's own feed and calendar, to subscribe to.
    let feedURL: String
    let calendarURL: String
    package let stories: [StorySummary]

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .discipline: .object(discipline)
        case .body: .object(body)
        case .items: .objects(items)
        case .hasItems: .bool(!items.isEmpty)
        case .moreItems: .bool(moreItems)
        case .queueURL: .text(queueURL)
        case .feedURL: .text(feedURL)
        case .calendarURL: .text(calendarURL)
        case .stories: .objects(stories)
        case .hasStories: .bool(!stories.isEmpty)
        default: nil
        }
    }
}

/// A story's own page.
struct StoryContent: PageContent {
    package let story: StorySummary
    package let body: BodyModel

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .story: .object(story)
        case .body: .object(body)
        default: nil
        }
    }
}

/// The list of disciplines.
struct DisciplinesContent: PageContent {
    package let disciplines: [DisciplineSummary]

    package func value(for key: TemplateKey) -> TemplateValue? { TemplateField(key) == .disciplines ? .objects(disciplines) : nil }
}

/// The list of guidelines.
struct GuidelinesContent: PageContent {
    package let guidelines: [DocumentLink]

    package func value(for key: TemplateKey) -> TemplateValue? { TemplateField(key) == .guidelines ? .objects(guidelines) : nil }
}

/// The list of stories.
struct StoriesContent: PageContent {
    package let stories: [StorySummary]

    package func value(for key: TemplateKey) -> TemplateValue? { TemplateField(key) == .stories ? .objects(stories) : nil }
}

/// A guideline or a free page: its body, and a guideline's self-check.
struct DocumentContent: PageContent {
    package let body: BodyModel
    package var quiz: QuizModel? = nil

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .body: .object(body)
        case .quiz: quiz.map { .object($0) }
        default: nil
        }
    }
}

/// The readiness self-assessment.
struct ReadinessContent: PageContent {
    package let readiness: ReadinessView

    package func value(for key: TemplateKey) -> TemplateValue? { TemplateField(key) == .readiness ? .object(readiness) : nil }
}

/// A page that shows only its frame and its layout's own text: search, not found.
struct FrameOnlyContent: PageContent {
    package func value(for key: TemplateKey) -> TemplateValue? { nil }
}
