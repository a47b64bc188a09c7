extension Hub {
    /// Every Markdown document of the hub, kind by kind in the order of `DocumentKind`: disciplines,
    /// share items, stories, guidelines, pages, evaluations, and the home page's text last.
    package var documents: [DocumentInfo] { DocumentKind.allCases.flatMap(documents(of:)) }

    /// Leaves out every document that `keep` says no to.
    package mutating func keepDocuments(where keep: (DocumentInfo) -> Bool) {
        for kind in DocumentKind.allCases { keepDocuments(of: kind, where: keep) }
    }
}
