import Foundation

/// `feed.xml`: an Atom feed (RFC 4287) of the active queue. Ids are stable and `updated` comes from the
/// content, never from the build clock.
enum AtomFeed {
    /// Entries in the feed: the newest of the queue, as feed readers expect.
    static let limit = 50

    static func render(_ site: Site) -> String {
        let urls = site.urls
        let idBase = "tag:advocacy-hub,2026:" + (Slug.make(site.config.title).isEmpty ? "hub" : Slug.make(site.config.title))
        let updated = site.activeItems.compactMap { $0.publish?.value }.max()
            ?? site.stories.compactMap { $0.date?.value }.max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.config.language.rawValue)">
          <title>\(HTML.escape(site.config.title))</title>
          <id>\(idBase)/</id>
          <updated>\(DateDisplay.rfc3339(updated))</updated>
          <author><name>\(HTML.escape(site.config.title))</name></author>
          <link rel="self" type="application/atom+xml" href="\(HTML.escape(urls.feed))"/>
          <link rel="alternate" type="text/html" href="\(HTML.escape(urls.queue))"/>

        """
        for item in site.activeItems.prefix(limit) {
            let published = item.publish?.value ?? updated
            xml += """
              <entry>
                <title>\(HTML.escape(item.info.title.value))</title>
                <id>\(idBase)/share/\(HTML.escape(item.info.slug.value))</id>
                <updated>\(DateDisplay.rfc3339(published))</updated>
                <published>\(DateDisplay.rfc3339(published))</published>
                <link rel="alternate" type="text/html" href="\(HTML.escape(urls.shareItem(item.info.slug.value)))"/>

            """
            for discipline in item.disciplines {
                xml += "    <category term=\"\(HTML.escape(discipline.value))\"/>\n"
            }
            if let summary = item.info.summary {
                xml += "    <summary>\(HTML.escape(summary))</summary>\n"
            }
            if let body = site.body(item.info) {
                xml += "    <content type=\"html\">\(HTML.escape(body.html))</content>\n"
            }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
