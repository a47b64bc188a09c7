import AdvocacyCore
import AdvocacyTemplates

/// Every field some page model gives templates, by its name: the one list of them. A model answers
/// `value(for:)` by switching over `TemplateField(key)`, and the theme's library resolves each name
/// in its templates to one of these when it compiles them, so no lookup compares text.
/// `ThemeFieldsTests` checks that every one is some model's.
enum TemplateField: String, CaseIterable {
    case actions, activeCount, address, afterFold, archiveURL, assets, base, bestTime, body, breadcrumbs
    case calendar, calendarURL, cardCount, cards, challenge, change, chart, colleagues, composer, composerLabel
    case composerURL, content, copyFirst, count, countsLink, current, date, description, digest, direction
    case discipline, disciplineChoices, disciplineIDs, disciplineTitle, disciplines, disclosure, disclosureLabel
    case distance
    case evaluation, evaluations, expired, expires, expiring, feed, feedURL, filters, folds, format, guidelines
    case hasBreadcrumbs, hasEvaluations, hasExpiring, hasItems, hasMetrics, hasNew, hasPrompts, hasResults
    case hasShareNow, hasStaying, hasStories, hasToc, hasWhatsNew, hint, homeAddress, html, hubTitle, id, image
    case imageURL, index, intro, isEmpty, isHome, isNew, isPage, item, items, label, language, latest
    case latestPeriod, length, lengthLabel, level, levels, limit, link, linkLength, linkedInFallback, metrics
    case more, moreItems, moreToShare, name, nav, new, next, noComposer, note, number, options, over, page
    case pageAddress, pager, pages, pairs, parameters, params, parts, period, person, phases, platform
    case platformName, platforms, previous, prompt, published, publishedISO, queue, queueURL, readiness
    case results, role, rows, search, searchIndex, shareNow, shareSheetSource, shareURL, show, showsFold, site, slug
    case sponsored, startsAtFold, staying, stories, story, strategic, strategicFrom, strategicName, summary, t
    case target, text, texts, title, toc, updated, url, value, via, week, whatsNew, withheld
    case hasPreliminary, hasTargets, isFirst, moreAddress, moreURL
    case curated, hasMix, mix, mixTarget, own, share
    case answers, hasTasks, questions, quiz, right, why
    case contacts, email, hasContacts, hasTeam, mailto, roles, team, teams

    /// The fields in the order of their numbers (`TemplateKey.field`), as the theme's library is made.
    static let numbered = allCases

    /// The field `key` was resolved to when its template was compiled, or nil for another name.
    init?(_ key: TemplateKey) {
        guard let number = key.field, number < Self.numbered.count else { return nil }
        self = Self.numbered[number]
    }
}

/// The fields the page models give templates, and the check that a theme's templates name only
/// those: a misspelt name (`{{itme.title}}`) would print nothing without a word.
enum ThemeFields {
    /// Every field some page model provides.
    static let names = Set(TemplateField.allCases.map(\.rawValue))

    /// The fields indexed for "did you mean".
    private static let nearNames = NearNames(names)

    /// Warns at every name in the theme's templates (`files`: each template's name and the file it
    /// is shown as) that no page model provides. What follows `params` is the theme's own (front
    /// matter and hub.yml), and what follows `t` is the theme's `strings`; so is any name inside a
    /// section over either, or over a part of `params`. A partial is checked where it is included,
    /// in that place's context; one that nothing includes, on its own.
    static func check(_ library: TemplateLibrary, files: [String: String], strings: SiteStrings, diagnostics: inout Diagnostics) {
        var included = Set<String>()
        for name in files.keys {
            guard let template = library.template(name) else { continue }
            partials(in: template.nodes, into: &included)
        }
        var walk = Walk(library: library, files: files, strings: strings)
        for name in files.keys.sorted() where !included.contains(name) {
            walk.visit(name, free: false)
        }
        diagnostics.append(contentsOf: walk.diagnostics)
    }

    /// The names of the partials `nodes` include.
    private static func partials(in nodes: [Template.Node], into names: inout Set<String>) {
        for node in nodes {
            switch node {
            case .partial(let name, _): names.insert(name)
            case .section(_, let children, _), .block(_, let children): partials(in: children, into: &names)
            case .parent(_, let overrides): for children in overrides.values { partials(in: children, into: &names) }
            case .text, .variable: break
            }
        }
    }

    /// A walk over templates and the partials they include, each partial once per kind of context.
    private struct Walk {
        let library: TemplateLibrary
        let files: [String: String]
        let strings: SiteStrings
        var visited = Set<String>()
        var diagnostics = Diagnostics()

        mutating func visit(_ name: String, free: Bool) {
            guard visited.insert(name + (free ? "\u{1}free" : "")).inserted,
                  let template = library.template(name), let file = files[name] else { return }
            walk(template.nodes, free: free, file: file)
        }

        mutating func walk(_ nodes: [Template.Node], free: Bool, file: String) {
            for node in nodes {
                switch node {
                case .variable(let name, _):
                    if !free { ThemeFields.check(name, file: file, strings: strings, diagnostics: &diagnostics) }
                case .section(let name, let children, let inverted):
                    if !free { ThemeFields.check(name, file: file, strings: strings, diagnostics: &diagnostics) }
                    // An inverted section shows when its value is missing, in the context around it.
                    let opensFree = !inverted && (name.parts.contains("params") || name.parts.last == "t")
                    walk(children, free: free || opensFree, file: file)
                case .block(_, let children):
                    walk(children, free: free, file: file)
                case .parent(_, let overrides):
                    for (_, children) in overrides.sorted(by: { $0.key < $1.key }) { walk(children, free: free, file: file) }
                case .partial(let name, _):
                    visit(name, free: free)
                case .text:
                    break
                }
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
