/// The English catalogue.
extension MessageID {
    var english: String {
        switch self {
        // MARK: Shared parts
        case .didYouMean: "; did you mean '{name}'?"
        case .severityError: "error"
        case .severityWarning: "warning"
        case .countLine: "{errors:error|errors}, {warnings:warning|warnings}"

        // MARK: Commands and build summary
        case .usageErrorLine: "advocacy: error: {message}"
        case .siteNotWritten: "advocacy: the site was not written; fix the errors above"
        case .buildSummary: "built {pages:page|pages} ({files:file|files}): {active} active, {embargoed} embargoed, {expired} expired{drafts}; {next}"
        case .nextChange: "next change {when} {zone}"
        case .noScheduledChange: "no scheduled change"
        case .draftsLeftOut: ", {drafts:draft|drafts} left out"
        case .serving: "serving at {address} (Ctrl-C to stop)"
        case .notRebuiltErrors: "not rebuilt: the content has errors; still serving the last good site"
        case .notRebuilt: "not rebuilt: {reason}"
        case .filesRendered: ", {files:file|files} rendered"

        // MARK: Loading
        case .missingHubFile: "missing hub.yml: the content folder needs one with at least 'title:'"
        case .unknownLanguage: "unknown language '{name}'; known: {known}"
        case .unknownTimeZone: "unknown time zone '{name}'; use an IANA name such as Europe/Copenhagen"
        case .malformedBaseURL: "malformed base-url '{url}'; write a path such as / or /advocacy/"
        case .unknownPlatform: "unknown platform '{name}'; known: {known}{suggestion}"
        case .limitNotPositive: "'limit' must be above 0"

        // MARK: Markdown

        // MARK: Queue

        // MARK: Checking

        // MARK: Rendering and templates

        // MARK: Writing and output folders

        // MARK: Pipeline and options

        // MARK: Scaffold (new and init)

        // MARK: Preview (serve)

        // MARK: Links in the site
        case .pageLinkMissing: "the link '{url}' leads to '{target}' in the site, and the site has no page or file there{suggestion}"
        case .pageLinkAboveSite: "the link '{url}' climbs above the site's first page with '..'; write the path from the site's root, such as /guidelines/"
        case .pageLinkWithoutMd: "; to link to the file, write its name with .md: '{fixed}'"

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
