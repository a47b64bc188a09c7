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
        case .themeHasNoWords: "the theme has no words for '{language}'"
        case .monthNamesCount: "'months' must list 12 month names"
        case .weekdayNamesCount: "'weekdays' must list 7 weekday names, Sunday first"
        case .duplicateTemplateName: "two templates are named '{name}' (also {other}); names must be unique"
        case .templateSyntaxError: "template syntax error: {reason}"
        case .unknownPartial: "the template names the partial '{name}', which does not exist; templates are named by their file name without .mustache, such as share-card"
        case .templateIncludesItself: "'{name}' includes '{template}' again, so the page would never end; remove this tag or name another template"
        case .missingLayout: "the theme has no {name}.mustache"
        case .missingShareCard: "the theme has no share-card.mustache; share cards are rendered with it"
        case .tagNotClosed: "a tag is not closed with {delimiter}"
        case .malformedDelimiterTag: "malformed set-delimiter tag; write it as {example}"
        case .tagWithoutName: "a tag has no name"
        case .sectionClosedNeverOpened: "'{name}' is closed but was never opened"
        case .sectionClosedWithOtherName: "a section is closed with another name than it was opened with"
        case .sectionNeverClosed: "a section is opened but never closed"
        case .notATemplateName: "'{name}' is not a name; names are words joined by dots, such as page.title"

        // MARK: Writing and output folders
        case .outputEmpty: "--output is empty; name a folder such as _site"
        case .outputIsRoot: "'/' cannot be the output folder; choose an empty or new folder such as _site"
        case .outputOverlaps: "the output folder '{output}' {relation}; a build replaces its output as a whole: choose a folder outside it, such as _site"
        case .outputIsFolder: "is the {folder}"
        case .outputInsideFolder: "is inside the {folder} '{path}'"
        case .outputHoldsFolder: "holds the {folder} '{path}'"
        case .contentFolderWord: "content folder"
        case .templatesFolderWord: "templates folder"
        case .outputIsLink: "'{output}' is a symbolic link; a build replaces its output folder as a whole and never writes through a link: give a real folder with --output (the web server may reach it through a link)"
        case .outputNotAFolder: "'{output}' exists and is not a folder; choose an empty or new folder such as _site"
        case .outputUnreadable: "cannot look into '{output}' to see whether it is a site built by advocacy ({reason}); choose an empty or new folder"
        case .outputNotASite: "'{output}' is not a site built by advocacy (it holds {entries}{more}); choose an empty or new folder{earlier}"
        case .andMore: " and {count} more"
        case .builtByEarlierVersion: " (if an earlier version of advocacy built it, delete it once: builds mark their sites now)"
        case .cannotCreateOutputParent: "cannot create '{folder}' to hold the output folder: {reason}"
        case .cannotCreateBuildFolder: "cannot create a folder beside '{output}' to write the new site into: {reason}"
        case .cannotCreateFolder: "cannot create '{path}': {reason}"
        case .cannotWrite: "cannot write '{path}': {reason}"
        case .cannotWriteNoReason: "cannot write '{path}'"
        case .outputNoLongerAFolder: "'{output}' is no longer a folder; choose an empty or new folder such as _site"
        case .cannotCreateAsideFolder: "cannot create a folder beside '{output}' to move it into: {reason}"
        case .cannotReplaceOutput: "cannot replace '{output}': {reason}"
        case .outputChangedDuringBuild: "'{output}' changed during the build and is no longer a site built by advocacy or an empty folder; nothing was replaced"
        case .cannotMoveNewSite: "cannot move the new site into '{output}': {reason}"

        // MARK: Pipeline and options
        case .contentFolderMissing: "content folder '{folder}' does not exist"
        case .templatesFolderMissing: "templates folder '{folder}' does not exist"
        case .baseURLOptionNotAPath: "--base-url '{url}' is not a path such as /advocacy/"
        case .nowNotADate: "--now '{text}' is not a date; write 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00"

        // MARK: Scaffold (new and init)
        case .initUnknownLanguage: "unknown language '{name}'; write {others} or {last}"
        case .initUnknownTimeZone: "unknown time zone '{name}'{advice}"
        case .timeZoneExamples: "; write a name such as Europe/Copenhagen or America/New_York"
        case .titleNotOneLine: "the title must be one line of text, such as \"{example}\""
        case .initFolderNameEmpty: "the folder name is empty; write one, or leave it out for the current folder"
        case .initFolderIsFile: "'{folder}' is a file; advocacy init writes a new hub into an empty or new folder"
        case .initFolderNotEmpty: "'{folder}' is not empty; advocacy init writes a new hub into an empty or new folder"
        case .newTitleGivesNoFileName: "the title '{title}' gives an empty file name; use letters or digits"
        case .newFileExists: "'{path}' already exists; choose another title or edit that file"
        case .initWroteHub: "wrote a new hub into '{folder}'; replace the examples in content/ with your own. Next:\n{cd}  advocacy check    # checks the content\n  advocacy build    # writes the site into _site/\n  advocacy serve    # shows it at http://127.0.0.1:8000 while you write\n"

        // MARK: Preview (serve)
        case .cannotMakePreviewFolder: "cannot make a private preview folder in '{folder}': {reason}"
        case .noSuchListenAddress: "cannot listen on '{host}': no such address; use 127.0.0.1, ::1 or localhost"
        case .portInUse: "port {port} is in use; try --port {next}, or --port 0 for a free one"
        case .cannotListen: "cannot listen on {host} port {port}: {reason}"
        case .previewHasErrors: "The last change has errors; this is the last good build."

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
