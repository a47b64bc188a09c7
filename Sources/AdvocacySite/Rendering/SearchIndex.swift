import AdvocacyCore
import AdvocacyPublish

/// `search-index.json`: what the search page searches, built from the published site only.
enum SearchIndex {
    package static func render(_ site: Site) -> String {
        let urls = site.urls
        var entries: [String] = []
        func add(_ info: DocumentInfo, url: String, kind: String, disciplines: [String]) {
            let text = site.body(info)?.plainText ?? ""
            entries.append("{\"title\":\(JSON.string(info.title.value)),\"summary\":\(JSON.string(info.summary ?? "")),"
                + "\"url\":\(JSON.string(url)),\"kind\":\(JSON.string(kind)),\"disciplines\":\(JSON.array(disciplines)),"
                + "\"text\":\(JSON.string(text))}")
        }
        for item in site.activeItems {
            add(item.info, url: urls.shareItem(item.info.slug.value), kind: "share", disciplines: item.disciplines.map(\.value))
        }
        for item in site.expiredItems {
            add(item.info, url: urls.shareItem(item.info.slug.value), kind: "archive", disciplines: item.disciplines.map(\.value))
        }
        for d in site.disciplines { add(d.info, url: urls.discipline(d.id), kind: "discipline", disciplines: [d.id]) }
        for g in site.guidelines { add(g.info, url: urls.guideline(g.info.slug.value), kind: "guideline", disciplines: []) }
        for s in site.stories {
            add(s.info, url: urls.story(s.info.slug.value), kind: "story", disciplines: s.disciplines.map(\.value))
        }
        for p in site.pages { add(p.info, url: urls.page(p.info.slug.value), kind: "page", disciplines: []) }
        for e in site.results?.evaluations ?? [] { add(e.info, url: urls.evaluation(e.period), kind: "evaluation", disciplines: []) }
        return "[\n" + entries.joined(separator: ",\n") + "\n]\n"
    }
}
