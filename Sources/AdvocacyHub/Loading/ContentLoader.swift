import Foundation

/// Loads a content folder into a `Hub`: `hub.yml`, every Markdown file's front matter, `readiness.yml`
/// and the list of media. Markdown bodies are kept as text; they are rendered later.
public enum ContentLoader {
    /// Loads the folder at `path` (as given on the command line).
    public static func load(_ path: String) -> (Hub, Diagnostics) {
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

        enum Loaded: Sendable {
            case discipline(Discipline), share(ShareItem), story(Story), guideline(Guideline), page(Page), home(DocumentInfo)
        }
        let loaded = files.parallelMap { file -> (Loaded?, Diagnostics) in
            var found = Diagnostics()
            let model: Loaded? = switch file.kind {
            case "disciplines": loader.discipline(file.path, diagnostics: &found).map(Loaded.discipline)
            case "share": loader.shareItem(file.path, diagnostics: &found).map(Loaded.share)
            case "stories": loader.story(file.path, diagnostics: &found).map(Loaded.story)
            case "guidelines": loader.guideline(file.path, diagnostics: &found).map(Loaded.guideline)
            case "pages": loader.page(file.path, diagnostics: &found).map(Loaded.page)
            default: loader.home(file.path, diagnostics: &found).map(Loaded.home)
            }
            return (model, found)
        }

        var hub = Hub(config: config, home: nil, disciplines: [], shareItems: [], stories: [], guidelines: [],
                      pages: [], readiness: nil, media: [])
        for (model, found) in loaded {
            diagnostics.append(contentsOf: found)
            switch model {
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
        hub.media = folder.mediaFiles(&diagnostics).map(MediaFile.init)
        return (hub, diagnostics)
    }
}
