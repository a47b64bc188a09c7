import Foundation
import Mustache

/// The templates, the site's own words and the static assets of `site-templates/`, loaded and
/// compiled once per build.
public struct Theme: Sendable {
    /// Every template, registered by its file name without `.mustache`, such as `home` or `share-card`.
    let library: MustacheLibrary
    /// The site's own words in the hub's language.
    public let strings: SiteStrings
    /// The language of `strings`.
    public let language: HubLanguage
    /// Files under `assets/`, relative to the theme folder.
    public let assets: [String]
    /// The theme folder.
    public let root: String
    /// The text of every template and word, for telling whether the theme changed between builds.
    let signature: String
    /// Share cards rendered by shape.
    let cardShapes: TemplateShapes
    /// Whether no template computes with numbers, so shapes can mark them like texts.
    let marksNumbers: Bool

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
                        diagnostics.error("two templates are named '\(templateName)' (also \(other.display)); names must be unique",
                                          at: SourceLocation(file: folder.display(child)))
                    }
                    sources[templateName] = (folder.display(child), text)
                }
            }
        }
        collect("layouts")
        collect("partials")

        _ = FastHTML.registered
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(FastHTML.pragma + source.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma that selects the fast escaping sits on line 1, before the template's own text.
                let line = error.context.lineNumber
                let column = error.context.columnNumber - (line == 1 ? FastHTML.pragma.count : 0)
                diagnostics.error("template syntax error: \(describe(error.error))",
                                  at: SourceLocation(file: source.display, line: line, column: max(1, column)))
            } catch {
                diagnostics.error("template error: \(error)", at: SourceLocation(file: source.display))
            }
            for reference in partialReferences(source.text) where sources[reference.name] == nil {
                diagnostics.error("the template names the partial '\(reference.name)', which does not exist; "
                    + "templates are named by their file name without .mustache, such as share-card",
                    at: SourceLocation(file: source.display, line: reference.line, column: reference.column))
            }
        }
        for name in requiredTemplates where sources[name] == nil {
            diagnostics.error("the theme has no \(name).mustache", at: SourceLocation(file: folder.display("layouts/\(name).mustache")))
        }
        if sources["share-card"] == nil {
            diagnostics.error("the theme has no share-card.mustache; share cards are rendered with it",
                              at: SourceLocation(file: folder.display("partials/share-card.mustache")))
        }
        let strings = SiteStrings.load(folder, language: language, diagnostics: &diagnostics)
        var assets: [String] = []
        func collectAssets(_ relative: String) {
            for name in folder.entries(relative) {
                let child = relative + "/" + name
                if folder.isDirectory(child) { collectAssets(child) } else { assets.append(child) }
            }
        }
        collectAssets("assets")
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let signature = sources.sorted { $0.key < $1.key }.map { $0.key + "\u{2}" + $0.value.text }.joined(separator: "\u{1}")
            + strings.words.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "\u{1}")
        let marksNumbers = sources.values.allSatisfy { TemplateShapes.marksNumbers($0.text) }
        return (Theme(library: library, strings: strings, language: language, assets: assets, root: folder.root, signature: signature,
                      cardShapes: TemplateShapes(markNumbers: marksNumbers, constants: ["t"]), marksNumbers: marksNumbers),
                diagnostics)
    }

    /// Renders a template with a context.
    func render(_ template: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// Shapes for the pages of one build, whose words and settings are the same on every page.
    func pageShapes() -> TemplateShapes {
        TemplateShapes(markNumbers: marksNumbers, constants: ["t", "site"])
    }

    /// Renders a template with a context, by shape.
    func render(_ template: String, _ context: [String: Any], shapes: TemplateShapes) -> String {
        shapes.render(template, context) { render(template, $0) }
    }

    /// Renders a share card, by shape.
    func renderCard(_ context: [String: Any]) -> String {
        render("share-card", context, shapes: cardShapes)
    }

    /// `{{> name}}` and `{{< name}}` tags with their lines and columns.
    static func partialReferences(_ text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "}}") else { break }
                let tag = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if tag.hasPrefix(">") || tag.hasPrefix("<") {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty && !name.hasPrefix("*") {
                        found.append((name, index + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                    }
                }
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "malformed set-delimiter tag"
        default: "\(error)"
        }
    }
}
