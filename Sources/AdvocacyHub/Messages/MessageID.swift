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

    // MARK: Markdown

    // MARK: Queue

    // MARK: Checking

    // MARK: Rendering and templates

    // MARK: Writing and output folders

    // MARK: Pipeline and options

    // MARK: Scaffold (new and init)

    // MARK: Preview (serve)

    // MARK: Links in the site
    case pageLinkMissing
    case pageLinkWithoutMd
    case pageLinkAboveSite

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
