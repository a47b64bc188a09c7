import AdvocacyCore
import AdvocacyTemplates

/// The fields the page models give templates, and the check that a theme's templates name only
/// those: a misspelt name (`{{itme.title}}`) would print nothing without a word.
enum ThemeFields {
    /// Every field some page model provides (the names of every `value(for:)` in `Pages/`).
    /// `ThemeFieldsTests` keeps this list and the models in step.
    static let names: Set<String> = [
        "actions", "activeCount", "address", "afterFold", "archiveURL", "assets", "base", "bestTime", "body",
        "breadcrumbs", "calendar", "calendarURL", "cardCount", "cards", "challenge", "change", "chart",
        "colleagues", "composer", "composerLabel", "composerURL", "content", "copyFirst", "count",
        "countsLink", "current", "date", "description", "digest", "direction", "discipline",
        "disciplineChoices", "disciplineIDs", "disciplineTitle", "disciplines", "disclosure", "distance",
        "evaluation", "evaluations", "expired", "expires", "expiring", "feed", "feedURL", "filters", "folds",
        "format", "guidelines", "hasBreadcrumbs", "hasEvaluations", "hasExpiring", "hasItems", "hasMetrics",
        "hasNew", "hasPrompts", "hasResults", "hasShareNow", "hasStaying", "hasStories", "hasToc",
        "hasWhatsNew", "hint", "homeAddress", "html", "hubTitle", "id", "image", "imageURL", "index",
        "intro", "isEmpty", "isHome", "isNew", "isPage", "item", "items", "label", "language", "latest",
        "latestPeriod", "length", "lengthLabel", "level", "levels", "limit", "link", "linkLength",
        "linkedInFallback", "metrics", "more", "moreItems", "moreToShare", "name", "nav", "new", "next",
        "noComposer", "note", "number", "options", "over", "page", "pageAddress", "pager", "pages", "pairs",
        "parameters", "params", "parts", "period", "person", "phases", "platform", "platformName",
        "platforms", "previous", "prompt", "published", "publishedISO", "queue", "queueURL", "readiness",
        "results", "role", "rows", "search", "searchIndex", "sections", "shareNow", "shareURL", "show",
        "showsFold", "site", "slug", "sponsored", "startsAtFold", "staying", "stories", "story", "strategic",
        "strategicFrom", "strategicName", "summary", "t", "target", "text", "texts", "title", "toc",
        "updated", "url", "value", "week", "whatsNew", "withheld"
    ]

    /// The fields indexed for "did you mean".
    private static let nearNames = NearNames(names)

    /// Warns at every name in `template` (shown as `file`) that no page model provides. What follows
    /// `params` is the theme's own (front matter and hub.yml), and what follows `t` is the theme's
    /// `strings`; so is any name inside a section over either, or over a part of `params`.
    static func check(_ template: Template, file: String, strings: SiteStrings, diagnostics: inout Diagnostics) {
        check(template.nodes, free: false, file: file, strings: strings, diagnostics: &diagnostics)
    }

    private static func check(_ nodes: [Template.Node], free: Bool, file: String, strings: SiteStrings,
                              diagnostics: inout Diagnostics) {
        for node in nodes {
            switch node {
            case .variable(let name, _):
                if !free { check(name, file: file, strings: strings, diagnostics: &diagnostics) }
            case .section(let name, let children, _):
                if !free { check(name, file: file, strings: strings, diagnostics: &diagnostics) }
                let opensFree = name.parts.contains("params") || name.parts.last == "t"
                check(children, free: free || opensFree, file: file, strings: strings, diagnostics: &diagnostics)
            case .block(_, let children):
                check(children, free: free, file: file, strings: strings, diagnostics: &diagnostics)
            case .parent(_, let overrides):
                for (_, children) in overrides.sorted(by: { $0.key < $1.key }) {
                    check(children, free: free, file: file, strings: strings, diagnostics: &diagnostics)
                }
            case .text, .partial:
                break
            }
        }
    }

    private static func check(_ name: TemplateName, file: String, strings: SiteStrings, diagnostics: inout Diagnostics) {
        for (index, part) in name.parts.enumerated() {
            let previous = index > 0 ? name.parts[index - 1] : nil
            if previous == "params" { return }
            let isWord = previous == "t"
            guard !(isWord ? strings.words[part] != nil : names.contains(part)) else {
                if isWord { return }
                continue
            }
            let near = isWord ? NearNames(strings.words.keys).suggestion(for: part) : nearNames.suggestion(for: part)
            diagnostics.warning(.unknownTemplateField(name: part, suggestion: near.map { Message(.didYouMean(name: $0)) }),
                                at: SourceLocation(file: file, line: name.line,
                                                   column: name.column + name.parts[..<index].reduce(0) { $0 + $1.unicodeScalars.count + 1 }))
            return
        }
    }
}
