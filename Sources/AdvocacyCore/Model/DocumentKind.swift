/// The kinds of Markdown document a hub holds: the one list of them. Each stage handles a kind in
/// one switch over this type (the hub's lists here, the loader in `ContentLoader.load`, links, checks
/// and `serve`'s edits in `DocumentKind.publishing`, pages and the search index in
/// `DocumentKind.site`), so the compiler asks every stage about a new kind.
/// The order of the cases is the order documents are listed in: `Hub.documents`, the files loaded,
/// the bodies rendered and the documents checked.
package enum DocumentKind: CaseIterable, Sendable {
    case discipline, share, story, guideline, page, evaluation
    /// `_index.md`: the home page's own text.
    case home

    /// The folder of the content folder whose Markdown files are of this kind; nil for the home
    /// page's text, which is the one file `_index.md`.
    package var folder: String? {
        switch self {
        case .discipline: "disciplines"
        case .share: "share"
        case .story: "stories"
        case .guideline: "guidelines"
        case .page: "pages"
        case .evaluation: "results"
        case .home: nil
        }
    }

    /// The content path of the home page's text.
    package static let homePath = "_index.md"
}

extension Hub {
    /// The documents of one kind, in the hub's order.
    package func documents(of kind: DocumentKind) -> [DocumentInfo] {
        switch kind {
        case .discipline: disciplines.map(\.info)
        case .share: shareItems.map(\.info)
        case .story: stories.map(\.info)
        case .guideline: guidelines.map(\.info)
        case .page: pages.map(\.info)
        case .evaluation: results?.evaluations.map(\.info) ?? []
        case .home: [home].compactMap { $0 }
        }
    }

    /// Leaves out the documents of one kind that `keep` says no to; the others keep their order.
    package mutating func keepDocuments(of kind: DocumentKind, where keep: (DocumentInfo) -> Bool) {
        switch kind {
        case .discipline: disciplines.removeAll { !keep($0.info) }
        case .share: shareItems.removeAll { !keep($0.info) }
        case .story: stories.removeAll { !keep($0.info) }
        case .guideline: guidelines.removeAll { !keep($0.info) }
        case .page: pages.removeAll { !keep($0.info) }
        case .evaluation: results?.evaluations.removeAll { !keep($0.info) }
        case .home: if let home, !keep(home) { self.home = nil }
        }
    }
}
