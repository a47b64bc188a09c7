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
        case .tooManyShareBlocks: "the file has {count} share blocks; a file can have at most {limit}: spread the texts over several items"
        case .linkHasBackslash: "the link '{url}' has a backslash (\\) before its path: browsers would open another site than the one it seems to name; remove the backslash"
        case .linkLeadsOutside: "the link '{url}' leads outside the content folder"
        case .linkToUnpublished: "the link '{url}' points at {reason}; it would be a dead link in the site"
        case .unpublishedDraft: "a draft"
        case .unpublishedEmbargoed: "an item embargoed until {date}"
        case .linkOtherCapitals: "the link '{url}' points at '{target}', {advice}"
        case .mediaNameCapitals: "but the file is named '{name}'; write the name with the same capitals"
        case .linkMissing: "the link '{url}' points at '{target}', which does not exist"
        case .shareBlockNotClosedBefore: "the share block opened on line {line} is not closed before line {next} opens another block: add a line with {fence} after its text"
        case .shareBlockNeverClosed: "the share block opened on line {line} is never closed: add a line with {fence} after its text"
        case .unsafeCharacterReference: "the character reference '{reference}' stands for {character}, which web pages and feeds cannot hold; delete it"
        case .unsafeCharacterReferenceHere: "a character reference here stands for {character}, which web pages and feeds cannot hold; delete it"
        case .moreUnsafeCharacterReferences: "more character references from here on stand for characters that web pages and feeds cannot hold; delete them"
        case .nestedTooDeep: "quotes and lists are nested {depth} levels deep here; at most {limit} are allowed: remove some of the '>', '-' or '1.' at the start of the line"
        case .tooManyListMarkers: "the file has more than {limit} quote and list markers ('>', '-' or '1.' at the start of a line) up to here; spread the text over several files"
        case .tooManyTableCells: "the tables of this file have more than {limit} cells (columns × rows); make them smaller or spread them over several files"
        case .tooManyTableColumns: "the table has {columns} columns; a table can have at most {limit}: split it into narrower tables"

        // MARK: Queue
        case .shareBlockOutsideShareItem: "share blocks only work in share items (share/*.md); this one is shown nowhere"
        case .shareBlockWithoutDiscipline: "a share block names its discipline: ```share <discipline> [platform]"
        case .renamedPlatform: "'{name}' is now '{platform}'; write ```share {discipline} {platform}"
        case .extraShareBlockWords: "extra words after the platform are ignored: '{words}'"
        case .emptyShareBlock: "the share block is empty; write the text colleagues can post"

        // MARK: Checking
        case .unknownDiscipline: "unknown discipline '{name}'; known: {known}{suggestion}"
        case .unknownDisciplineInShareBlock: "unknown discipline '{name}' in the share block; known: {known}{suggestion}"
        case .noDisciplinesKnown: "none (add disciplines/<id>.md)"
        case .shareTextForUnlistedDiscipline: "the share text is for '{name}', which the item does not list in 'disciplines'"
        case .missingShareText: "no share text for '{name}'; add a ```share {name} block to the body"
        case .textOverLimit: "the {platform} text is {length} characters; the limit is {limit}"
        case .textOverLimitWithLink: "the {platform} text is {length} characters with the link; the limit is {limit}"
        case .sponsoredWithoutDisclosure: "the item is sponsored, but hub.yml sets no 'disclosure' to mark it as advertising"
        case .missingDisclosure: "the item is sponsored, so its share text must contain '{disclosure}' (advertising must be marked)"
        case .disclosureNotAWord: "the item is sponsored, and '{word}' is not the disclosure '{disclosure}'; write '{disclosure}' as a word of its own (advertising must be marked)"
        case .imageLeadsOutside: "'{image}' leads outside the content folder"
        case .imageNotInMedia: "'{image}' is not in media/; write a path such as media/photo.jpg"
        case .imageOtherCapitals: "the image is '{image}', {advice}"
        case .imageMissing: "'{image}' does not exist in the content folder"
        case .duplicateSlug: "the slug '{slug}' is also used by {file}; two {kind} cannot share a URL: rename one or set 'slug'"
        case .kindShareItems: "share items"
        case .kindStories: "stories"
        case .kindGuidelines: "guidelines"
        case .kindPages: "pages"
        case .reservedPageSlug: "the page slug '{slug}' is taken by the site itself; set another 'slug'"
        case .placeholderLeft: "'{placeholder}' is the placeholder `advocacy new` wrote; {advice}"
        case .placeholderAdviceShareText: "write the text colleagues can post"
        case .placeholderAdviceBackground: "write the background colleagues need: why the story matters, talking points and whom to ask"
        case .placeholderAdviceStory: "tell the story"
        case .placeholderAdviceGuideline: "write the guideline"
        case .exampleLinkLeft: "'{link}' is the example link `advocacy new` wrote; write the address of the page colleagues share"
        case .emptyKey: "'{key}' is empty; {advice}"
        case .emptyKeyAdviceSummary: "write a sentence or two on what the item is about (the queue shows it under the title)"
        case .emptyKeyAdvicePerson: "write the name of the colleague the story is about"
        case .emptyKeyAdviceRole: "write the colleague's role, such as Konsulent"
        case .forbiddenTerm: "'{term}' is on hub.yml's forbidden-terms list (line {line}){place}; {fix}"
        case .forbiddenTermInFileName: " in the file name, which becomes part of a web address"
        case .forbiddenTermAcrossText: " in the text (split across lines or by formatting)"
        case .forbiddenTermRemove: "remove it from published text"
        case .forbiddenTermRename: "rename the file"
        case .forbiddenTermWhenPublished: "the build will fail when this item is published"

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
