import Foundation

/// Finds hub.yml's forbidden terms in every text the site publishes: titles, summaries and other
/// front matter, bodies (also across line breaks and markup), share texts and the readiness model.
/// An embargoed item gets a warning, so the build on its publish morning does not fail by surprise.
enum ForbiddenTerms {
    static func check(_ hub: Hub, now: Date, plainTexts: [String: String], diagnostics: inout Diagnostics) {
        let terms = hub.config.forbiddenTerms
        guard !terms.isEmpty else { return }
        var documents: [(info: DocumentInfo, frontMatter: [String], embargoed: Bool)] = []
        documents += hub.disciplines.map { ($0.info, [$0.challenge, $0.colleagues, $0.content, $0.format].compactMap { $0 }, false) }
        documents += hub.stories.map { ($0.info, [$0.person, $0.role].compactMap { $0 } + $0.results.flatMap { [$0.label, $0.value] }, false) }
        documents += hub.guidelines.map { ($0.info, [], false) } + hub.pages.map { ($0.info, [], false) }
        if let home = hub.home { documents.append((home, [], false)) }
        var shareTexts: [(ShareText, Bool)] = []
        for item in hub.shareItems {
            let embargoed = item.state(at: now) == .embargoed
            documents.append((item.info, [], embargoed))
            shareTexts += item.shareTexts.map { ($0, embargoed) }
        }

        for term in terms {
            func report(_ location: SourceLocation, embargoed: Bool, _ place: String = "") {
                let message = "'\(term.value)' is on hub.yml's forbidden-terms list (line \(term.location.line))\(place); "
                if embargoed {
                    diagnostics.warning(message + "the build will fail when this item is published", at: location)
                } else {
                    diagnostics.error(message + "remove it from published text", at: location)
                }
            }
            for (info, frontMatter, embargoed) in documents {
                if TermSearch.contains(term.value, in: info.title.value) { report(info.title.location, embargoed: embargoed) }
                if let summary = info.summary, TermSearch.contains(term.value, in: summary) {
                    report(info.summaryLocation ?? info.title.location, embargoed: embargoed)
                }
                if frontMatter.contains(where: { TermSearch.contains(term.value, in: $0) }) {
                    report(info.title.location, embargoed: embargoed, " in the front matter")
                }
                let matches = TermSearch.matches(of: term.value, in: info.body)
                for (line, column) in matches {
                    report(SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column), embargoed: embargoed)
                }
                if matches.isEmpty, let plain = plainTexts[info.path], TermSearch.contains(term.value, in: plain) {
                    report(SourceLocation(file: info.displayPath, line: info.bodyLine), embargoed: embargoed,
                           " in the text (split across lines or by formatting)")
                }
            }
            for (text, embargoed) in shareTexts {
                for (line, column) in TermSearch.matches(of: term.value, in: text.text) {
                    report(SourceLocation(file: text.location.file, line: text.location.line + 1 + line, column: column),
                           embargoed: embargoed)
                }
            }
            for parameter in hub.readiness?.phases.flatMap(\.parameters) ?? [] {
                if ([parameter.name] + parameter.levels).contains(where: { TermSearch.contains(term.value, in: $0) }) {
                    report(parameter.location, embargoed: false)
                }
            }
        }
    }
}
