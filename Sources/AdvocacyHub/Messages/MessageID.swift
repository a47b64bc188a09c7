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
    case siteNotWritten
    case buildSummary
    case nextChange
    case noScheduledChange
    case draftsLeftOut
    case serving
    case notRebuiltErrors
    case notRebuilt
    case filesRendered

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

    // MARK: Markdown

    // MARK: Queue

    // MARK: Checking

    // MARK: Rendering and templates

    // MARK: Writing and output folders

    // MARK: Pipeline and options

    // MARK: Scaffold (new and init)

    // MARK: Preview (serve)

    // MARK: Transitional: a message not yet in the catalogue
    case plain
}

extension MessageID {
    /// The catalogue text of this message in `language`.
    func template(in language: HubLanguage) -> String {
        switch language {
        case .da: danish
        case .en: english
        }
    }
}
