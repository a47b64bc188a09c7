import Foundation
import AdvocacyCore
import AdvocacyLoad

/// Writes a new content file with the right front matter, as `advocacy new` does.
public enum Scaffold {
    /// The kinds of file `new` can start.
    public enum Kind: String, CaseIterable, Sendable {
        case share, story, guideline

        /// The kind of document the file is.
        package var document: DocumentKind {
            switch self {
            case .share: .share
            case .story: .story
            case .guideline: .guideline
            }
        }

        /// The folder of the content folder the file is written to.
        package var folder: String { document.folder! }
    }

    /// Creates the file for `title` in the content folder and returns its path; refuses to overwrite.
    public static func create(_ kind: Kind, title: String, content: String, now: Date = Date()) throws(UsageError) -> String {
        let folder = ContentFolder(content)
        guard folder.exists else { throw ContentFolder.missing(content) }
        var ignored = Diagnostics()
        let config = HubConfigLoader.load(folder, diagnostics: &ignored)
        let slug = Slug.make(title)
        guard !slug.isEmpty else { throw UsageError(.newTitleGivesNoFileName(title: title)) }
        let relative = kind.folder + "/" + slug + ".md"
        let path = folder.absolute(relative)
        let clock = HubClock(timeZone: config.timeZone)
        let today = DateDisplay.isoDay(now, clock: clock)
        let twoWeeks = DateDisplay.isoDay(now.addingTimeInterval(13 * 86_400), clock: clock)
        let disciplines = folder.entries("disciplines").filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        let text = template(kind, title: title, today: today, until: twoWeeks, disciplines: disciplines, language: config.language)
        do {
            try FileManager.default.createDirectory(atPath: folder.absolute(kind.folder), withIntermediateDirectories: true)
        } catch {
            throw UsageError(.cannotWrite(path: folder.display(relative), reason: error.localizedDescription))
        }
        switch ExclusiveFile.create(path, Array(text.utf8)) {
        case 0: return folder.display(relative)
        case EEXIST: throw UsageError(.newFileExists(path: folder.display(relative)))
        case let code: throw UsageError(.cannotWrite(path: folder.display(relative), reason: systemReason(code)))
        }
    }

    /// A YAML double-quoted scalar holding `text`, one line without control characters, as it is.
    package static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// What a draft share item says besides its placeholders.
    package struct ShareDraft {
        package var title, summary, link: String
        package var disciplines: [String]
        /// `2026-12-01T08:00` and `2026-12-14`, in the hub's time zone.
        package var publish, expires: String
        /// `via:` of a curated item; nil for own content (no `source:` is written then).
        package var via: String?
    }

    /// A draft share item as `new` and `import` write it: the background and one share text per
    /// discipline are placeholders, which `check` lists until they are written. Texts are quoted;
    /// `new`'s example link is written as it is, as before.
    package static func shareDraft(_ draft: ShareDraft, language: HubLanguage) -> String {
        let blocks = draft.disciplines.map { "```share \($0) linkedin\n\(Starter.Placeholder.shareText.text(in: language))\n```" }
            .joined(separator: "\n\n")
        let curated = draft.via.map { "source: curated\nvia: \(quoted($0))\n" } ?? ""
        let link = draft.link == Starter.exampleLink(in: language) ? draft.link : quoted(draft.link)
        return """
        ---
        title: \(quoted(draft.title))
        summary: \(quoted(draft.summary))
        link: \(link)
        disciplines: [\(draft.disciplines.joined(separator: ", "))]
        publish: \(draft.publish)
        expires: \(draft.expires)
        best-time: "07:30-08:45"
        sponsored: false
        \(curated)draft: true
        ---
        \(Starter.Placeholder.background.text(in: language))

        \(blocks)

        """
    }

    /// The file `new` writes, its placeholders in `language`.
    package static func template(_ kind: Kind, title: String, today: String, until: String, disciplines: [String],
                         language: HubLanguage) -> String {
        let quoted = Self.quoted(title)
        let list = "[" + disciplines.joined(separator: ", ") + "]"
        switch kind {
        case .share:
            return shareDraft(ShareDraft(title: title, summary: "", link: Starter.exampleLink(in: language), disciplines: disciplines,
                                         publish: "\(today)T08:00", expires: until), language: language)
        case .story:
            return """
            ---
            title: \(quoted)
            summary: ""
            date: \(today)
            disciplines: \(list)
            person: ""
            role: ""
            results:
              - { label: \(Self.quoted(Starter.exampleResultLabel(in: language))), value: "0" }
            draft: true
            ---
            \(Starter.Placeholder.story.text(in: language))

            """
        case .guideline:
            return """
            ---
            title: \(quoted)
            summary: ""
            order: 100
            draft: true
            ---
            \(Starter.Placeholder.guideline.text(in: language))

            """
        }
    }
}
