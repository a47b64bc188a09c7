import Foundation

/// The checks that need the whole hub: disciplines, share texts against their platforms and the
/// disclosure rule, forbidden terms, media references and slugs.
enum ContentChecks {
    /// What the per-document checks depend on beyond the document itself.
    struct Context: Sendable {
        let known: Set<String>
        let knownList: String
        let media: Set<String>
        let config: HubConfig

        init(_ hub: Hub) {
            known = Set(hub.disciplines.map(\.id))
            knownList = hub.disciplines.map(\.id).sorted().joined(separator: ", ")
            media = Set(hub.media.map(\.path))
            config = hub.config
        }

        /// Equal signatures give equal per-document findings for an unchanged document.
        var signature: String {
            knownList + "|" + media.sorted().joined(separator: ",") + "|" + (config.disclosure ?? "") + "|"
                + config.forbiddenTerms.map { "\($0.value)@\($0.location.line)" }.joined(separator: ",") + "|"
                + Platform.allCases.map { "\(config.limit(for: $0))" }.joined(separator: ",") + "|\(config.isReadable)"
        }
    }

    /// A document as the per-document checks see it.
    struct Document: Sendable {
        let info: DocumentInfo
        let shareItem: ShareItem?

        /// Whether the document is an item embargoed at `now`.
        func isEmbargoed(at now: Date) -> Bool { shareItem.map { $0.state(at: now) == .embargoed } ?? false }
    }

    /// The documents the per-document checks read, in order.
    static func documents(_ hub: Hub) -> [Document] {
        var documents = (hub.disciplines.map(\.info) + hub.stories.map(\.info) + hub.guidelines.map(\.info) + hub.pages.map(\.info))
            .map { Document(info: $0, shareItem: nil) }
        if let home = hub.home { documents.append(Document(info: home, shareItem: nil)) }
        return documents + hub.shareItems.map { Document(info: $0.info, shareItem: $0) }
    }

    /// The findings about one document: a share item's disciplines, texts and disclosure, and the
    /// forbidden terms in what it publishes. They depend on the document, `now` only through whether
    /// it is embargoed, and the context.
    static func check(_ document: Document, _ context: Context, now: Date, termsInText: Set<String>) -> Diagnostics {
        var found = Diagnostics()
        if let item = document.shareItem { check(item, context, &found) }
        ForbiddenTerms.check(document.info, shareTexts: document.shareItem?.shareTexts ?? [], termsInText: termsInText,
                             embargoed: document.isEmbargoed(at: now), terms: context.config.forbiddenTerms, diagnostics: &found)
        return found
    }

    /// The findings about the hub as a whole: stories' disciplines, forbidden terms in hub.yml,
    /// readiness.yml and copied file names, and slugs.
    static func checkHub(_ hub: Hub, _ context: Context, copied: [MediaFile]) -> Diagnostics {
        var diagnostics = Diagnostics()
        for story in hub.stories { checkDisciplines(story.disciplines, context, &diagnostics) }
        let terms = context.config.forbiddenTerms
        ForbiddenTerms.check(hub.config.texts + (hub.readiness?.texts ?? []), terms: terms, diagnostics: &diagnostics)
        ForbiddenTerms.check(copied, terms: terms, diagnostics: &diagnostics)
        checkSlugs(hub, diagnostics: &diagnostics)
        return diagnostics
    }

    private static func checkDisciplines(_ list: [Located<String>], _ context: Context, _ diagnostics: inout Diagnostics) {
        for discipline in list where !context.known.contains(discipline.value) {
            let known = context.knownList.isEmpty ? "none (add disciplines/<id>.md)" : context.knownList
            var message = "unknown discipline '\(discipline.value)'; known: \(known)"
            if let suggestion = EditDistance.suggestion(for: discipline.value, in: context.known.sorted()) {
                message += "; did you mean '\(suggestion)'?"
            }
            diagnostics.error(message, at: discipline.location)
        }
    }

    /// A share item's disciplines, share texts against their platforms, the disclosure rule and its image.
    private static func check(_ item: ShareItem, _ context: Context, _ diagnostics: inout Diagnostics) {
        guard item.info.frontMatterIsValid else { return }
        let config = context.config
        checkDisciplines(item.disciplines, context, &diagnostics)
        let listed = Set(item.disciplines.map(\.value))
        for text in item.shareTexts where !listed.isEmpty && !listed.contains(text.discipline.value) {
            let message = context.known.contains(text.discipline.value)
                ? "the share text is for '\(text.discipline.value)', which the item does not list in 'disciplines'"
                : "unknown discipline '\(text.discipline.value)' in the share block; known: \(context.knownList)"
            diagnostics.error(message, at: text.location)
        }
        let written = Set(item.shareTexts.map(\.discipline.value))
        for discipline in item.disciplines where item.shareTextsAreComplete && !written.contains(discipline.value)
            && context.known.contains(discipline.value) {
            diagnostics.error("no share text for '\(discipline.value)'; add a ```share \(discipline.value) block to the body",
                              at: discipline.location)
        }
        for text in item.shareTexts {
            let limit = config.limit(for: text.platform)
            let length = text.length(withLink: item.link != nil)
            if length > limit {
                diagnostics.error("the \(text.platform.displayName) text is \(length) characters"
                    + (text.platform == .x && item.link != nil ? " with the link" : "")
                    + "; the limit is \(limit)", at: text.location)
            }
        }
        if item.sponsored {
            if let disclosure = config.disclosure {
                for text in item.shareTexts where !text.text.localizedCaseInsensitiveContains(disclosure) {
                    diagnostics.error("the item is sponsored, so its share text must contain '\(disclosure)' (advertising must be marked)",
                                      at: text.location)
                }
            } else if config.isReadable {
                diagnostics.error("the item is sponsored, but hub.yml sets no 'disclosure' to mark it as advertising",
                                  at: item.info.title.location)
            }
        }
        if let image = item.image {
            checkImage(image, path: item.imagePath, media: context.media, diagnostics: &diagnostics)
        }
    }

    private static func checkImage(_ reference: Located<String>, path: String?, media: Set<String>, diagnostics: inout Diagnostics) {
        guard let path else {
            diagnostics.error("'\(reference.value)' leads outside the content folder", at: reference.location)
            return
        }
        if !path.hasPrefix("media/") {
            diagnostics.error("'\(reference.value)' is not in media/; write a path such as media/photo.jpg", at: reference.location)
        } else if !media.contains(path) {
            diagnostics.error("'\(reference.value)' does not exist in the content folder", at: reference.location)
        }
    }

    private static func checkSlugs(_ hub: Hub, diagnostics: inout Diagnostics) {
        func check(_ infos: [DocumentInfo], kind: String) {
            var seen: [String: DocumentInfo] = [:]
            for info in infos.sorted(by: { $0.path < $1.path }) {
                if let first = seen[info.slug.value] {
                    diagnostics.error("the slug '\(info.slug.value)' is also used by \(first.displayPath); "
                        + "two \(kind) cannot share a URL: rename one or set 'slug'", at: info.slug.location)
                } else {
                    seen[info.slug.value] = info
                }
            }
        }
        check(hub.shareItems.map(\.info), kind: "share items")
        check(hub.stories.map(\.info), kind: "stories")
        check(hub.guidelines.map(\.info), kind: "guidelines")
        check(hub.pages.map(\.info), kind: "pages")
        for page in hub.pages where SiteURLs.reserved.contains(page.info.slug.value) {
            diagnostics.error("the page slug '\(page.info.slug.value)' is taken by the site itself; set another 'slug'",
                              at: page.info.slug.location)
        }
    }
}
