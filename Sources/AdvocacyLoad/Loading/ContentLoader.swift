import Foundation
import AdvocacyCore

/// Loads a content folder into a `Hub`: `hub.yml`, every Markdown file's front matter, `readiness.yml`,
/// `results/metrics.csv` and the list of media. Markdown bodies are kept as text; they are rendered later.
public enum ContentLoader {
    /// Loads the folder at `path` (as given on the command line).
    public static func load(_ path: String) -> (Hub, Diagnostics) {
        let folder = ContentFolder(path)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(folder, diagnostics: &diagnostics)
        let loader = DocumentLoader(folder: folder, clock: HubClock(timeZone: config.timeZone))
        let files = markdownFiles(folder, diagnostics: &diagnostics).parallelMap { load($0, with: loader) }
        return assemble(config, files: files, folder: folder, diagnostics: diagnostics)
    }

    /// A Markdown file of the content folder and the kind of document it holds (by its folder).
    package struct MarkdownFile: Sendable {
        package let kind: DocumentKind
        package let path: String
    }

    /// What a Markdown file became: a model, or nothing when it has errors, and its findings.
    package struct LoadedFile: Sendable {
        package var path: String
        package var document: LoadedDocument?
        package var diagnostics: Diagnostics
    }

    /// The model a Markdown file became.
    package enum LoadedDocument: Sendable {
        case discipline(Discipline), share(ShareItem), story(Story), guideline(Guideline), page(Page), home(DocumentInfo)
        case evaluation(Evaluation)

        /// The document's path, title, slug and body.
        package var info: DocumentInfo {
            get {
                switch self {
                case .discipline(let discipline): discipline.info
                case .share(let item): item.info
                case .story(let story): story.info
                case .guideline(let guideline): guideline.info
                case .page(let page): page.info
                case .home(let home): home
                case .evaluation(let evaluation): evaluation.info
                }
            }
            set {
                switch self {
                case .discipline(var discipline): discipline.info = newValue; self = .discipline(discipline)
                case .share(var item): item.info = newValue; self = .share(item)
                case .story(var story): story.info = newValue; self = .story(story)
                case .guideline(var guideline): guideline.info = newValue; self = .guideline(guideline)
                case .page(var page): page.info = newValue; self = .page(page)
                case .home: self = .home(newValue)
                case .evaluation(var evaluation): evaluation.info = newValue; self = .evaluation(evaluation)
                }
            }
        }
    }

    /// The Markdown files of the folder, in order; what is not read is reported.
    package static func markdownFiles(_ folder: ContentFolder, diagnostics: inout Diagnostics) -> [MarkdownFile] {
        var files: [MarkdownFile] = []
        for kind in DocumentKind.allCases {
            guard let kindFolder = kind.folder else {
                if folder.entries(".").contains(DocumentKind.homePath) { files.append(MarkdownFile(kind: kind, path: DocumentKind.homePath)) }
                continue
            }
            for name in folder.entries(kindFolder, diagnostics: &diagnostics) {
                let path = kindFolder + "/" + name
                if folder.isDirectory(path) {
                    diagnostics.warning(.subfolderIgnored(kind: kindFolder),
                                        at: SourceLocation(file: folder.display(path)))
                } else if name.hasSuffix(".md") {
                    files.append(MarkdownFile(kind: kind, path: path))
                } else if kind == .evaluation {
                    if path != ResultsLoader.path {
                        diagnostics.warning(.resultsFileIgnored, at: SourceLocation(file: folder.display(path)))
                    }
                } else {
                    diagnostics.warning(.notMarkdownIgnored(kind: kindFolder),
                                        at: SourceLocation(file: folder.display(path)))
                }
            }
        }
        return files
    }

    /// The Markdown file at a content path as `markdownFiles` lists it, if it is in a folder that
    /// function reads (it still tells whether the file is there).
    package static func markdownFile(at path: String) -> MarkdownFile? {
        if path == DocumentKind.homePath { return MarkdownFile(kind: .home, path: path) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = DocumentKind.allCases.first(where: { $0.folder == String(parts[0]) }),
              parts[1].hasSuffix(".md"), !parts[1].hasPrefix(".") else { return nil }
        return MarkdownFile(kind: kind, path: path)
    }

    /// Reads one Markdown file's front matter into its model; the body is kept as text.
    package static func load(_ file: MarkdownFile, with loader: DocumentLoader) -> LoadedFile {
        var found = Diagnostics()
        let model: LoadedDocument? = switch file.kind {
        case .discipline: loader.discipline(file.path, diagnostics: &found).map(LoadedDocument.discipline)
        case .share: loader.shareItem(file.path, diagnostics: &found).map(LoadedDocument.share)
        case .story: loader.story(file.path, diagnostics: &found).map(LoadedDocument.story)
        case .guideline: loader.guideline(file.path, diagnostics: &found).map(LoadedDocument.guideline)
        case .page: loader.page(file.path, diagnostics: &found).map(LoadedDocument.page)
        case .evaluation: loader.evaluation(file.path, diagnostics: &found).map(LoadedDocument.evaluation)
        case .home: loader.home(file.path, diagnostics: &found).map(LoadedDocument.home)
        }
        return LoadedFile(path: file.path, document: model, diagnostics: found)
    }

    /// Puts loaded files together into a hub, in display order, with `readiness.yml` and the media.
    package static func assemble(_ config: HubConfig, files: [LoadedFile], folder: ContentFolder,
                         diagnostics: Diagnostics) -> (Hub, Diagnostics) {
        var diagnostics = diagnostics
        var evaluations: [Evaluation] = []
        var hub = Hub(config: config, home: nil, disciplines: [], shareItems: [], stories: [], guidelines: [],
                      pages: [], readiness: nil, media: [])
        for file in files {
            diagnostics.append(contentsOf: file.diagnostics)
            switch file.document {
            case .discipline(let d): hub.disciplines.append(d)
            case .share(let s): hub.shareItems.append(s)
            case .story(let s): hub.stories.append(s)
            case .guideline(let g): hub.guidelines.append(g)
            case .page(let p): hub.pages.append(p)
            case .home(let h): hub.home = h
            case .evaluation(let e): evaluations.append(e)
            case nil: hub.unreadable.insert(file.path)
            }
        }
        hub.disciplines.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        hub.guidelines.sort { ($0.order, $0.info.slug.value) < ($1.order, $1.info.slug.value) }
        hub.pages.sort { ($0.order, $0.info.slug.value) < ($1.order, $1.info.slug.value) }
        hub.readiness = ReadinessLoader.load(folder, diagnostics: &diagnostics)
        hub.results = ResultsLoader.load(folder, config: config, evaluations: evaluations, diagnostics: &diagnostics)
        hub.media = folder.mediaFiles(&diagnostics).map { MediaFile(path: $0, displayPath: folder.display($0)) }
        return (hub, diagnostics)
    }
}
