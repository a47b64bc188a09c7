/// Every message AdvocacyHub can show, by id. The texts are in the catalogues `EnglishMessages.swift`
/// and `DanishMessages.swift`; a switch over every id in each makes a missing text a compile error,
/// and a test checks that both languages use the same placeholders.
public enum MessageID: String, CaseIterable, Sendable {
    // MARK: Shared parts
    case didYouMean
    case severityError
    case severityWarning
    case countLine

    // MARK: Commands and build summary
    case usageErrorLine
    case commandLineMistake
    case siteNotWritten
    case buildSummary
    case nextChange
    case noScheduledChange
    case draftsLeftOut
    case serving
    case notRebuiltErrors
    case notRebuilt
    case filesRendered
    case changeBeforeNextRun
    case notBuiltErrors

    // MARK: Loading
    case missingHubFile
    case unknownLanguage
    case unknownTimeZone
    case malformedBaseURL
    case unknownPlatform
    case limitNotPositive
    case notAMapping
    case wholeFile
    case wholeFrontMatter
    case namedKey
    case anyKey
    case anEntryOf
    case eachEntryOf
    case aReadinessPhase
    case aReadinessParameter
    case escapedUnsafeCharacter
    case unreadableYAML
    case invalidYAML
    case invalidYAMLContext
    case duplicateKey
    case valueReadAsComment
    case mustBeText
    case yamlKindText
    case yamlKindMapping
    case yamlKindList
    case yamlKindAlias
    case missingRequiredKey
    case mustBeTrueOrFalse
    case mustBeWholeNumber
    case listNeedsBrackets
    case mustBeList
    case listEntryNotText
    case unknownKey
    case knownKeys
    case tabIndent
    case colonInValue
    case unclosedQuote
    case unclosedBracket
    case unclosedBrace
    case dashWithoutSpace
    case colonWithoutSpace
    case curlyQuoted
    case unreadableContentFile
    case invalidUTF8
    case nulCharacter
    case loneCarriageReturn
    case verticalTabReplaced
    case unsafeCharacterReplaced
    case moreUnsafeCharacters
    case moreInvisibleCharacters
    case characterNUL
    case characterVerticalTab
    case characterPageBreak
    case characterCarriageReturn
    case characterControl
    case characterNoncharacter
    case fileLeadsOutside
    case mediaLeadsOutside
    case mediaLinkAlreadyListed
    case mediaLinksOutOfMedia
    case subfolderIgnored
    case notMarkdownIgnored
    case missingFrontMatter
    case unclosedFrontMatter
    case emptySlug
    case disciplineFileName
    case renameTo
    case renameExample
    case linkKeyBackslash
    case linkKeyNotWebAddress
    case missingDisciplines
    case expiresNotAfterPublish
    case bestTimeNotWindow
    case resultsNotList
    case notADate
    case yearOutOfRange
    case skippedTime
    case missingLevels
    case strategicFromNotLevel
    case phasesNotList
    case levelDescriptionCount
    case misspeltDecidingKey
    case withoutPublish
    case withoutExpires
    case withoutDraft
    case withoutSponsored
    case withoutDisciplines
    case decidingKeyEmpty
    case decidingKeyInParams
    case knownKeysOrParams
    case tooManyAliases
    case aliasesRepeatTooMuch
    case linkLoop
    case notAFile
    case notAFileToRead

    // MARK: Markdown
    case tooManyShareBlocks
    case linkHasBackslash
    case linkLeadsOutside
    case linkToUnpublished
    case unpublishedDraft
    case unpublishedEmbargoed
    case linkOtherCapitals
    case mediaNameCapitals
    case linkMissing
    case shareBlockNotClosedBefore
    case shareBlockNeverClosed
    case unsafeCharacterReference
    case unsafeCharacterReferenceHere
    case moreUnsafeCharacterReferences
    case nestedTooDeep
    case tooManyListMarkers
    case tooManyTableCells
    case tooManyTableColumns

    // MARK: Queue
    case shareBlockOutsideShareItem
    case shareBlockWithoutDiscipline
    case renamedPlatform
    case extraShareBlockWords
    case emptyShareBlock

    // MARK: Checking
    case unknownDiscipline
    case unknownDisciplineInShareBlock
    case noDisciplinesKnown
    case shareTextForUnlistedDiscipline
    case missingShareText
    case textOverLimit
    case textOverLimitWithLink
    case sponsoredWithoutDisclosure
    case missingDisclosure
    case disclosureNotAWord
    case imageLeadsOutside
    case imageNotInMedia
    case imageOtherCapitals
    case imageMissing
    case duplicateSlug
    case kindShareItems
    case kindStories
    case kindGuidelines
    case kindPages
    case reservedPageSlug
    case placeholderLeft
    case placeholderAdviceShareText
    case placeholderAdviceBackground
    case placeholderAdviceStory
    case placeholderAdviceGuideline
    case exampleLinkLeft
    case emptyKey
    case emptyKeyAdviceSummary
    case emptyKeyAdvicePerson
    case emptyKeyAdviceRole
    case scaffoldShareText
    case scaffoldBackground
    case scaffoldStory
    case scaffoldGuideline
    case scaffoldResultLabel
    case scaffoldLink
    case resultPlaceholderLeft
    case exampleHostLeft
    case siteURLExampleHost
    case initExampleLeft
    case forbiddenTerm
    case forbiddenTermInFileName
    case forbiddenTermAcrossText
    case forbiddenTermRemove
    case forbiddenTermRename
    case forbiddenTermWhenPublished

