import Foundation

/// The checks that need the whole hub: disciplines, share texts against their platforms and the
/// disclosure rule, forbidden terms, media references and slugs.
enum ContentChecks {
    static func run(_ hub: Hub, now: Date, plainTexts: [String: String] = [:]) -> Diagnostics {
        var diagnostics = Diagnostics()
        let known = Set(hub.disciplines.map(\.id))
        let knownList = hub.disciplines.map(\.id).sorted().joined(separator: ", ")
        let media = Set(hub.media.map(\.path))
        let config = hub.config

        func checkDisciplines(_ list: [Located<String>]) {
            for discipline in list where !known.contains(discipline.value) {
                var message = "unknown discipline '\(discipline.value)'; known: \(knownList.isEmpty ? "none (add disciplines/<id>.md)" : knownList)"
                if let suggestion = EditDistance.suggestion(for: discipline.value, in: known.sorted()) {
                    message += "; did you mean '\(suggestion)'?"
                }
                diagnostics.error(message, at: discipline.location)
            }
        }

        for item in hub.shareItems where item.info.frontMatterIsValid {
            checkDisciplines(item.disciplines)
            let listed = Set(item.disciplines.map(\.value))
            for text in item.shareTexts where !listed.isEmpty && !listed.contains(text.discipline.value) {
                let message = known.contains(text.discipline.value)
                    ? "the share text is for '\(text.discipline.value)', which the item does not list in 'disciplines'"
                    : "unknown discipline '\(text.discipline.value)' in the share block; known: \(knownList)"
                diagnostics.error(message, at: text.location)
            }
            let written = Set(item.shareTexts.map(\.discipline.value))
            for discipline in item.disciplines where !written.contains(discipline.value) && known.contains(discipline.value) {
                diagnostics.error("no share text for '\(discipline.value)'; add a ```share \(discipline.value) block to the body",
                                  at: discipline.location)
            }
            for text in item.shareTexts {
                let limit = config.limit(for: text.platform)
                let length = PostLength.count(text.text, on: text.platform, link: item.link?.value)
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
                checkMedia(image, media: media, diagnostics: &diagnostics)
            }
        }
        for story in hub.stories { checkDisciplines(story.disciplines) }

        ForbiddenTerms.check(hub, now: now, plainTexts: plainTexts, diagnostics: &diagnostics)
        checkSlugs(hub, diagnostics: &diagnostics)
        return diagnostics
    }

    private static func checkMedia(_ reference: Located<String>, media: Set<String>, diagnostics: inout Diagnostics) {
        let path = reference.value.hasPrefix("/") ? String(reference.value.dropFirst()) : reference.value
        guard let resolved = InternalLink(path)?.resolved(from: "x"), !path.contains("..") else {
            diagnostics.error("'\(reference.value)' leads outside the content folder", at: reference.location)
            return
        }
        if !resolved.hasPrefix("media/") {
            diagnostics.error("'\(reference.value)' is not in media/; write a path such as media/photo.jpg", at: reference.location)
        } else if !media.contains(resolved) {
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
