import Foundation

/// Finds hub.yml's forbidden terms in every text the site publishes: hub.yml's own texts, every
/// front matter text, bodies (also across line breaks and markup), share texts, the readiness model
/// and the file names that become web addresses. Front matter, hub.yml and file names are also
/// searched for the term's web-address form (`projekt-nordlys`). An embargoed item gets a warning,
/// so the build on its publish morning does not fail by surprise.
enum ForbiddenTerms {
    /// Checks one document.
    /// `termsInText` are the terms found in the body's plain text (across line breaks and markup).
    static func check(_ info: DocumentInfo, shareTexts: [ShareText], termsInText: Set<String>,
                      embargoed: Bool, terms: [Located<String>], diagnostics: inout Diagnostics) {
        let start = SourceLocation(file: info.displayPath)
        for term in terms {
            func report(_ location: SourceLocation, _ place: MessageID? = nil, fix: MessageID = .forbiddenTermRemove) {
                if embargoed {
                    diagnostics.warning(message(term, place, fix: .forbiddenTermWhenPublished), at: location)
                } else {
                    diagnostics.error(message(term, place, fix: fix), at: location)
                }
            }
            for text in info.texts where found(term.value, in: text.value) { report(text.location) }
            if info.slug.location == start, TermSearch.containsAddressForm(term.value, in: info.slug.value) {
                report(start, .forbiddenTermInFileName, fix: .forbiddenTermRename)
            }
            let matches = TermSearch.matches(of: term.value, in: info.body)
            for (line, column) in matches {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column))
            }
            if matches.isEmpty, termsInText.contains(term.value) {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine), .forbiddenTermAcrossText)
            }
            for text in shareTexts {
                for (line, column) in TermSearch.matches(of: term.value, in: text.text) {
                    report(SourceLocation(file: text.location.file, line: text.location.line + 1 + line, column: column))
                }
            }
        }
    }

    /// Checks texts that are not part of a document, such as hub.yml's and the readiness model's.
    static func check(_ texts: [Located<String>], terms: [Located<String>], diagnostics: inout Diagnostics) {
        for term in terms {
            for text in texts where found(term.value, in: text.value) {
                diagnostics.error(message(term, fix: .forbiddenTermRemove), at: text.location)
            }
        }
    }

    /// Checks the names of the media files the site copies: they become web addresses.
    static func check(_ media: [MediaFile], terms: [Located<String>], diagnostics: inout Diagnostics) {
        for term in terms {
            for file in media where TermSearch.containsAddressForm(term.value, in: (file.path as NSString).lastPathComponent) {
                diagnostics.error(message(term, .forbiddenTermInFileName, fix: .forbiddenTermRename),
                                  at: SourceLocation(file: file.displayPath))
            }
        }
    }

    /// Says `term` is forbidden, found at `place` (a fragment such as "in the file name", or nowhere in particular),
    /// and what to do: `fix`.
    private static func message(_ term: Located<String>, _ place: MessageID? = nil, fix: MessageID) -> Message {
        Message(.forbiddenTerm, ["term": .text(term.value), "line": "\(term.location.line)",
                                 "place": place.map { .message(Message($0)) } ?? "", "fix": .message(Message(fix))])
    }

    /// Whether a front matter or settings text holds the term as words or in its web-address form.
    private static func found(_ term: String, in text: String) -> Bool {
        TermSearch.contains(term, in: text) || TermSearch.containsAddressForm(term, in: text)
    }
}
