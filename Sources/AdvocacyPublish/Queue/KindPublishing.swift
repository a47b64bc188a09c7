import AdvocacyCore
import AdvocacyLoad

/// What the publishing stage does with the documents of one kind: where links to them lead, how the
/// checks see them, and how an edited one is put in a published site. `DocumentKind.publishing` is
/// this stage's one switch over the kinds.
struct KindPublishing {
    /// The content path of each document of the kind in a hub and the address of its page.
    let pages: (_ hub: Hub, _ urls: SiteURLs) -> [(path: String, url: String)]
    /// The documents of the kind in a hub as the per-document checks see them; `items` are the hub's
    /// share items with their texts.
    let checked: (_ hub: Hub, _ items: [PublishedItem]) -> [ContentChecks.Document]
    /// What a duplicate slug's message calls the kind; nil when no address is made of the slug.
    let slugs: MessageID?
    /// Puts the document at `path` in a site, as a plan has it now, with its new body (`Publisher.republish`).
    let republish: (_ site: inout Site, _ plan: Publisher.Plan, _ path: String, _ body: RenderedMarkdown) -> Void
}

extension DocumentKind {
    /// What the publishing stage does with documents of this kind.
    var publishing: KindPublishing {
        typealias Document = ContentChecks.Document
        /// The documents of the kind, each checked as `kind`.
        func checked(as kind: Document.Kind) -> (Hub, [PublishedItem]) -> [Document] {
            { hub, _ in hub.documents(of: self).map { Document(info: $0, kind: kind) } }
        }
        switch self {
        case .discipline:
            // A discipline's address is its id.
            return KindPublishing(pages: { hub, urls in hub.disciplines.map { ($0.info.path, urls.discipline($0.id)) } },
                                  checked: checked(as: .other), slugs: nil,
                                  republish: { site, plan, path, _ in replace(&site.disciplines, at: path, from: plan.hub.disciplines, \.info) })
        case .share:
            return KindPublishing(pages: { hub, urls in hub.shareItems.map { ($0.info.path, urls.shareItem($0.info.slug.value)) } },
                                  checked: { _, items in items.map { Document(info: $0.info, kind: .share($0)) } },
                                  slugs: .kindShareItems,
                                  republish: { site, plan, path, body in
                guard let item = plan.hub.shareItems.first(where: { $0.info.path == path }) else { return }
                let published = [PublishedItem(item, body: body)]
                replace(&site.activeItems, at: path, from: published, \.item.info)
                replace(&site.expiredItems, at: path, from: published, \.item.info)
            })
        case .story:
            return KindPublishing(pages: { hub, urls in hub.stories.map { ($0.info.path, urls.story($0.info.slug.value)) } },
                                  checked: { hub, _ in hub.stories.map { Document(info: $0.info, kind: .story($0)) } },
                                  slugs: .kindStories,
                                  republish: { site, plan, path, _ in replace(&site.stories, at: path, from: plan.hub.stories, \.info) })
        case .guideline:
            return KindPublishing(pages: { hub, urls in hub.guidelines.map { ($0.info.path, urls.guideline($0.info.slug.value)) } },
                                  checked: checked(as: .guideline), slugs: .kindGuidelines,
                                  republish: { site, plan, path, _ in replace(&site.guidelines, at: path, from: plan.hub.guidelines, \.info) })
        case .page:
            return KindPublishing(pages: { hub, urls in hub.pages.map { ($0.info.path, urls.page($0.info.slug.value)) } },
                                  checked: checked(as: .other), slugs: .kindPages,
                                  republish: { site, plan, path, _ in replace(&site.pages, at: path, from: plan.hub.pages, \.info) })
        case .evaluation:
            // An evaluation's address is its period. `Plan.replace` takes none: its results are read with the others'.
            return KindPublishing(pages: { hub, urls in (hub.results?.evaluations ?? []).map { ($0.info.path, urls.evaluation($0.period)) } },
                                  checked: checked(as: .evaluation), slugs: nil, republish: { _, _, _, _ in })
        case .home:
            return KindPublishing(pages: { hub, urls in hub.home.map { [($0.path, urls.home)] } ?? [] },
                                  checked: checked(as: .other), slugs: nil,
                                  republish: { site, plan, path, _ in if site.home?.path == path { site.home = plan.hub.home } })
        }
    }
}

/// Puts the document of `new` at `path` in the place of the one at `path` in `documents`, if both are there.
private func replace<Document>(_ documents: inout [Document], at path: String, from new: [Document],
                               _ info: KeyPath<Document, DocumentInfo>) {
    guard let index = documents.firstIndex(where: { $0[keyPath: info].path == path }),
          let document = new.first(where: { $0[keyPath: info].path == path }) else { return }
    documents[index] = document
}
