extension Hub {
    /// Every Markdown document of the hub, kind by kind: disciplines, share items, stories,
    /// guidelines, pages, evaluations, and the home page's text last. The one list of the kinds
    /// that every stage walks.
    package var documents: [DocumentInfo] {
        disciplines.map(\.info) + shareItems.map(\.info) + stories.map(\.info) + guidelines.map(\.info)
            + pages.map(\.info) + (results?.evaluations.map(\.info) ?? []) + [home].compactMap { $0 }
    }

    /// Leaves out every document that `keep` says no to.
    package mutating func keepDocuments(where keep: (DocumentInfo) -> Bool) {
        disciplines.removeAll { !keep($0.info) }
        shareItems.removeAll { !keep($0.info) }
        stories.removeAll { !keep($0.info) }
        guidelines.removeAll { !keep($0.info) }
        pages.removeAll { !keep($0.info) }
        results?.evaluations.removeAll { !keep($0.info) }
        if let home, !keep(home) { self.home = nil }
    }
}
