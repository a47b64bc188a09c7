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
        case .notAMapping: "{what} must be a mapping of `key: value` lines"
        case .wholeFile: "the file"
        case .wholeFrontMatter: "the front matter"
        case .namedKey: "'{key}'"
        case .anyKey: "a key"
        case .anEntryOf: "an entry of '{key}'"
        case .eachEntryOf: "each entry of '{key}'"
        case .aReadinessPhase: "a phase"
        case .aReadinessParameter: "a parameter"
        case .escapedUnsafeCharacter: "{what} holds {character} written as a YAML escape; delete it"
        case .unreadableYAML: "cannot read YAML: {reason}"
        case .invalidYAML: "invalid YAML: {problem}{context}"
        case .invalidYAMLContext: " ({context} at line {line}, column {column})"
        case .duplicateKey: "the key '{keys}' is written twice; keep one"
        case .mustBeText: "'{key}' must be text, not a {kind}"
        case .yamlKindText: "text"
        case .yamlKindMapping: "mapping"
        case .yamlKindList: "list"
        case .yamlKindAlias: "alias"
        case .missingRequiredKey: "missing required key '{key}'"
        case .mustBeTrueOrFalse: "'{key}' must be true or false"
        case .mustBeWholeNumber: "'{key}' must be a whole number"
        case .listNeedsBrackets: "'{key}' must be a list: write it in square brackets, [{written}]"
        case .mustBeList: "'{key}' must be a list, such as [a, b]"
        case .listEntryNotText: "every entry of '{key}' must be text"
        case .unknownKey: "unknown key '{key}'{hint}"
        case .knownKeys: "; known keys: {keys}"
        case .tabIndent: "a tab indents this line, and YAML indents with spaces only: replace the tab with spaces"
        case .colonInValue: "the value of '{key}' holds ': ', which YAML reads as the start of another key; put the value in quotes: {key}: \"{value}\""
        case .unclosedQuote: "the quote opened here is never closed: end the value with the same quote mark"
        case .unclosedBracket: "the list opened here with [ is never closed: end it with ], as in [a, b]"
        case .unclosedBrace: "the { opened here is never closed: end it with }, as in { limit: 280 }"
        case .dashWithoutSpace: "a space is missing after '-', so YAML reads '{written}' as text, not as a list item; write '{fixed}'"
        case .colonWithoutSpace: "a space is missing after ':'; write '{fixed}'"
        case .curlyQuoted: "'{key}' is in curly quotes ({open}…{close}), which YAML keeps as part of the value; write straight quotes or none: {key}: \"{value}\""
        case .unreadableContentFile: "cannot read the file"
        case .invalidUTF8: "the file is not valid UTF-8 from here on (it was saved in another encoding); save it as UTF-8"
        case .nulCharacter: "the file holds a NUL character (U+0000) here; delete it (a file full of them was saved as UTF-16: save it as UTF-8)"
        case .loneCarriageReturn: "a carriage return without a line feed (U+000D) here; delete it, or save the file with normal line ends (LF or CRLF)"
        case .verticalTabReplaced: "a vertical tab (U+000B), as Word writes for a line break, is replaced by a space: web pages and feeds cannot hold it; delete it or type a normal line break"
        case .unsafeCharacterReplaced: "{character} is replaced by a space: web pages and feeds cannot hold it; delete it"
        case .moreUnsafeCharacters: "{count} more characters that pages and feeds cannot hold follow in this file, NUL characters or carriage returns without a line feed among them; delete them"
        case .moreInvisibleCharacters: "{count} more invisible characters that pages and feeds cannot hold follow in this file; they are replaced by spaces too: delete them"
        case .characterNUL: "a NUL character ({code})"
        case .characterVerticalTab: "a vertical tab ({code})"
        case .characterPageBreak: "a page break ({code})"
        case .characterCarriageReturn: "a carriage return without a line feed ({code})"
        case .characterControl: "an invisible control character ({code})"
        case .characterNoncharacter: "a noncharacter ({code})"
        case .fileLeadsOutside: "'{path}' leads outside the content folder; it is not read"
        case .mediaLeadsOutside: "'{path}' leads outside the content folder; it is not copied"
        case .mediaLinkAlreadyListed: "'{path}' is a link to '{target}', which is already listed; it is not followed"
        case .subfolderIgnored: "folder ignored: {kind}/ holds Markdown files directly, not in subfolders"
        case .notMarkdownIgnored: "ignored: not a Markdown file (only .md files in {kind}/ are read)"
        case .missingFrontMatter: "missing front matter: start the file with a '---' line, then 'title: …', then '---'"
        case .unclosedFrontMatter: "the front matter opened with '---' is never closed with a '---' line"
        case .emptySlug: "the slug is empty; give the file a name with letters or set 'slug'"
        case .disciplineFileName: "the file name '{name}' is the discipline's id, used in web addresses and share blocks: use only lowercase letters a–z, digits and single hyphens between them; rename the file {suggestion}"
        case .renameTo: "to {name}"
        case .renameExample: "such as social-selling.md"
        case .linkKeyBackslash: "'link' has a backslash (\\) before its path: browsers would open another site than the one it seems to name; remove the backslash"
        case .linkKeyNotWebAddress: "'link' must be a web address starting with https:// or http://"
        case .missingDisciplines: "missing required key 'disciplines': list the disciplines the item is for"
        case .expiresNotAfterPublish: "'expires' is not after 'publish'; the item would never be in the queue"
        case .bestTimeNotWindow: "'best-time' must be a window such as \"07:30-08:45\""
        case .resultsNotList: "'results' must be a list of {label, value}"
        case .notADate: "'{key}' is not a date: '{value}'; write 2026-12-01, 2026-12-01T08:00 or 2026-12-01T08:00:00+01:00"
        case .yearOutOfRange: "'{key}' is '{value}', a year before {first}; write a year from {first} to {last}, such as 2026-12-01"
        case .skippedTime: "'{key}' is a time that does not exist in {zone}: on {day} the clocks go from {from} straight to {to}; write {day}T{to} instead"
        case .missingLevels: "missing required key 'levels': list the levels, such as [Ingen, Autonom, …]"
        case .strategicFromNotLevel: "'strategic-from' names '{name}', which is not one of the levels"
        case .phasesNotList: "'phases' must be a list of phases with 'name' and 'parameters'"
        case .levelDescriptionCount: "'{name}' has {count:level description|level descriptions}; write exactly one per level ({levels}: {names})"

        // MARK: Markdown

        // MARK: Queue

        // MARK: Checking

        // MARK: Rendering and templates

        // MARK: Writing and output folders

        // MARK: Pipeline and options

        // MARK: Scaffold (new and init)

        // MARK: Preview (serve)

        // MARK: Transitional
        case .plain: "{text}"
        }
    }
}
