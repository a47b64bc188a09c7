/// Det danske katalog.
extension MessageID {
    var danish: String {
        switch self {
        // MARK: Shared parts
        case .didYouMean: "; mente du '{name}'?"
        case .severityError: "fejl"
        case .severityWarning: "advarsel"
        case .countLine: "{errors:fejl|fejl}, {warnings:advarsel|advarsler}"

        // MARK: Commands and build summary
        case .usageErrorLine: "advocacy: fejl: {message}"
        case .siteNotWritten: "advocacy: sitet blev ikke skrevet; ret fejlene ovenfor"
        case .buildSummary: "byggede {pages:side|sider} ({files:fil|filer}): {active} aktive, {embargoed} under embargo, {expired} udløbet{drafts}; {next}"
        case .nextChange: "næste ændring {when} {zone}"
        case .noScheduledChange: "ingen planlagt ændring"
        case .draftsLeftOut: ", {drafts:kladde|kladder} udeladt"
        case .serving: "viser sitet på {address} (Ctrl-C stopper)"
        case .notRebuiltErrors: "ikke bygget igen: indholdet har fejl; viser stadig det sidste gode site"
        case .notRebuilt: "ikke bygget igen: {reason}"
        case .filesRendered: ", {files:fil|filer} dannet"

        // MARK: Loading
        case .missingHubFile: "hub.yml mangler: indholdsmappen skal have en, med mindst 'title:'"
        case .unknownLanguage: "ukendt sprog '{name}'; kendte: {known}"
        case .unknownTimeZone: "ukendt tidszone '{name}'; skriv et IANA-navn som Europe/Copenhagen"
        case .malformedBaseURL: "base-url '{url}' er ikke en sti; skriv en sti som / eller /advocacy/"
        case .unknownPlatform: "ukendt platform '{name}'; kendte: {known}{suggestion}"
        case .limitNotPositive: "'limit' skal være over 0"

        // MARK: Markdown

        // MARK: Queue

        // MARK: Checking

        // MARK: Rendering and templates

        // MARK: Writing and output folders

        // MARK: Pipeline and options

        // MARK: Scaffold (new and init)

        // MARK: Preview (serve)

        // MARK: Links in the site
        case .pageLinkMissing: "linket '{url}' fører til '{target}' på sitet, og der er ingen side eller fil dér{suggestion}"
        case .pageLinkAboveSite: "linket '{url}' går med '..' højere op end sitets forside; skriv stien fra sitets rod, fx /guidelines/"
        case .pageLinkWithoutMd: "; skriv filens navn med .md for at linke til den: '{fixed}'"

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
