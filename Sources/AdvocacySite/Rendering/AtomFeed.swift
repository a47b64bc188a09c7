import Foundation
import AdvocacyCore
import AdvocacyPublish

/// `feed.xml`: an Atom feed (RFC 4287) of the active queue, and `disciplines/<id>/feed.xml` of one
/// discipline's part of it. Ids are stable and `updated` comes from the content, never from the build
/// clock. Links are absolute when hub.yml has `site-url`, as feed readers need.
enum AtomFeed {
    /// Entries in the feed: the newest of the queue, as feed readers expect.
    package static let limit = 50

    /// Where the items of the feed of the whole queue, or of `discipline`'s items only, are in
    /// `site.activeItems`, before the limit.
    private static func items(_ site: Site, discipline: Discipline?) -> [Int] {
        discipline.map { Array(site.active(in: $0.id)) } ?? Array(site.activeItems.indices)
    }

    /// The content paths of the items whose bodies the feeds show.
    static func itemsShown(_ site: Site) -> Set<String> {
        let feeds = [nil] + site.disciplines.map(Optional.some)
        return Set(feeds.flatMap { items(site, discipline: $0).prefix(limit).map { site.activeItems[$0].item.info.path } })
    }

    /// The feed of the whole queue, or of `discipline`'s items only, as UTF-8: the bodies are escaped
    /// straight into it.
    package static func render(_ site: Site, discipline: Discipline? = nil) -> [UInt8] {
        let urls = site.urls
        func link(_ url: String) -> String { HTML.escape(urls.absolute(url) ?? url) }
        let idBase = "tag:advocacy-hub,2026:" + (Slug.make(site.config.title).isEmpty ? "hub" : Slug.make(site.config.title))
        let items = items(site, discipline: discipline)
        let title = site.config.title + (discipline.map { " – " + $0.info.title.value } ?? "")
        let updated = items.compactMap { site.activeItems[$0].item.publish?.value }.max()
            ?? site.stories.compactMap { $0.date?.value }.max() ?? Date(timeIntervalSince1970: 0)
        let head = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(site.config.language.rawValue)"\(urls.absolute(urls.home).map { " xml:base=\"\(HTML.escape($0))\"" } ?? "")>
          <title>\(HTML.escape(title))</title>
          <id>\(idBase)/\(discipline.map { "disciplines/" + HTML.escape($0.id) + "/" } ?? "")</id>
          <updated>\(DateDisplay.rfc3339(updated))</updated>
          <author><name>\(HTML.escape(site.config.title))</name></author>
          <link rel="self" type="application/atom+xml" href="\(link(discipline.map { urls.disciplineFeed($0.id) } ?? urls.feed))"/>
          <link rel="alternate" type="text/html" href="\(link(discipline.map { urls.discipline($0.id) } ?? urls.queue))"/>

        """
        var xml = Array(head.utf8)
        for index in items.prefix(limit) {
            let item = site.activeItems[index].item
            let published = item.publish?.value ?? updated
            xml += """
              <entry>
                <title>\(HTML.escape(item.info.title.value))</title>
                <id>\(idBase)/share/\(HTML.escape(item.info.slug.value))</id>
                <updated>\(DateDisplay.rfc3339(published))</updated>
                <published>\(DateDisplay.rfc3339(published))</published>
                <link rel="alternate" type="text/html" href="\(link(urls.shareItem(item.info.slug.value)))"/>

            """.utf8
            for discipline in item.disciplines {
                xml += "    <category term=\"\(HTML.escape(discipline.value))\"/>\n".utf8
            }
            if let summary = item.info.summary {
                xml += "    <summary>\(HTML.escape(summary))</summary>\n".utf8
            }
            if let body = site.body(item.info) {
                xml += "    <content type=\"html\">".utf8
                if body.htmlHoldsNoUnsafeCharacters {
                    // `HTML.escape` without its look for the characters no output may hold: there are none.
                    body.htmlUTF8.withUnsafeBufferPointer { HTML.appendEscaped($0, to: &xml) }
                } else {
                    xml += HTML.escape(body.html).utf8
                }
                xml += "</content>\n".utf8
            }
            xml += "  </entry>\n".utf8
        }
        return xml + "</feed>\n".utf8
    }
}
