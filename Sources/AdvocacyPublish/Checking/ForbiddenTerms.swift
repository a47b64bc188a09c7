import Foundation
import AdvocacyCore
import AdvocacyLoad

/// Finds hub.yml's forbidden terms in every text the site publishes: hub.yml's own texts, every
/// front matter text, bodies (also across line breaks and markup), share texts, the readiness model
/// and the file names that become web addresses. Front matter, hub.yml and file names are also
/// searched for the term's web-address form (`projekt-nordlys`). An embargoed item gets a warning,
/// so the build on its publish morning does not fail by surprise.
enum ForbiddenTerms {
    /// Checks one document. `search` finds `terms`, in the same order. `inBody` are the terms' matches
    /// in the body's Markdown source (`SourceTerms`), by their index;
    /// `termsInText` are the terms found in the body's plain text (across line breaks and markup), and
    /// `termsInAddresses` those in the addresses its links lead to.
    package static func check(_ info: DocumentInfo, inBody: [Int: [(line: Int, column: Int)]], shareTexts: [ShareText], termsInText: Set<String>,
                              termsInAddresses: [AddressTerm], embargoed: Bool, terms: [Located<String>], search: TermSearch,
                              diagnostics: inout Diagnostics) {
        guard !terms.isEmpty else { return }
        let start = SourceLocation(file: info.displayPath)
        let inTexts = info.texts.map { found(search, in: $0.value) }
        let inSlug = info.slug.location == start ? search.foundAsAddress(in: info.slug.value) : []
        // A share text's addresses are published as they are written: a term in one is found in its address form too.
        let inShareTexts = shareTexts.map { text in
            search.matches(in: text.text).merging(search.matchesInAddresses(in: text.text)) { words, addresses in
                (words + addresses).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            }
        }
        let termsInText = Set(termsInText.flatMap { search.indices(of: $0) })
        let inAddresses = termsInAddresses.flatMap { found in search.indices(of: found.term).map { (index: $0, found: found) } }
        var present = inSlug.union(inBody.keys).union(termsInText).union(inAddresses.map(\.index))
        for set in inTexts { present.formUnion(set) }
        for matches in inShareTexts { present.formUnion(matches.keys) }
        for index in present.sorted() {
            let term = terms[index]
            func report(_ location: SourceLocation, _ place: MessageID? = nil, fix: MessageID = .forbiddenTermRemove) {
                Self.report(term, place, fix: fix, embargoed: embargoed ? .forbiddenTermWhenPublished : nil, at: location, &diagnostics)
            }
            for (text, found) in zip(info.texts, inTexts) where found.contains(index) { report(text.location) }
            if inSlug.contains(index) {
                report(start, .forbiddenTermInFileName, fix: .forbiddenTermRename)
            }
            let matches = inBody[index] ?? []
            for (line, column) in matches {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column))
            }
            if matches.isEmpty, termsInText.contains(index) {
                report(SourceLocation(file: info.displayPath, line: info.bodyLine), .forbiddenTermAcrossText)
            }
            for address in inAddresses where address.index == index {
                report(address.found.location, .forbiddenTermInLink(url: address.found.url))
            }
            for (text, found) in zip(shareTexts, inShareTexts) {
                for (line, column) in found[index] ?? [] {
                    report(SourceLocation(file: text.location.file, line: text.location.line + 1 + line, column: text.fileColumn(column, onLine: line)))
                }
            }
        }
    }

    /// Checks texts that are not part of a document, such as hub.yml's and the readiness model's.
    package static func check(_ texts: [Located<String>], terms: [Located<String>], search: TermSearch, diagnostics: inout Diagnostics) {
        guard !terms.isEmpty else { return }
        let found = texts.map { Self.found(search, in: $0.value) }
        for index in found.reduce(into: Set<Int>(), { $0.formUnion($1) }).sorted() {
            for (text, found) in zip(texts, found) where found.contains(index) {
                diagnostics.error(message(terms[index], fix: .forbiddenTermRemove), at: text.location)
            }
        }
    }

    /// Checks the names of the media files the site copies and of the folders below media/ that hold
    /// them: each becomes part of a web address. A folder is named once, at its own path. Those of
    /// media only `embargoed` items use get a warning, as the build fails once they are copied.
    package static func check(_ media: [MediaFile], embargoed: Bool = false, terms: [Located<String>], search: TermSearch,
                              diagnostics: inout Diagnostics) {
        guard !terms.isEmpty else { return }
        var names: [(name: String, location: SourceLocation, folder: String?)] = []
        var folders = Set<String>()
        for file in media {
            names.append((file.path.lastPathName, SourceLocation(file: file.displayPath), nil))
            var folder = file.path.parentPath
            while folder.contains("/") && folders.insert(folder).inserted {
                // The display path ends with the content path, so the folder's is the file's cut as long.
                let display = String(decoding: file.displayPath.utf8.dropLast(file.path.utf8.count - folder.utf8.count), as: UTF8.self)
                names.append((folder.lastPathName, SourceLocation(file: display), folder))
                folder = folder.parentPath
            }
        }
        let found = names.map { search.foundAsAddress(in: $0.name) }
        // A term a file's names hold only together (`media/projekt/nordlys.svg`) is in its address too.
        let acrossNames = media.map { file -> Set<Int> in
            let parts = file.path.split(separator: "/").dropFirst().map(String.init)
            let inParts = parts.reduce(into: Set<Int>()) { $0.formUnion(search.foundAsAddress(in: $1)) }
            return search.foundAsAddress(in: parts.joined(separator: "-")).subtracting(inParts)
        }
        let present = (found + acrossNames).reduce(into: Set<Int>()) { $0.formUnion($1) }
        for index in present.sorted() {
            func report(_ place: MessageID, fix: MessageID, at location: SourceLocation) {
                Self.report(terms[index], place, fix: fix, embargoed: embargoed ? .forbiddenTermWhenUserPublished : nil, at: location, &diagnostics)
            }
            for (name, found) in zip(names, found) where found.contains(index) {
                if let folder = name.folder {
                    report(.forbiddenTermInFolderName(folder: folder), fix: .forbiddenTermRenameFolder, at: name.location)
                } else {
                    report(.forbiddenTermInFileName, fix: .forbiddenTermRename, at: name.location)
                }
            }
            for (file, across) in zip(media, acrossNames) where across.contains(index) {
                report(.forbiddenTermInPath(path: file.path), fix: .forbiddenTermRenamePath, at: SourceLocation(file: file.displayPath))
            }
        }
    }

    /// Reports `term` at `location`: an error that says to `fix` it, or, where it is not yet published,
    /// a warning that says what will happen then (`embargoed`).
    private static func report(_ term: Located<String>, _ place: MessageID?, fix: MessageID, embargoed: MessageID?,
                               at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        if let embargoed {
            diagnostics.warning(message(term, place, fix: embargoed), at: location)
        } else {
            diagnostics.error(message(term, place, fix: fix), at: location)
        }
    }

    /// Says `term` is forbidden, found at `place` (a fragment such as "in the file name", or nowhere in particular),
    /// and what to do: `fix`.
    private static func message(_ term: Located<String>, _ place: MessageID? = nil, fix: MessageID) -> Message {
        Message(.forbiddenTerm(term: term.value, line: "\(term.location.line)", place: place.map(Message.init), fix: Message(fix)))
    }

    /// The terms a front matter or settings text holds as words or in their web-address form.
    private static func found(_ search: TermSearch, in text: String) -> Set<Int> {
        search.found(in: text).union(search.foundAsAddress(in: text))
    }
}
