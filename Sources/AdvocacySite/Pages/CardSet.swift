import AdvocacyCore
import AdvocacyPublish
import AdvocacyTemplates

/// The share cards an item shows on a page, kept as what they are made from. The cards are made
/// when a template shows them, so telling whether two models of a page differ compares the texts,
/// not every card's links and labels.
struct CardSet: Hashable, Sendable {
    /// What every card of a build shares; the same on every page, so not part of a card set's
    /// hash but of the build's shared one.
    package struct Context: Sendable, Hashable {
        package let config: HubConfig
        package let words: SiteStrings
        let disciplineTitles: [String: String]
        /// The words of a card's length (`card-length`), cut at their placeholders once per build.
        let lengthLabel: LengthLabel

        init(config: HubConfig, words: SiteStrings, disciplineTitles: [String: String]) {
            self.config = config
            self.words = words
            self.disciplineTitles = disciplineTitles
            lengthLabel = LengthLabel(words["card-length"])
        }

        package static func == (a: Context, b: Context) -> Bool {
            a.config.utmMedium == b.config.utmMedium && a.config.disclosure == b.config.disclosure
                && a.config.baseURL == b.config.baseURL
                && Platform.allCases.allSatisfy { a.config.limit(for: $0) == b.config.limit(for: $0) }
                && a.words == b.words && a.disciplineTitles == b.disciplineTitles
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(config.utmMedium)
            hasher.combine(config.disclosure)
            hasher.combine(config.baseURL)
            for platform in Platform.allCases { hasher.combine(config.limit(for: platform)) }
            hasher.combine(words)
            hasher.combine(disciplineTitles)
        }
    }

    package let context: Context
    package let item: PublishedItem
    /// The item's share texts shown, by their index among all of its texts.
    package let indices: [Int]
    /// Whether the cards have the copy and composer buttons.
    package let actions: Bool

    /// The cards of `item`'s texts, or only of those for `discipline`.
    package init(_ item: PublishedItem, discipline: String? = nil, actions: Bool, context: Context) {
        self.item = item
        self.actions = actions
        self.context = context
        indices = item.shareTexts.indices.filter { discipline == nil || item.shareTexts[$0].discipline.value == discipline }
    }

    /// The cards, made now. What every card of the item shares (the image Instagram takes, the
    /// length's words) is worked out once for them all, not once per card.
    package var cards: [ShareCardModel] {
        let imageURL = actions && SharePlatformChecks.hasInstagramImage(item)
            ? item.imagePath.map(SiteURLs(base: context.config.baseURL).media) : nil
        return indices.map { index in
            let text = item.shareTexts[index]
            return ShareCardModel(text, id: ShareCardModel.id(texts: item.shareTexts, index: index), item: item, context: context,
                                  disciplineTitle: context.disciplineTitles[text.discipline.value] ?? text.discipline.value,
                                  actions: actions, instagramImageURL: imageURL)
        }
    }

    /// What a list shows instead of the cards: a link to the first of them on the item's page at
    /// `pageURL`, or nil when there is none.
    func link(on pageURL: String) -> TextsLink? {
        guard let first = indices.first else { return nil }
        return TextsLink(count: indices.count, url: pageURL + "#" + ShareCardModel.id(texts: item.shareTexts, index: first),
                         pairs: indices.map { item.shareTexts[$0].discipline.value + ":" + item.shareTexts[$0].platform.rawValue }
                            .joined(separator: " "))
    }

    package static func == (a: CardSet, b: CardSet) -> Bool {
        a.actions == b.actions && a.indices == b.indices && a.item.info.slug.value == b.item.info.slug.value
            && a.item.link?.value == b.item.link?.value && a.item.image?.value == b.item.image?.value && a.item.sponsored == b.item.sponsored
            && a.item.via?.value == b.item.via?.value
            && a.item.shareTexts.count == b.item.shareTexts.count
            && zip(a.item.shareTexts, b.item.shareTexts).allSatisfy {
                $0.discipline.value == $1.discipline.value && $0.platform == $1.platform && $0.text == $1.text
            }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(actions)
        hasher.combine(indices)
        hasher.combine(item.info.slug.value)
        hasher.combine(item.link?.value)
        hasher.combine(item.image?.value)
        hasher.combine(item.sponsored)
        hasher.combine(item.via?.value)
        for text in item.shareTexts {
            hasher.combine(text.discipline.value)
            hasher.combine(text.platform)
            hasher.combine(text.text)
        }
    }
}

/// An item's share texts as a list shows them: how many, and a link to the first card on the item's
/// page. `pairs` names each text's discipline and platform (`social-selling:linkedin`), in the order
/// of the cards, whose anchors end in them (`card-social-selling-linkedin`, `-2` for a second
/// text of the pair), separated by spaces: the queue's filter counts the texts it keeps and points
/// the link at the first of them.
struct TextsLink: TemplateObject, Hashable {
    let count: Int
    let url: String
    let pairs: String

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .count: .integer(count)
        case .url: .text(url)
        case .pairs: .text(pairs)
        default: nil
        }
    }
}

/// The words of a card's length, such as `{length} af {limit} tegn`, cut once at their `{length}`
/// and `{limit}`: filling them in per card gives what `Placeholders.fill` gives (any other brace
/// stays as written) without reading the pattern again for every card.
struct LengthLabel: Sendable {
    private let pattern: PlaceholderPattern

    init(_ pattern: String) { self.pattern = PlaceholderPattern(pattern, names: ["length", "limit"]) }

    /// The words with `length` and `limit` in.
    func filled(length: Int, limit: Int) -> String { pattern.filled { $0 == 0 ? String(length) : String(limit) } }
}
