import AdvocacyCore
import AdvocacyPublish

/// What the site stage makes of the documents of one kind: the pages that show them and what the
/// search index lists of them. `DocumentKind.site` is this stage's one switch over the kinds.
struct KindPages {
    /// The pages of a site that show the documents of the kind as their own, in order.
    let pages: (Site) -> [SitePages.Kind]
    /// Where the kind comes in the search index, whose order breaks ties between equal hits.
    let searchRank: Int
    /// The documents of the kind the search index lists, in order.
    let indexed: (Site) -> [SearchIndex.Listed]
    /// How many documents `indexed` lists, without making them: the search index's paths need only that.
    let indexedCount: (Site) -> Int
}

extension DocumentKind {
    /// What the site stage makes of documents of this kind.
    var site: KindPages {
        typealias Listed = SearchIndex.Listed
        switch self {
        case .share:
            return KindPages(
                pages: { site in
                    site.activeItems.indices.map { SitePages.Kind.item($0, expired: false) }
                        + site.expiredItems.indices.map { SitePages.Kind.item($0, expired: true) }
                },
                searchRank: 0,
                indexed: { site in
                    // By index, so each item is read where it is, not copied.
                    func listed(_ items: [PublishedItem], kind: String) -> [Listed] {
                        items.indices.map { index in
                            let item = items[index].item
                            return Listed(item.info, url: site.urls.shareItem(item.info.slug.value), kind: kind,
                                          disciplines: item.disciplines.map(\.value))
                        }
                    }
                    return listed(site.activeItems, kind: "share") + listed(site.expiredItems, kind: "archive")
                },
                indexedCount: { $0.activeItems.count + $0.expiredItems.count })
        case .discipline:
            return KindPages(pages: { $0.disciplines.indices.map(SitePages.Kind.discipline) }, searchRank: 1, indexed: { site in
                site.disciplines.map { Listed($0.info, url: site.urls.discipline($0.id), kind: "discipline", disciplines: [$0.id]) }
            }, indexedCount: { $0.disciplines.count })
        case .guideline:
            return KindPages(pages: { $0.guidelines.indices.map(SitePages.Kind.guideline) }, searchRank: 2, indexed: { site in
                site.guidelines.map { g in
                    // The words of its self-check are searched, too.
                    Listed(g.info, url: site.urls.guideline(g.info.slug.value), kind: "guideline", disciplines: [],
                           more: g.quiz.flatMap { [$0.text] + $0.answers.flatMap { [$0.text, $0.why] } })
                }
            }, indexedCount: { $0.guidelines.count })
        case .story:
            return KindPages(pages: { $0.stories.indices.map(SitePages.Kind.story) }, searchRank: 3, indexed: { site in
                site.stories.map { Listed($0.info, url: site.urls.story($0.info.slug.value), kind: "story", disciplines: $0.disciplines.map(\.value)) }
            }, indexedCount: { $0.stories.count })
        case .page:
            return KindPages(pages: { $0.pages.indices.map(SitePages.Kind.page) }, searchRank: 4, indexed: { site in
                site.pages.map { Listed($0.info, url: site.urls.page($0.info.slug.value), kind: "page", disciplines: []) }
            }, indexedCount: { $0.pages.count })
        case .evaluation:
            return KindPages(pages: { ($0.results?.evaluations ?? []).indices.map(SitePages.Kind.evaluation) }, searchRank: 5, indexed: { site in
                (site.results?.evaluations ?? []).map { Listed($0.info, url: site.urls.evaluation($0.period), kind: "evaluation", disciplines: []) }
            }, indexedCount: { $0.results?.evaluations.count ?? 0 })
        case .home:
            // The home page is there without `_index.md`, too; search does not list its text.
            return KindPages(pages: { _ in [.home] }, searchRank: 6, indexed: { _ in [] }, indexedCount: { _ in 0 })
        }
    }
}
