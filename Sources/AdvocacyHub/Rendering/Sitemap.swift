/// `sitemap.xml`: every published page.
enum Sitemap {
    static func render(_ site: Site, pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pages {
            let url = site.urls.base + (path == "index.html" ? "" : String(path.dropLast("index.html".count)))
            xml += "  <url><loc>\(HTML.escape(url))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
