import Foundation
import AdvocacyCore
import AdvocacyLoad

/// The checks that need the whole hub: disciplines, share texts against their platforms and the
/// disclosure rule, forbidden terms, media references and slugs.
package enum ContentChecks {
    /// What the per-document checks depend on beyond the document itself.
    package struct Context: Sendable {
        package let known: Set<String>
        /// The known discipline ids, sorted.
        let knownList: [String]
        package let media: Set<String>
        let mediaNames: MediaNames
        package let config: HubConfig
        /// hub.yml's forbidden terms, ready to be found in one pass over each text.
        package let terms: TermSearch
        /// The forbidden terms and `advocacy new`'s placeholders, found in one pass over a body's source.
        let sourceTerms: SourceTerms
        /// hub.yml's `disclosure` and its search, made once for every share text of a sponsored item.
        let disclosure: (text: String, search: TermSearch)?
        /// Equal signatures give equal per-document findings for an unchanged document. Made once,
        /// since a session compares it for every document.
        package let signature: String

        /// The context for `hub`; `terms` is the search the publishing stage made of its forbidden terms.
        package init(_ hub: Hub, terms: TermSearch) {
            known = Set(hub.disciplines.map(\.id))
            knownList = hub.disciplines.map(\.id).sorted()
            media = Set(hub.media.map(\.path))
            mediaNames = MediaNames(hub.media)
            config = hub.config
            self.terms = terms
            sourceTerms = SourceTerms(forbidden: terms.terms)
            disclosure = hub.config.disclosure.map { ($0, TermSearch([$0])) }
            let config = hub.config
            signature = knownList.joined(separator: ", ") + "|" + media.sorted().joined(separator: ",") + "|" + (config.disclosure ?? "") + "|"
                + config.forbiddenTerms.map { "\($0.value)@\($0.location.line)" }.joined(separator: ",") + "|"
                + Platform.allCases.map { "\(config.limit(for: $0))" }.joined(separator: ",") + "|\(config.isReadable)"
        }
    }

    /// A document as the per-document checks see it.
    package struct Document: Sendable {
        /// What the checks read of a document's kind.
        package enum Kind: Sendable {
            case share(PublishedItem), story(Story), guideline, evaluation, other
        }

        package let info: DocumentInfo
        package let kind: Kind

        /// The share item the document is, with the texts of its body.
        package var shareItem: PublishedItem? {
            if case .share(let item) = kind { item } else { nil }
        }

        /// The document as `info` gives it (with its Markdown source, which a plan keeps apart) and, for a
        /// share item, with the texts of its rendered `body`: what `check` reads of a document rendered
        /// just before.
        package func reading(_ info: DocumentInfo, body: RenderedMarkdown) -> Document {
            guard let item = shareItem else { return Document(info: info, kind: kind) }
            return Document(info: info, kind: .share(PublishedItem(item.item, body: body)))
        }

        /// Whether the document is an item embargoed at `now`.
        package func isEmbargoed(at now: Date) -> Bool { shareItem.map { $0.item.state(at: now) == .embargoed } ?? false }
    }

    /// The documents the per-document checks read, in order: those of `hub`, its share items as
    /// `items` gives them with their texts.
    package static func documents(_ hub: Hub, items: [PublishedItem]) -> [Document] {
        DocumentKind.allCases.flatMap { $0.publishing.checked(hub, items) }
    }

    /// The document a file was loaded as, for checking it alone; `item` is the share item with its
    /// texts when it is one (nil for another document).
    package static func document(_ loaded: ContentLoader.LoadedDocument, item: PublishedItem?) -> Document {
        switch loaded {
        case .share: Document(info: loaded.info, kind: item.map(Document.Kind.share) ?? .other)
        case .story(let story): Document(info: loaded.info, kind: .story(story))
        case .guideline: Document(info: loaded.info, kind: .guideline)
        case .evaluation: Document(info: loaded.info, kind: .evaluation)
        case .discipline, .page, .home: Document(info: loaded.info, kind: .other)
        }
    }

    /// The findings about one document: what it still holds of `advocacy new`'s and `init`'s examples,
    /// a share item's disciplines, texts and disclosure, and the forbidden terms in what it publishes.
    /// They depend on the document, `now` only through whether it is embargoed, and the context.
    /// `body` is the document's rendered body, whose forbidden terms (in its text and its links'
    /// addresses) the rendering found.
    package static func check(_ document: Document, _ context: Context, now: Date, body: RenderedMarkdown) -> Diagnostics {
        var found = Diagnostics()
        let forbidden = context.config.forbiddenTerms
        // The body's source is read once, for the placeholders and the forbidden terms together.
        let inBody = UnfinishedText.readsPlaceholders(document) || !forbidden.isEmpty
            ? context.sourceTerms.matches(in: document.info.body) : SourceTerms.Found()
        UnfinishedText.check(document, found: inBody.placeholders, diagnostics: &found)
        if let item = document.shareItem { check(item, context, &found) }
        ForbiddenTerms.check(document.info, inBody: inBody.forbidden, shareTexts: document.shareItem?.shareTexts ?? [], termsInText: body.termsInText,
                             termsInAddresses: body.termsInAddresses,
                             embargoed: document.isEmbargoed(at: now), terms: forbidden, search: context.terms,
                             diagnostics: &found)
        return found
    }

    /// The findings about the hub as a whole: the disciplines of stories and of hub.yml's balance, forbidden terms in hub.yml,
    /// readiness.yml, the notes of the results and copied file names, and slugs.
    package static func checkHub(_ hub: Hub, _ context: Context, copied: [MediaFile], embargoedMedia: [MediaFile] = []) -> Diagnostics {
        var diagnostics = Diagnostics()
        for story in hub.stories { checkDisciplines(story.disciplines, context, &diagnostics) }
        checkDisciplines(hub.config.balance?.disciplines.map(\.id) ?? [], context, &diagnostics)
        let terms = context.config.forbiddenTerms
        ForbiddenTerms.check(hub.config.texts + (hub.readiness?.texts ?? []) + (hub.results?.texts ?? []), terms: terms,
                             search: context.terms, diagnostics: &diagnostics)
        ForbiddenTerms.check(copied, terms: terms, search: context.terms, diagnostics: &diagnostics)
        ForbiddenTerms.check(embargoedMedia, embargoed: true, terms: terms, search: context.terms, diagnostics: &diagnostics)
        checkSlugs(hub, diagnostics: &diagnostics)
        return diagnostics
    }

    private static func checkDisciplines(_ list: [Located<String>], _ context: Context, _ diagnostics: inout Diagnostics) {
        for discipline in list where !context.known.contains(discipline.value) {
            diagnostics.error(unknownDiscipline(discipline.value, MessageID.unknownDiscipline, context), at: discipline.location)
        }
    }

    /// Says a discipline is unknown, with message `id` (`unknownDiscipline`, `unknownDisciplineInShareBlock`),
    /// lists the known ones and suggests one close to it.
    private static func unknownDiscipline(
        _ name: String, _ id: (_ name: String, _ known: Message.Argument, _ suggestion: Message?) -> MessageID, _ context: Context
    ) -> Message {
        Message(id(name, context.knownList.isEmpty ? .message(Message(.noDisciplinesKnown)) : .list(context.knownList),
                   EditDistance.didYouMean(name, in: context.knownList)))
    }

    /// The known discipline closest to an unknown id, if one is close.
    private static func suggestion(for id: String, _ context: Context) -> String? {
        EditDistance.suggestion(for: id, in: context.knownList)
    }

    /// A share item's disciplines, share texts against their platforms, the disclosure rule and its image.
    private static func check(_ item: PublishedItem, _ context: Context, _ diagnostics: inout Diagnostics) {
        guard item.info.frontMatterIsValid else { return }
        let config = context.config
        checkDisciplines(item.disciplines, context, &diagnostics)
        let listed = Set(item.disciplines.map(\.value))
        for text in item.shareTexts where !listed.isEmpty && !listed.contains(text.discipline.value) {
            let message = context.known.contains(text.discipline.value)
                ? Message(.shareTextForUnlistedDiscipline(name: text.discipline.value))
                : unknownDiscipline(text.discipline.value, MessageID.unknownDisciplineInShareBlock, context)
            diagnostics.error(message, at: text.location)
        }
        // A block whose misspelt discipline has a suggestion counts as that discipline's text.
        let written = Set(item.shareTexts.map { text in
            context.known.contains(text.discipline.value) ? text.discipline.value : suggestion(for: text.discipline.value, context) ?? ""
        })
        for discipline in item.disciplines where item.shareTextsAreComplete && !written.contains(discipline.value)
            && context.known.contains(discipline.value) {
            diagnostics.error(.missingShareText(name: discipline.value), at: discipline.location)
        }
        for text in item.shareTexts {
            let limit = config.limit(for: text.platform)
            // Only LinkedIn counts the link's characters (X counts any link as 23, the others none), so
            // the tagged link is made for LinkedIn alone; the others need to know only that there is one.
            let link = text.platform == .linkedin ? item.taggedLink(for: text, medium: config.utmMedium) : item.link?.value
            let length = text.length(sharedWith: link)
            if length > limit {
                let platform = text.platform.displayName
                diagnostics.error(length != text.length
                                  ? .textOverLimitWithLink(platform: platform, length: "\(length)", limit: "\(limit)")
                                  : .textOverLimit(platform: platform, length: "\(length)", limit: "\(limit)"),
                                  at: text.location)
            }
        }
        SharePlatformChecks.check(item, config: config, diagnostics: &diagnostics)
        if item.sponsored {
            if let disclosure = context.disclosure {
                for text in item.shareTexts where disclosure.search.found(in: text.text).isEmpty {
                    diagnostics.error(missingDisclosure(disclosure.text, in: text.text), at: text.location)
                }
            } else if config.isReadable {
                diagnostics.error(.sponsoredWithoutDisclosure, at: item.info.title.location)
            }
        }
        if let image = item.image {
            checkImage(image, path: item.imagePath, context, diagnostics: &diagnostics)
        }
    }

    /// Says a sponsored item's share text lacks the disclosure as a word or hashtag of its own; names
    /// the longer word it is only part of, such as `#reklamefri`.
    private static func missingDisclosure(_ disclosure: String, in text: String) -> Message {
        guard let found = text.range(of: disclosure, options: .caseInsensitive) else {
            return Message(.missingDisclosure(disclosure: disclosure))
        }
        let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "_" }
        var start = found.lowerBound, end = found.upperBound
        while start > text.startIndex, isWord(text[text.index(before: start)]) { start = text.index(before: start) }
        while end < text.endIndex, isWord(text[end]) { end = text.index(after: end) }
        return Message(.disclosureNotAWord(word: String(text[start..<end]), disclosure: disclosure))
    }

    private static func checkImage(_ reference: Located<String>, path: String?, _ context: Context, diagnostics: inout Diagnostics) {
        guard let path else {
            diagnostics.error(.imageLeadsOutside(image: reference.value), at: reference.location)
            return
        }
        guard path.hasPrefix("media/") else {
            diagnostics.error(.imageNotInMedia(image: reference.value), at: reference.location)
            return
        }
        guard !context.media.contains(path) else { return }
        if let actual = context.mediaNames.otherCapitals(of: path) {
            diagnostics.error(.imageOtherCapitals(image: reference.value, advice: MediaNames.advice(written: path, actual: actual)),
                              at: reference.location)
        } else {
            let other = context.mediaNames.otherExtension(of: path)
            diagnostics.error(.imageMissing(image: reference.value, suggestion: other.map { Message(.didYouMean(name: $0)) }),
                              at: reference.location)
        }
    }

    private static func checkSlugs(_ hub: Hub, diagnostics: inout Diagnostics) {
        func check(_ infos: [DocumentInfo], kind: MessageID) {
            var seen: [String: DocumentInfo] = [:]
            for info in infos.sorted(by: { $0.path < $1.path }) {
                if let first = seen[info.slug.value] {
                    diagnostics.error(.duplicateSlug(slug: info.slug.value, file: first.displayPath, kind: Message(kind)),
                                      at: info.slug.location)
                } else {
                    seen[info.slug.value] = info
                }
            }
        }
        for kind in DocumentKind.allCases {
            if let name = kind.publishing.slugs { check(hub.documents(of: kind), kind: name) }
        }
        for page in hub.pages where SiteURLs.reserved.contains(page.info.slug.value) {
            diagnostics.error(.reservedPageSlug(slug: page.info.slug.value), at: page.info.slug.location)
        }
        for item in hub.shareItems where SiteURLs.reservedForItems.contains(item.info.slug.value) {
            diagnostics.error(.reservedItemSlug(slug: item.info.slug.value), at: item.info.slug.location)
        }
    }
}
