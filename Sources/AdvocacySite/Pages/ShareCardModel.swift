import AdvocacyCore
import AdvocacyPublish
import AdvocacyTemplates

/// One share text shown as a card: the text with its prompts, its length against the platform's
/// limit, the tagged link, the composer link, the image to download for Instagram and the
/// disclosure rule. The `share-card` partial shows it; the card answers for every name it has, so
/// nothing of the page around it shows through.
struct ShareCardModel: TemplateObject, Hashable {
    package let id: String
    package let discipline: String
    let disciplineTitle: String
    package let platform: Platform
    package let text: String
    package let length: Int
    package let limit: Int
    /// What the shared link adds to the length (X counts it; the others do not).
    let linkLength: Int
    let lengthLabel: String
    package let actions: Bool
    package let sponsored: Bool
    package let disclosure: String
    let shareURL: String?
    let composerURL: String?
    let composerLabel: String?
    /// The text cut at its prompts and at LinkedIn's "see more" fold.
    package let parts: [ShareTextPart]
    package let folds: Bool
    let hasPrompts: Bool
    /// The item's image when Instagram takes it (JPEG or PNG), on Instagram cards with actions.
    let imageURL: String?

    /// The card of the `index`th share text of `item`; `actions` adds the copy and composer buttons.
    package init(_ text: ShareText, index: Int, item: ShareItem, config: HubConfig, words: SiteStrings,
         disciplineTitle: String, actions: Bool) {
        let tagged = item.link.map {
            ShareLink.tagged($0.value, platform: text.platform, medium: config.utmMedium,
                             campaign: item.info.slug.value, discipline: text.discipline.value)
        }
        let limit = config.limit(for: text.platform)
        let length = text.length(withLink: tagged != nil)
        id = "card-\(item.info.slug.value)-\(index + 1)"
        discipline = text.discipline.value
        self.disciplineTitle = disciplineTitle
        platform = text.platform
        self.text = text.text
        self.length = length
        self.limit = limit
        linkLength = length - text.length
        lengthLabel = Placeholders.fill(words["card-length"]) { name in
            name == "length" ? "\(length)" : name == "limit" ? "\(limit)" : nil
        }
        self.actions = actions
        sponsored = item.sponsored
        disclosure = config.disclosure ?? ""
        shareURL = tagged
        // The page's composer links carry the link only; hub.js puts the card's (edited) text in, so the
        // text is not written into every card a second time, URL-encoded.
        let composer = actions ? ShareLink.composer(text.platform, text: "", url: tagged) : nil
        composerURL = composer
        composerLabel = composer == nil ? nil : words["card-open-\(text.platform.rawValue)"]
        let fold = text.platform == .linkedin ? PostLength.linkedInFoldIndex(text.text) : nil
        parts = ShareTextPart.parts(of: text.text, prompts: text.prompts, fold: fold)
        folds = fold != nil
        hasPrompts = !text.prompts.isEmpty
        let takesImage = actions && text.platform == .instagram && SharePlatformChecks.hasInstagramImage(item)
        imageURL = takesImage ? item.imagePath.map(SiteURLs(base: config.baseURL).media) : nil
    }

    package func value(for key: String) -> TemplateValue? {
        switch key {
        case "id": .text(id)
        case "discipline": .text(discipline)
        case "disciplineTitle": .text(disciplineTitle)
        case "platform": .text(platform.rawValue)
        case "platformName": .text(platform.displayName)
        case "text": .text(text)
        case "parts": .objects(parts)
        case "length": .integer(length)
        case "limit": .integer(limit)
        case "linkLength": .integer(linkLength)
        case "over": .bool(length > limit)
        case "lengthLabel": .text(lengthLabel)
        case "actions": .bool(actions)
        case "sponsored": .bool(sponsored)
        case "disclosure": .text(disclosure)
        case "countsLink": .bool(platform == .x && shareURL != nil)
        case "shareURL": .optional(shareURL)
        case "folds": .bool(folds)
        case "showsFold": .bool(platform == .linkedin)
        case "hasPrompts": .bool(hasPrompts)
        case "composerURL": .optional(composerURL)
        case "composerLabel": .optional(composerLabel)
        case "copyFirst": .bool(composerURL != nil && platform == .facebook)
        case "linkedInFallback": .bool(composerURL != nil && platform == .linkedin)
        case "imageURL": .optional(imageURL)
        case "noComposer": .bool(composerURL == nil && imageURL == nil)
        default: nil
        }
    }
}
