import AdvocacyCore
import AdvocacyPublish
import AdvocacyTemplates

/// One share text shown as a card: the text with its prompts, its length against the platform's
/// limit, the tagged link, the composer link, the image to download for Instagram and the
/// disclosure rule. The `share-card` partial shows it; the card answers for every name it has, so
/// nothing of the page around it shows through. A card writes its tagged link once, as text to read
/// and copy; hub.js puts it into the composer links and the share sheet, and the platform's tips
/// come from the card tools (`<template id="card-tools">`, written once for the site by
/// `CardToolsScript`), named by `hint`.
struct ShareCardModel: TemplateObject, Hashable {
    package let id: String
    package let discipline: String
    let disciplineTitle: String
    package let platform: Platform
    package let text: String
    package let length: Int
    package let limit: Int
    /// What the shared link adds to the length (X's and LinkedIn's; the others take it apart).
    let linkLength: Int
    let lengthLabel: String
    package let actions: Bool
    package let sponsored: Bool
    package let disclosure: String
    let shareURL: String?
    /// The platform's composer with the card's tagged link and no text: hub.js puts the (edited) text
    /// in. The link is there before the script runs, or without it, so the post never lacks it.
    let composer: String?
    let composerLabel: String?
    /// The text cut at its prompts and at LinkedIn's "see more" fold.
    package let parts: [ShareTextPart]
    package let folds: Bool
    let hasPrompts: Bool
    /// The item's image when Instagram takes it (JPEG or PNG), on Instagram cards with actions.
    let imageURL: String?
    /// Which of the platform tips in the page's `card-tools` template the card shows, on cards with actions.
    let hint: String?
    /// The original publisher of a curated item, which the card names ("Curated from …"); nil for own content.
    let via: String?

    /// The anchor of the card of `texts[index]` on its item's page: `card-<discipline>-<platform>`,
    /// stable while texts are added or moved, so the digest and the lists can link to a discipline's
    /// (and platform's) text. A second text for the same discipline and platform ends in `-2`, a third
    /// in `-3`. Cards show only on their item's own page, so the anchor needs no slug.
    static func id(texts: [ShareText], index: Int) -> String {
        let text = texts[index]
        var earlier = 0
        for other in 0..<index where texts[other].platform == text.platform && texts[other].discipline.value == text.discipline.value {
            earlier += 1
        }
        var id = "card-"
        id.reserveCapacity(8 + text.discipline.value.utf8.count + text.platform.rawValue.utf8.count)
        id += text.discipline.value
        id += "-"
        id += text.platform.rawValue
        if earlier > 0 {
            id += "-"
            id += String(earlier + 1)
        }
        return id
    }

    /// The card of share text `text` of `item`, anchored at `id`; `actions` adds the copy and composer
    /// buttons, and an Instagram card with actions offers `instagramImageURL` to download.
    init(_ text: ShareText, id: String, item: PublishedItem, context: CardSet.Context, disciplineTitle: String, actions: Bool,
         instagramImageURL: String?) {
        let config = context.config, words = context.words
        let tagged = item.taggedLink(for: text, medium: config.utmMedium)
        let limit = config.limit(for: text.platform)
        let length = text.length(sharedWith: tagged)
        self.id = id
        discipline = text.discipline.value
        self.disciplineTitle = disciplineTitle
        platform = text.platform
        self.text = text.text
        self.length = length
        self.limit = limit
        linkLength = length - text.length
        lengthLabel = context.lengthLabel.filled(length: length, limit: limit)
        self.actions = actions
        sponsored = item.sponsored
        disclosure = config.disclosure ?? ""
        shareURL = tagged
        let composer = actions ? ShareLink.composer(text.platform, text: "", url: tagged) : nil
        self.composer = composer
        composerLabel = composer == nil ? nil : words["card-open-\(text.platform.rawValue)"]
        let fold = text.platform == .linkedin ? PostLength.linkedInFoldIndex(text.text) : nil
        parts = ShareTextPart.parts(of: text.text, prompts: text.prompts, fold: fold)
        folds = fold != nil
        hasPrompts = !text.prompts.isEmpty
        imageURL = actions && text.platform == .instagram ? instagramImageURL : nil
        via = item.via?.value
        hint = !actions ? nil
            : composer == nil ? (imageURL == nil ? "no-composer" : "instagram")
            : text.platform == .facebook ? "copy-first" : text.platform == .linkedin ? "linkedin-fallback" : nil
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .id: .text(id)
        case .discipline: .text(discipline)
        case .disciplineTitle: .text(disciplineTitle)
        case .platform: .text(platform.rawValue)
        case .platformName: .text(platform.displayName)
        case .text: .text(text)
        case .parts: .objects(parts)
        case .length: .integer(length)
        case .limit: .integer(limit)
        case .linkLength: .integer(linkLength)
        case .over: .bool(length > limit)
        case .lengthLabel: .text(lengthLabel)
        case .actions: .bool(actions)
        case .sponsored: .bool(sponsored)
        case .disclosure: .text(disclosure)
        case .countsLink: .bool(linkLength > 0)
        case .shareURL: .optional(shareURL)
        case .folds: .bool(folds)
        case .showsFold: .bool(platform == .linkedin)
        case .hasPrompts: .bool(hasPrompts)
        case .composer: .optional(composer)
        case .composerLabel: .optional(composerLabel)
        case .imageURL: .optional(imageURL)
        case .hint: .optional(hint)
        case .via: .optional(via)
        // What a theme made before the lean cards prints (one `advocacy init` copied into a hub): the
        // composer with the tagged link in, and a name for each platform's tip.
        case .composerURL: .optional(composer.flatMap { _ in ShareLink.composer(platform, text: "", url: shareURL) })
        case .copyFirst: .bool(hint == "copy-first")
        case .linkedInFallback: .bool(hint == "linkedin-fallback")
        case .noComposer: .bool(hint == "no-composer")
        default: nil
        }
    }
}
