import Foundation

/// Finds hub.yml's forbidden terms in every text the site publishes: titles, summaries and other
/// front matter, bodies (also across line breaks and markup), share texts and the readiness model.
/// An embargoed item gets a warning, so the build on its publish morning does not fail by surprise.
enum ForbiddenTerms {
    /// Checks one document.
    /// `termsInText` are the terms found in the body's plain text (across line breaks and markup).
    static func check(_ info: DocumentInfo, frontMatter: [String], shareTexts: [ShareText], termsInText: Set<String>,
                      embargoed: Bool, terms: [Located<String>], diagnostics: inout Diagnostics) {
        for term in terms {
            func report(_ location: SourceLocation, _ place: String = "") {
                let message = "'\(term.value)' is on hub.yml's forbidden-terms list (line \(term.location.line))\(place); "
                if embargoed {
                    diagnostics.warning(message + "the build will fail when this item is published", at: location)
                } else {
                    diagnostics.error(message + "remove it from published text", at: location)
                }
            }
            if TermSearch.contains(term.value, in: info.title.value) { report(info.title.location) }
            if let summary = info.summary, TermSearch.contains(term.value, in: summary) {
                report(info.summaryLocation ?? info.title.location)
            }
            if frontMatter.contains(where: { TermSearch.contains(term.value, in: $0) }) {
                report(info.title.location, " in the front matter")
            }
            let matches = TermSearch.matches(of: term.value, in: info.body)
            for (line, column) in matches {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column))
            }
            if matches.isEmpty, termsInText.contains(term.value) {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine), " in the text (split across lines or by formatting)")
            }
            for text in shareTexts {
                for (line, column) in TermSearch.matches(of: term.value, in: text.text) {
                    report(SourceLocation(file: text.location.file, line: text.location.line + 1 + line, column: column))
                }
            }
        }
    }

    /// Checks the readiness model's names and descriptions.
    static func check(_ readiness: ReadinessModel?, terms: [Located<String>], diagnostics: inout Diagnostics) {
        for term in terms {
            for parameter in readiness?.phases.flatMap(\.parameters) ?? []
            where ([parameter.name] + parameter.levels).contains(where: { TermSearch.contains(term.value, in: $0) }) {
                diagnostics.error("'\(term.value)' is on hub.yml's forbidden-terms list (line \(term.location.line)); "
                    + "remove it from published text", at: parameter.location)
            }
        }
    }
}