    // MARK: Rendering and templates
    case themeHasNoWords
    case monthNamesCount
    case weekdayNamesCount
    case duplicateTemplateName
    case templateSyntaxError
    case unknownPartial
    case templateIncludesItself
    case missingLayout
    case missingShareCard
    case tagNotClosed
    case malformedDelimiterTag
    case tagWithoutName
    case sectionClosedNeverOpened
    case sectionClosedWithOtherName
    case sectionNeverClosed
    case notATemplateName
    case unknownTemplateField

    // MARK: Writing and output folders
    case outputEmpty
    case outputIsRoot
    case outputOverlaps
    case outputIsFolder
    case outputInsideFolder
    case outputHoldsFolder
    case contentFolderWord
    case templatesFolderWord
    case outputIsLink
    case outputNotAFolder
    case outputUnreadable
    case outputNotASite
    case andMore
    case builtByEarlierVersion
    case cannotCreateOutputParent
    case cannotCreateBuildFolder
    case cannotCreateFolder
    case cannotWrite
    case cannotWriteNoReason
    case outputNoLongerAFolder
    case cannotCreateAsideFolder
    case cannotReplaceOutput
    case outputChangedDuringBuild
    case cannotMoveNewSite
    case outputIsCurrentFolder
    case outputHoldsCurrentFolder
    case outputAroundCurrentFolder
    case outputForeignEntry
    case outputEntryChanged
    case outputManifestInvalid
    case manifestNotAManifest
    case manifestOtherFormat
    case manifestMalformedLine
    case manifestPathOutside
    case manifestPathTwice
    case outputBuiltBeforeManifests
    case usageWarningLine
    case folderLeftAlone
    case reasonForeignEntry
    case reasonEntryChanged
    case reasonNoManifest
    case reasonChangedDuringBuild
    case manifestUnfinished

    // MARK: Pipeline and options
    case contentFolderMissing
    case insideContentFolder
    case templatesFolderMissing
    case baseURLOptionNotAPath
    case nowNotADate
    case nowSkippedTime
    case nextRunNotADuration

    // MARK: Scaffold (new and init)
    case initUnknownLanguage
    case initUnknownTimeZone
    case timeZoneExamples
    case titleNotOneLine
    case initFolderNameEmpty
    case initFolderIsFile
    case initFolderNotEmpty
    case initFolderHolds
    case initFolderHoldsMore
    case newTitleGivesNoFileName
    case newFileExists
    case initWroteHub
    case newWroteFile

    // MARK: Preview (serve)
    case cannotMakePreviewFolder
    case noSuchListenAddress
    case portInUse
    case cannotListen
    case previewHasErrors
    case previewFolderGone
    case previewFolderReplaced
    case previewNoSite
    case previewNoSiteTitle
    case previewFolderGoneNoSite

    // MARK: Results
    case minGroupNotPositive
    case metricIdNotSlug
    case resultsColumnPerPerson
    case resultsColumnUnknown
    case resultsColumnMissing
    case resultsColumnRepeated
    case resultsRowCells
    case resultsStrayQuote
    case resultsCellEmpty
    case periodMalformed
    case unknownMetric
    case valueNotANumber
    case valueThousandsSeparator
    case valueDecimalComma
    case valueDecimalCommaSplit
    case duplicateResult
    case resultsFileNotPeriod
    case resultsFileIgnored
    case resultNegative
    case rateOver100
    case periodAfterNow
    case smallGroup

    // MARK: Share cards: prompts and platforms
    case promptNotClosed
    case promptEmpty
    case promptNested
    case promptFilledOverLimit
    case instagramWithoutImage

    // MARK: Digest and plan
    case malformedSiteURL
    case siteURLMissing
    case baseURLNotSiteURLPath
    case planHeading
    case planWeek
    case planGap
    case planDraftMark
    case planEmbargoedMark
    case planLegend
    case planExpiringHeading
    case planNothingExpiring
    case planCurrentThrough
    case planNextChange
    case planNoChange
    case weeksOutOfRange

    // MARK: Links in the site
    case pageLinkMissing
    case rootLinkMissing
    case pageLinkWithoutMd
    case pageLinkAboveSite
}

extension MessageID {
    /// The catalogue text of this message in `language`.
    package func template(in language: HubLanguage) -> String {
        switch language {
        case .da: danish
        case .en: english
        }
    }
}
