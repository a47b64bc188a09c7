import AdvocacyCore
import AdvocacyTemplates

/// The share cards' editing tools (the theme's `card-tools` partial: the field, the buttons, the
/// notices and the platform tips, in the hub's language), rendered once for the whole site into a
/// script instead of into every item page. An item page with cards to edit loads it where the tools
/// stood, `<script src="…/card-tools.js"></script>` (not deferred, so it runs while the page is read,
/// before hub.js); it puts the partial's HTML in its own place as `<template id="card-tools">`, where
/// hub.js finds it as before. The script is one cached file from the hub's own host (`script-src
/// 'self'`); the tools need JavaScript anyway, so reading without it loses nothing.
enum CardToolsScript {
    package static let path = "assets/card-tools.js"

    /// The script of the tools of `pages`' site; nothing but a comment when the theme has no
    /// `card-tools` partial.
    static func render(_ pages: SitePages, theme: Theme) -> OutputFile {
        let frame = PageFrame(pages.shared, title: pages.words["item-texts"], summary: nil, section: nil, url: pages.site.urls.queue)
        var script = "// The share cards' tools, for hub.js: partials/card-tools.mustache, written once for every item page.\n"
        if theme.library.template("card-tools") != nil {
            let html = String(decoding: theme.render("card-tools", PageModel(frame: frame, content: CardToolsContent())), as: UTF8.self)
            script += "document.currentScript.insertAdjacentHTML(\"beforebegin\", " + JSON.string(html) + ");\n"
        }
        return OutputFile(path: path, contents: script)
    }
}

/// What the card tools show besides the frame's words.
struct CardToolsContent: PageContent {
    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        // The one attribute hub.js makes the share sheet's link from (see `ItemContent`).
        case .shareSheetSource: .text(ShareLink.shareSheetSource)
        default: nil
        }
    }
}
