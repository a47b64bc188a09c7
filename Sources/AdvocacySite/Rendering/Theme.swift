import Foundation
import AdvocacyCore
import AdvocacyLoad
import AdvocacyTemplates

/// The templates, the site's own words and the static assets of `site-templates/`, loaded and
/// compiled once per build.
public struct Theme: Sendable {
    /// Every template, registered by its file name without `.mustache`, such as `home` or `share-card`.
    package let library: TemplateLibrary
    /// The site's own words in the hub's language.
    public let strings: SiteStrings
    /// The language of `strings`.
    public let language: HubLanguage
    /// Files under `assets/`, relative to the theme folder.
    public let assets: [String]
    /// The theme folder.
    public let root: String
    /// The text of every template and every word (month and weekday names are compared with the
    /// words on every page), for telling whether the theme changed between builds.
    package let signature: String

    /// The page templates the renderer uses.
    static let requiredTemplates = ["home", "queue", "share-item", "archive", "disciplines", "discipline", "guidelines",
                                    "guideline", "stories", "story", "page", "readiness", "search", "not-found"]

    /// Loads the theme at `path` in `language`, reporting template syntax errors, partials that do
    /// not exist and missing words.
    public static func load(_ path: String, language: HubLanguage) -> (Theme?, Diagnostics) {
        var diagnostics = Diagnostics()
        let folder = ContentFolder(path)
        var sources: [String: (display: String, text: String)] = [:]
        func collect(_ relative: String) {
            for name in folder.entries(relative) {
                let child = relative + "/" + name
                if folder.isDirectory(child) { collect(child) }
                else if name.hasSuffix(".mustache"), let text = try? SourceText.read(folder.absolute(child)) {
                    let templateName = String(name.dropLast(".mustache".count))
                    if let other = sources[templateName] {
                        diagnostics.error(.duplicateTemplateName(name: templateName, other: other.display),
                                          at: SourceLocation(file: folder.display(child)))
                    }
                    sources[templateName] = (folder.display(child), text)
                }
            }
        }
        collect("layouts")
        collect("partials")

        var library = TemplateLibrary(fields: TemplateField.numbered.map(\.rawValue))
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(source.text, named: name)
            } catch {
                diagnostics.error(.templateSyntaxError(reason: error.message),
                                  at: SourceLocation(file: source.display, line: error.line, column: error.column))
                continue
            }
            for reference in library.template(name)?.references ?? [] where sources[reference.name] == nil {
                diagnostics.error(.unknownPartial(name: reference.name),
                                  at: SourceLocation(file: source.display, line: reference.line, column: reference.column))
            }
        }
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in library.template(name)?.references ?? [] where library.reaches(reference.name, name) {
                diagnostics.error(.templateIncludesItself(name: reference.name, template: name),
                                  at: SourceLocation(file: source.display, line: reference.line, column: reference.column))
            }
        }
        for name in requiredTemplates where sources[name] == nil {
            diagnostics.error(.missingLayout(name: name), at: SourceLocation(file: folder.display("layouts/\(name).mustache")))
        }
        if sources["share-card"] == nil {
            diagnostics.error(.missingShareCard,
                              at: SourceLocation(file: folder.display("partials/share-card.mustache")))
        }
        let strings = SiteStrings.load(folder, language: language, diagnostics: &diagnostics)
        ThemeFields.check(library, files: sources.mapValues(\.display), strings: strings, diagnostics: &diagnostics)
        var assets: [String] = []
        func collectAssets(_ relative: String) {
            for name in folder.entries(relative) {
                let child = relative + "/" + name
                if folder.isDirectory(child) { collectAssets(child) } else { assets.append(child) }
            }
        }
        collectAssets("assets")
        // Two names Swift takes for one (é as one character, or as e and an accent) would be two
        // files in the site and one in its manifest, and the next build would refuse the output.
        assets = folder.withoutTwins(assets, &diagnostics)
        // Every file of the site is written once: a theme file at the path of one the site makes would replace it.
        if assets.contains(CardToolsScript.path) {
            diagnostics.error(.themeAssetWrittenBySite(path: CardToolsScript.path), at: SourceLocation(file: folder.display(CardToolsScript.path)))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let signature = sources.sorted { $0.key < $1.key }.map { $0.key + "\u{2}" + $0.value.text }.joined(separator: "\u{1}")
            + strings.words.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\u{1}")
        return (Theme(library: library, strings: strings, language: language, assets: assets, root: folder.root, signature: signature),
                diagnostics)
    }

    /// Renders a layout with a page's model into UTF-8 bytes.
    package func render(_ layout: String, _ model: PageModel) -> [UInt8] {
        library.renderBytes(layout, .object(model))
    }
}
