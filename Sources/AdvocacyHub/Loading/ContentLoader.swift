import Foundation

/// Loads a content folder into a `Hub`: `hub.yml`, every Markdown file's front matter, `readiness.yml`
/// and the list of media. Markdown bodies are kept as text; they are rendered later.
public enum ContentLoader {
    /// Loads the folder at `path` (as given on the command line).
    public static func load(_ path: String) -> (Hub, Diagnostics) {
        let result = load(path, reusing: [:])
        return (result.hub, result.diagnostics)
    }

    /// A Markdown file as loaded, kept between the builds of a session.
    struct LoadedFile: Sendable {
        var stamp: FileStamp?
        var document: LoadedDocument?
        var diagnostics: Diagnostics
    }

    /// The model a Markdown file became.
    enum LoadedDocument: Sendable {
        case discipline(Discipline), share(ShareItem), story(Story), guideline(Guideline), page(Page), home(DocumentInfo)
    }

    /// What a load found, with the files it read and which of them differ from `previous`.
    struct Result {
        var hub: Hub
        var diagnostics: Diagnostics
        var files: [String: LoadedFile]
        var changed: Set<String>
    }

    /// Loads the folder, taking every Markdown file whose stamp is unchanged from `previous` instead of
    /// reading it again. `previous` must come from a load with the same hub.yml.
    static func load(_ path: String, reusing previous: [String: LoadedFile]) -> Result {
        let folder = ContentFolder(path)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(folder, diagnostics: &diagnostics)
        let loader = DocumentLoader(folder: folder, clock: HubClock(timeZone: config.timeZone))

        var files: [(kind: String, path: String)] = []
        for kind in ContentFolder.markdownFolders {
            for name in folder.entries(kind) {
                let path = kind + "/" + name
                if folder.isDirectory(path) {
                    diagnostics.warning("folder ignored: \(kind)/ holds Markdown files directly, not in subfolders",
                                        at: SourceLocation(file: folder.display(path)))
                } else if name.hasSuffix(".md") {
                    files.append((kind, path))
                } else {
                    diagnostics.warning("ignored: not a Markdown file (only .md files in \(kind)/ are read)",
                                        at: SourceLocation(file: folder.display(path)))
                }
            }
        }
        if folder.entries(".").contains("_index.md") { files.append(("home", "_index.md")) }

        let loaded = files.parallelMap { file -> (path: String, file: LoadedFile, changed: Bool) in
            let stamp = FileStamp(folder.absolute(file.path))
            if let stamp, let earlier = previous[file.path], earlier.stamp == stamp {
                return (file.path, earlier, false)
            }
            var found = Diagnostics()
            let model: LoadedDocument? = switch file.kind {
            case "disciplines": loader.discipline(file.path, diagnostics: &found).map(LoadedDocument.discipline)
            case "share": loader.shareItem(file.path, diagnostics: &found).map(LoadedDocument.share)
            case "stories": loader.story(file.path, diagnostics: &found).map(LoadedDocument.story)
            case "guidelines": loader.guideline(file.path, diagnostics: &found).map(LoadedDocument.guideline)
            case "pages": loader.page(file.path, diagnostics: &found).map(LoadedDocument.page)
            default: loader.home(file.path, diagnostics: &found).map(LoadedDocument.home)
            }
            return (file.path, LoadedFile(stamp: stamp, document: model, diagnostics: found), true)
        }

        var hub = Hub(config: config, home: nil, disciplines: [], shareItems: [], stories: [], guidelines: [],
                      pages: [], readiness: nil, media: [])
        var kept: [String: LoadedFile] = [:]
        var changed = Set(previous.keys).subtracting(files.map(\.path))
        for (path, file, isChanged) in loaded {
            kept[path] = file
            if isChanged { changed.insert(path) }
            diagnostics.append(contentsOf: file.diagnostics)
            switch file.document {
            case .discipline(let d): hub.disciplines.append(d)
            case .share(let s): hub.shareItems.append(s)
            case .story(let s): hub.stories.append(s)
            case .guideline(let g): hub.guidelines.append(g)
            case .page(let p): hub.pages.append(p)
            case .home(let h): hub.home = h
            case nil: break
            }
        }
        hub.disciplines.sort { ($0.order, $0.id) < ($1.order, $1.id) }
        hub.guidelines.sort { ($0.order, $0.info.slug.value) < ($1.order, $1.info.slug.value) }
        hub.pages.sort { ($0.order, $0.info.slug.value) < ($1.order, $1.info.slug.value) }
        hub.readiness = ReadinessLoader.load(folder, diagnostics: &diagnostics)
        hub.media = folder.mediaFiles(&diagnostics).map { MediaFile(path: $0, displayPath: folder.display($0)) }
        return Result(hub: hub, diagnostics: diagnostics, files: kept, changed: changed)
    }
}
