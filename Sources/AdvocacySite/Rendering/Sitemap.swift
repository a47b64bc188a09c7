import AdvocacyCore

/// `sitemap.xml`: every published page.
enum Sitemap {
    /// The sitemap of the pages at `urls`, in their order.
    package static func render(urls: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { xml += "  <url><loc>\(HTML.escape(url))</loc></url>\n" }
        return xml + "</urlset>\n"
    }
}
