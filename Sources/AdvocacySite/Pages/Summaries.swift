import AdvocacyCore
import AdvocacyLoad
import AdvocacyTemplates

/// A link to a discipline, as tags on items and stories show it.
struct DisciplineLink: TemplateObject, Hashable {
    package let id: String
    package let title: String
    package let url: String

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .id: .text(id)
        case .title: .text(title)
        case .url: .text(url)
        default: nil
        }
    }
}

/// A document's title, summary and address: guidelines in lists, free pages in the footer, and
/// every page's own (`page.title`, …).
package struct DocumentLink: TemplateObject, Hashable {
    package let title: String
    package let summary: String
    package let url: String
    package var params: ThemeParams = .none

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(title)
        case .summary: .text(summary)
        case .url: .text(url)
        case .params: params.template
        default: nil
        }
    }
}

/// A document's rendered body (`body.html`, shown unescaped) and its table of contents.
struct BodyModel: TemplateObject, Hashable {
    package let html: [UInt8]
    /// Whether the renderer knows `html` to hold no character an output may not hold.
    let htmlIsChecked: Bool
    let toc: [Heading]
    /// The rendered body's digest of `html`: what the model's hash takes instead of the HTML.
    package let digest: Int
    /// Whether the body has task-list items, which the theme's script lets a reader tick.
    let hasTasks: Bool

    /// A heading of the table of contents.
    package struct Heading: TemplateObject, Hashable {
        package let text: String
        package let id: String

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .text: .text(text)
            case .id: .text(id)
            default: nil
            }
        }
    }

    /// The body of a rendered document: its second-level headings make the table of contents.
    package init(_ body: RenderedMarkdown?) {
        html = body?.htmlUTF8 ?? []
        htmlIsChecked = body?.htmlHoldsNoUnsafeCharacters ?? false
        toc = body?.headings.filter { $0.level == 2 }.map { Heading(text: $0.text, id: $0.id) } ?? []
        digest = body?.digest ?? 0
        hasTasks = (body?.tasks ?? 0) > 0
    }

    package static func == (a: BodyModel, b: BodyModel) -> Bool { a.digest == b.digest && a.toc == b.toc && a.html == b.html }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
        hasher.combine(toc)
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .html: htmlIsChecked ? .checkedText(CheckedText(knownUTF8: html)) : .text(String(decoding: html, as: UTF8.self))
        case .toc: .objects(toc)
        case .hasToc: .bool(toc.count >= 3)
        case .hasTasks: .bool(hasTasks)
        default: nil
        }
    }
}

/// A share item in a list or at the top of its page: title, dates, disciplines, and on the queue and
/// discipline pages its share texts (`texts`: how many, and a link to the first card on its page).
struct ItemSummary: TemplateObject, Hashable {
    package let title: String
    package let summary: String
    package let url: String
    package let slug: String
    package let disciplines: [DisciplineLink]
    package let platforms: String
    package let sponsored: Bool
    let isNew: Bool
    package let published: String?
    let publishedISO: String?
    package let expires: String?
    package let bestTime: String?
    package let image: String?
    /// The original publisher of a curated item, shown as "Curated from …"; nil for own content.
    package var via: String?
    /// The item's texts a list links to, or nil where the page names none. The default theme shows
    /// them as `texts`; `cards` is there for a theme that shows the cards in the list.
    package var cards: CardSet?
    /// The link to `cards` on the item's page (`url`), made once: the queue looks it up twice per item.
    var texts: TextsLink?
    package var params: ThemeParams = .none

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(title)
        case .summary: .text(summary)
        case .url: .text(url)
        case .slug: .text(slug)
        case .disciplines: .objects(disciplines)
        case .disciplineIDs: .text(disciplines.map(\.id).joined(separator: " "))
        case .platforms: .text(platforms)
        case .sponsored: .bool(sponsored)
        case .isNew: .bool(isNew)
        case .published: .optional(published)
        case .publishedISO: .optional(publishedISO)
        case .expires: .optional(expires)
        case .bestTime: .optional(bestTime)
        case .image: .optional(image)
        case .via: .optional(via)
        case .cards: cards.map { .objects($0.cards) } ?? TemplateValue.none
        case .cardCount: cards.map { .integer($0.indices.count) } ?? TemplateValue.none
        case .texts: texts.map { .object($0) } ?? TemplateValue.none
        case .params: params.template
        default: nil
        }
    }
}

/// A success story in a list or at the top of its page.
struct StorySummary: TemplateObject, Hashable {
    package let title: String
    package let summary: String
    package let url: String
    package let person: String
    package let role: String
    package let date: String?
    package let disciplines: [DisciplineLink]
    package let results: [Result]
    package var params: ThemeParams = .none

    /// A result of the story: a label and a value, such as "Nye kunder" and "3".
    package struct Result: TemplateObject, Hashable {
        package let label: String
        package let value: String

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .label: .text(label)
            case .value: .text(value)
            default: nil
            }
        }
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(title)
        case .summary: .text(summary)
        case .url: .text(url)
        case .person: .text(person)
        case .role: .text(role)
        case .date: .optional(date)
        case .disciplines: .objects(disciplines)
        case .results: .objects(results)
        case .hasResults: .bool(!results.isEmpty)
        case .params: params.template
        default: nil
        }
    }
}

/// A discipline in a list or at the top of its page: its guide's facts and how many items it has.
struct DisciplineSummary: TemplateObject, Hashable {
    package let id: String
    package let title: String
    package let summary: String
    package let url: String
    package let challenge: String
    package let colleagues: String
    package let content: String
    package let format: String
    package let activeCount: Int
    package var params: ThemeParams = .none

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .id: .text(id)
        case .title: .text(title)
        case .summary: .text(summary)
        case .url: .text(url)
        case .challenge: .text(challenge)
        case .colleagues: .text(colleagues)
        case .content: .text(content)
        case .format: .text(format)
        case .activeCount: .integer(activeCount)
        case .params: params.template
        default: nil
        }
    }
}
