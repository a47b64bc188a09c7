/// Every message AdvocacyHub can show, with the values its text needs. The texts are in the catalogues
/// `EnglishMessages.swift` and `DanishMessages.swift`; a switch over every id in each makes a missing
/// text a compile error. A placeholder `{name}` of a text is the associated value labelled `name`, so a
/// call site cannot misspell, forget or add a value; a test checks that every placeholder of both
/// languages names a value of its case, and that every value is used.
///
/// A value is text (`String`, shown as it is), a count (`Int`, grouped in the reader's way, `12,400`
/// or `12.400`, and the one a plural form `{count:one|more}` needs), a list (`[String]`, joined by ", ")
/// or another message (`Message`, shown in the same language; `Message?` for a part that may be left
/// out; `Message.Argument` where it is a list or a message). A number shown as written, never grouped
/// (a line, a port, a year), is passed as text.
public indirect enum MessageID: Sendable, Hashable {
    // MARK: Shared parts
    case didYouMean(name: String)
    case severityError
    case severityWarning
    case countLine(errors: Int, warnings: Int)

    // MARK: Commands and build summary
    case usageErrorLine(message: Message)
    case commandLineMistake
    case siteNotWritten
    case buildSummary(pages: Int, files: Int, active: Int, embargoed: Int, expired: Int, drafts: Message?, next: Message)
    case nextChange(when: String, zone: String)
    case noScheduledChange
    case draftsLeftOut(drafts: Int)
    case serving(address: String)
    case notRebuiltErrors
    case notRebuilt(reason: Message)
    case filesRendered(files: Int)
    case changeBeforeNextRun(when: String, zone: String, run: String)
    case notBuiltErrors

    // MARK: Loading
    case missingHubFile
    case unknownLanguage(name: String, known: [String])
    case unknownTimeZone(name: String)
    case malformedBaseURL(url: String)
    case unknownPlatform(name: String, known: [String], suggestion: Message?)
    case limitNotPositive
    case notAMapping(what: Message)
    case wholeFile
    case wholeFrontMatter
    case namedKey(key: String)
    case anyKey
    case anEntryOf(key: String)
    case eachEntryOf(key: String)
    case aReadinessPhase
    case aReadinessParameter
    case escapedUnsafeCharacter(what: Message, character: Message)
    case unreadableYAML(reason: String)
    case invalidYAML(problem: String, context: Message?)
    case invalidYAMLContext(context: String, line: String, column: String)
    case duplicateKey(keys: String)
    case valueReadAsComment(key: String, value: String)
    case mustBeText(key: String, kind: Message)
    case yamlKindText
    case yamlKindMapping
    case yamlKindList
    case yamlKindAlias
    case missingRequiredKey(key: String)
    case mustBeTrueOrFalse(key: String)
    case mustBeWholeNumber(key: String)
    case listNeedsBrackets(key: String, written: String)
    case mustBeList(key: String)
    case listEntryNotText(key: String)
    case unknownKey(key: String, hint: Message)
    case knownKeys(keys: [String])
    case tabIndent
    case colonInValue(key: String, value: String)
    case unclosedQuote
    case unclosedBracket
    case unclosedBrace
    case dashWithoutSpace(written: String, fixed: String)
    case colonWithoutSpace(fixed: String)
    case curlyQuoted(key: String, open: String, close: String, value: String)
    case unreadableContentFile
    case invalidUTF8
    case nulCharacter
    case loneCarriageReturn
    case verticalTabReplaced
    case unsafeCharacterReplaced(character: Message)
    case moreUnsafeCharacters(count: Int)
    case moreInvisibleCharacters(count: Int)
    case characterNUL(code: String)
    case characterVerticalTab(code: String)
    case characterPageBreak(code: String)
    case characterCarriageReturn(code: String)
    case characterControl(code: String)
    case characterNoncharacter(code: String)
    case fileLeadsOutside(path: String)
    case mediaLeadsOutside(path: String)
    case mediaLinkAlreadyListed(path: String, target: String)
    case mediaLinksOutOfMedia(path: String, target: String)
    case mediaNameTwin(path: String, other: String)
    case nameJoinsSlash(path: String, code: String, suggestion: String)
    case subfolderIgnored(kind: String)
    case notMarkdownIgnored(kind: String)
    case missingFrontMatter
    case unclosedFrontMatter
    case emptySlug
    case disciplineFileName(name: String, suggestion: Message)
    case renameTo(name: String)
    case renameExample
    case linkKeyBackslash
    case linkKeyNotWebAddress
    case missingDisciplines
    case expiresNotAfterPublish
    case bestTimeNotWindow
    case resultsNotList
    case notADate(key: String, value: String)
    case yearOutOfRange(key: String, value: String, first: String, last: String)
    case skippedTime(key: String, zone: String, day: String, from: String, to: String)
    case missingLevels
    case strategicFromNotLevel(name: String)
    case phasesNotList
    case levelDescriptionCount(name: String, count: Int, levels: Int, names: [String])
    case misspeltDecidingKey(key: String, name: String, consequence: Message)
    case withoutPublish
    case withoutExpires
    case withoutDraft
    case withoutSponsored
    case withoutDisciplines
    case decidingKeyEmpty(key: String, consequence: Message)
    case decidingKeyInParams(key: String, consequence: Message)
    case knownKeysOrParams(keys: [String])
    case tooManyAliases(name: String, count: Int, limit: Int)
    case aliasesRepeatTooMuch(name: String, limit: Int)
    case linkLoop(path: String)
    case notAFile(path: String)
    case notAFileToRead
    case disclosureLabelEmpty(language: String, label: String)
    case sourceNotKnown(value: String)
    case curatedWithoutVia
    case viaWithoutCurated(via: String)
    case balanceNotPercent(key: String, written: String)
    case balanceEmpty
    case balanceDisciplineWithoutTarget(discipline: String)
    case quizNotList
    case quizAnswersNotList
    case quizTooFewAnswers(count: Int)
    case quizNoRightAnswer
    case quizSeveralRightAnswers(count: Int)
    case quizAnswerWithoutWhy
    case teamNotList
    case teamRoleUnknown(name: String, known: [String], suggestion: Message?)
    case teamRolesMissing(name: String, known: [String])
    case teamEmailInvalid(value: String)
    case teamTeamsInvalid(value: String)
    case teamWithoutFigures
    case teamWithoutStories
    case contentFileChangedDuringBuild

    // MARK: Markdown
    case tooManyShareBlocks(count: String, limit: String)
    case linkHasBackslash(url: String)
    case linkLeadsOutside(url: String)
    case linkToUnpublished(url: String, reason: Message)
    case unpublishedDraft
    case unpublishedEmbargoed(date: String)
    case linkOtherCapitals(url: String, target: String, advice: Message)
    case mediaNameCapitals(name: String)
    case linkMissing(url: String, target: String, suggestion: Message?)
    case shareBlockNotClosedBefore(line: String, next: String, fence: String)
    case shareBlockNeverClosed(line: String, fence: String)
    case unsafeCharacterReference(reference: String, character: Message)
    case unsafeCharacterReferenceHere(character: Message)
    case moreUnsafeCharacterReferences
    case nestedTooDeep(depth: String, limit: String)
    case tooManyListMarkers(limit: Int)
    case tooManyBrackets(limit: Int)
    case tooManyAngleBrackets(limit: Int)
    case tooManyTableCells(limit: Int)
    case tooManyTableColumns(columns: String, limit: String)
    case tooManyBarsInRow(count: Int, limit: Int)
    case taskWithoutText

    // MARK: Queue
    case shareBlockOutsideShareItem
    case shareBlockWithoutDiscipline
    case renamedPlatform(name: String, platform: String, discipline: String)
    case extraShareBlockWords(words: String)
    case emptyShareBlock

    // MARK: Checking
    case unknownDiscipline(name: String, known: Message.Argument, suggestion: Message?)
    case unknownDisciplineInShareBlock(name: String, known: Message.Argument, suggestion: Message?)
    case noDisciplinesKnown
    case shareTextForUnlistedDiscipline(name: String)
    case missingShareText(name: String)
    case textOverLimit(platform: String, length: String, limit: String)
    case textOverLimitWithLink(platform: String, length: String, limit: String)
    case sponsoredWithoutDisclosure
    case missingDisclosure(disclosure: String)
    case disclosureNotAWord(word: String, disclosure: String)
    case imageLeadsOutside(image: String)
    case imageNotInMedia(image: String)
    case imageOtherCapitals(image: String, advice: Message)
    case imageMissing(image: String, suggestion: Message?)
    case duplicateSlug(slug: String, file: String, kind: Message)
    case kindShareItems
    case kindStories
    case kindGuidelines
    case kindPages
    case reservedPageSlug(slug: String)
    case reservedItemSlug(slug: String)
    case placeholderLeft(placeholder: String, advice: Message)
    case placeholderAdviceShareText
    case placeholderAdviceBackground
    case placeholderAdviceStory
    case placeholderAdviceGuideline
    case exampleLinkLeft(link: String)
    case emptyKey(key: String, advice: Message)
    case emptyKeyAdviceSummary
    case emptyKeyAdvicePerson
    case emptyKeyAdviceRole
    case scaffoldShareText
    case scaffoldBackground
    case scaffoldStory
    case scaffoldGuideline
    case scaffoldResultLabel
    case scaffoldLink
    case resultPlaceholderLeft(label: String)
    case exampleHostLeft(link: String, host: String)
    case siteURLExampleHost(url: String, host: String)
    case initExampleLeft(title: String)
    case forbiddenTerm(term: String, line: String, place: Message?, fix: Message)
    case forbiddenTermInFileName
    case forbiddenTermInFolderName(folder: String)
    case forbiddenTermInPath(path: String)
    case forbiddenTermInLink(url: String)
    case forbiddenTermAcrossText
    case forbiddenTermRemove
    case forbiddenTermRename
    case forbiddenTermRenameFolder
    case forbiddenTermRenamePath
    case forbiddenTermWhenPublished
    case forbiddenTermWhenUserPublished
    case balanceOffTarget(discipline: String, percent: Int, curated: Int, total: Int, from: String, to: String, target: Int, tolerance: Int)

    // MARK: Rendering and templates
    case themeHasNoWords(language: String)
    case monthNamesCount
    case weekdayNamesCount
    case duplicateTemplateName(name: String, other: String)
    case templateSyntaxError(reason: Message)
    case unknownPartial(name: String)
    case templateIncludesItself(name: String, template: String)
    case missingLayout(name: String)
    case missingShareCard
    case themeAssetWrittenBySite(path: String)
    case tagNotClosed(delimiter: String)
    case malformedDelimiterTag(example: String)
    case tagWithoutName
    case sectionClosedNeverOpened(name: String)
    case sectionClosedWithOtherName
    case sectionNeverClosed
    case notATemplateName(name: String)
    case unknownTemplateField(name: String, suggestion: Message?)

    // MARK: Writing and output folders
    case outputEmpty
    case outputIsRoot
    case outputOverlaps(output: String, relation: Message)
    case outputIsFolder(folder: Message)
    case outputInsideFolder(folder: Message, path: String)
    case outputHoldsFolder(folder: Message, path: String)
    case contentFolderWord
    case templatesFolderWord
    case outputIsLink(output: String)
    case outputNotAFolder(output: String)
    case outputUnreadable(output: String, reason: String)
    case outputNotASite(output: String, entries: [String], more: Message?, earlier: Message?)
    case andMore(count: Int)
    case builtByEarlierVersion
    case cannotCreateOutputParent(folder: String, reason: String)
    case cannotCreateBuildFolder(output: String, reason: String)
    case cannotCreateFolder(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotWriteNoReason(path: String)
    case outputNoLongerAFolder(output: String)
    case cannotCreateAsideFolder(output: String, reason: String)
    case cannotReplaceOutput(output: String, reason: String)
    case outputChangedDuringBuild(output: String)
    case cannotMoveNewSite(output: String, reason: String)
    case outputIsCurrentFolder
    case outputHoldsCurrentFolder
    case outputAroundCurrentFolder(output: String, relation: Message)
    case outputForeignEntry(output: String, path: String)
    case outputEntryChanged(output: String, path: String)
    case outputManifestInvalid(output: String, line: Int, problem: Message)
    case manifestNotAManifest
    case manifestOtherFormat(format: String)
    case manifestMalformedLine
    case manifestPathOutside(path: String)
    case manifestPathTwice(path: String)
    case outputBuiltBeforeManifests(output: String)
    case usageWarningLine(message: Message)
    case folderLeftAlone(folder: String, reason: Message)
    case reasonForeignEntry(path: String)
    case reasonEntryChanged(path: String)
    case reasonNoManifest
    case reasonChangedDuringBuild
    case manifestUnfinished

    // MARK: Pipeline and options
    case contentFolderMissing(folder: String, advice: Message?)
    case insideContentFolder
    case templatesFolderMissing(folder: String)
    case baseURLOptionNotAPath(url: String)
    case nowNotADate(text: String)
    case nowSkippedTime(text: String, zone: String, day: String, from: String, to: String)
    case nextRunNotADuration(text: String)

    // MARK: Scaffold (new and init)
    case initUnknownLanguage(name: String, others: [String], last: String)
    case initUnknownTimeZone(name: String, advice: Message)
    case timeZoneExamples
    case titleNotOneLine(example: String)
    case initFolderNameEmpty
    case initFolderIsFile(folder: String)
    case initFolderNotEmpty(folder: String, entry: Message?)
    case initFolderHolds(name: String)
    case initFolderHoldsMore(name: String, more: Int)
    case newTitleGivesNoFileName(title: String)
    case newFileExists(path: String)
    case initWroteHub(folder: String, cd: String)
    case newWroteFile(path: String)
    case importWroteFile(path: String)
    case importSkippedLinkPresent(title: String, path: String)
    case importSkippedRepeated(title: String, line: String)
    case importEntryWithoutLink(title: String)
    case importEntryWithoutTitle
    case importSummary(written: Int, skipped: Int)
    case importNextSteps
    case importNoEntries
    case importNotAFeed(root: String)
    case importMalformedFeed(problem: Message)
    case importXMLTagMismatch
    case importXMLUndeclaredEntity
    case importXMLBareAmpersand
    case importXMLEndsEarly
    case importXMLEmpty
    case importXMLOther(code: String)
    case importXMLEntityLoop
    case importUnknownDiscipline(name: String, known: [String])
    case importNoDisciplines
    case importCuratedWithoutVia
    case importViaWithOwn(via: String)
    case importCannotRead(path: String, reason: String)

    // MARK: Preview (serve)
    case cannotMakePreviewFolder(folder: String, reason: String)
    case noSuchListenAddress(host: String)
    case portInUse(port: String, next: String)
    case cannotListen(host: String, port: String, reason: String)
    case previewHasErrors
    case previewFolderGone(what: Message, folder: String)
    case previewFolderReplaced(what: Message, folder: String)
    case previewNoSite
    case previewNoSiteTitle
    case previewFolderGoneNoSite(what: Message, folder: String)
    case previewPagesFirst(pages: Int, milliseconds: Int)

    // MARK: Results
    case minGroupNotPositive
    case metricIdNotSlug(name: String, suggestion: String)
    case resultsColumnPerPerson(name: String)
    case resultsColumnUnknown(name: String, suggestion: Message?)
    case resultsColumnMissing(name: String)
    case resultsColumnRepeated(name: String)
    case resultsRowCells(count: Int, columns: Int)
    case resultsStrayQuote
    case resultsCellEmpty(name: String)
    case periodMalformed(value: String)
    case unknownMetric(name: String, known: [String], suggestion: Message?)
    case valueNotANumber(value: String)
    case valueThousandsSeparator(value: String, whole: String)
    case valueDecimalComma(value: String, fixed: String)
    case valueDecimalCommaSplit(value: String, fixed: String)
    case duplicateResult(metric: String, period: String, line: String)
    case resultsFileNotPeriod(name: String)
    case resultsFileIgnored
    case resultNegative(value: String)
    case rateOver100(value: String, metric: String)
    case periodAfterNow(period: String, start: String)
    case smallGroup(count: String, period: String, min: Int)
    case preliminaryMalformed(value: String)
    case preliminaryOutsidePeriod(value: String, period: String, first: String, last: String)

    // MARK: Share cards: prompts and platforms
    case promptNotClosed
    case promptEmpty
    case promptNested
    case promptFilledOverLimit(typical: Int, platform: String, length: Int, limit: Int)
    case instagramWithoutImage

    // MARK: Digest and plan
    case malformedSiteURL(url: String)
    case siteURLMissing
    case baseURLNotSiteURLPath(base: String, site: String, path: String)
    case planHeading(title: String, weeks: Int, date: String, zone: String)
    case planWeek(week: Int, days: String)
    case planGap
    case planDraftMark
    case planEmbargoedMark
    case planLegend
    case planExpiringHeading
    case planNothingExpiring
    case planCurrentThrough(when: String)
    case planNextChange(when: String, zone: String)
    case planNoChange
    case weeksOutOfRange(weeks: String, most: String)
    case mixCounts(own: Int, curated: Int, percent: Int)
    case mixAgainstTarget(mix: Message, target: Int)
    case mixOffTarget(mix: Message, target: Int, tolerance: Int)
    case planMixLegend(tolerance: Int)
    case agendaHeading(title: String, week: Int)
    case agendaAsOf(date: String, zone: String)
    case agendaGapsHeading
    case agendaGapWeek(week: Int, days: String, disciplines: [String])
    case agendaNoGaps(weeks: Int)
    case agendaExpiringHeading
    case agendaMixHeading
    case agendaMixWindow(from: String, to: String)
    case agendaMixWeeks
    case agendaMixWeek(week: Int, discipline: String, mix: Message)
    case agendaNoTarget
    case agendaStoriesHeading
    case agendaNoStories(since: String)
    case agendaResultsHeading
    case agendaResult(label: String, value: String, period: String)
    case agendaPreliminary(period: String, day: String)
    case agendaTargetReached(result: Message, target: String)
    case agendaTargetToGo(result: Message, target: String, amount: String)
    case agendaNoResults
    case agendaMixNothing

    // MARK: Links in the site
    case pageLinkMissing(url: String, target: String, suggestion: Message?)
    case rootLinkMissing(url: String, suggestion: Message?)
    case pageLinkWithoutMd(fixed: String)
    case pageLinkAboveSite(url: String)
}

extension MessageID {
    /// The catalogue text of this message in `language`.
    package func template(in language: HubLanguage) -> String {
        switch language {
        case .da: danish
        case .en: english
        }
    }

    /// The name of the case, such as `unknownKey`: what tools that read `--format json` see as the check.
    public var name: String {
        Mirror(reflecting: self).children.first?.label ?? String(describing: self)
    }

    /// The associated values with their labels, read from the case itself (so the labels are listed once,
    /// where the case is declared); empty for a message without values.
    package var values: [(label: String, value: any MessageValue)] {
        guard let payload = Mirror(reflecting: self).children.first?.value else { return [] }
        return Mirror(reflecting: payload).children.compactMap { child in
            guard let label = child.label, let value = child.value as? any MessageValue else { return nil }
            return (label, value)
        }
    }
}
