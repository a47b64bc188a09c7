import Mustache

/// HTML escaping for `{{…}}` that scans bytes instead of looking every character up in a dictionary,
/// as swift-mustache's built-in escaping does. Every template is loaded with a pragma selecting it,
/// on the template's first line so line numbers in messages stay right.
struct FastHTML: MustacheContentType {
    static let name = "ADVOCACY_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTML(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
