import AdvocacyCore
import AdvocacyPublish

/// What goes into the week's digest, from the published site at its `now`.
extension SitePages {
    /// The digest of the week of `now`: items published in the 7 days up to `now`, items current
    /// after them and items expiring within the 7 days after `now`, by discipline; the latest story.
    /// Seven days are counted on the hub's clock, so a week with a daylight-saving change has them too.
    package func digest() -> Digest {
        let now = site.now, urls = site.urls
        let weekAgo = clock.sameTime(now, days: -7), weekAhead = clock.sameTime(now, days: 7)
        func entry(_ item: PublishedItem, discipline: String) -> Digest.Item {
            let url = urls.shareItem(item.info.slug.value)
            return Digest.Item(
                title: item.info.title.value, summary: item.info.summary ?? "", url: url, address: urls.absolute(url),
                link: item.link.map { ShareLink.digest($0.value, medium: site.config.utmMedium, campaign: item.info.slug.value,
                                                       discipline: discipline) },
                published: publishedText(item), expires: expiresText(item))
        }
        let sections = site.disciplines.map { discipline in
            var new: [PublishedItem] = [], staying: [PublishedItem] = [], expiring: [PublishedItem] = []
            for item in site.active(in: discipline.id) {
                if let expires = item.expires?.value, expires <= weekAhead {
                    expiring.append(item)
                } else if let publish = item.publish?.value, publish > weekAgo {
                    new.append(item)
                } else {
                    staying.append(item)
                }
            }
            let url = urls.discipline(discipline.id), limit = Digest.listLimit
            let left = [new, staying, expiring].reduce(0) { $0 + max(0, $1.count - limit) }
            let more = left == 0 ? nil : words.counted("digest-more", left)
            func listed(_ items: [PublishedItem]) -> [Digest.Item] { items.prefix(limit).map { entry($0, discipline: discipline.id) } }
            return Digest.Section(id: discipline.id, title: discipline.info.title.value, url: url, address: urls.absolute(url),
                                  new: listed(new), staying: listed(staying), expiring: listed(expiring), more: more)
        }
        let story = site.stories.first { ($0.date?.value ?? now) <= now }.map { story in
            let url = urls.story(story.info.slug.value)
            return Digest.Story(title: story.info.title.value, summary: story.info.summary ?? "", url: url, address: urls.absolute(url))
        }
        let today = clock.localDay(now), week = ISOWeek(day: today)
        return Digest(
            hubTitle: site.config.title, language: site.config.language.rawValue, week: week,
            weekDate: "\(week.label)-\(today - week.monday + 1)",
            title: Placeholders.fill(words["digest-title"]) { $0 == "week" ? "\(week.number)" : nil },
            intro: words["digest-intro"], sections: sections, story: story,
            pageAddress: urls.absolute(urls.digest), homeAddress: urls.absolute(urls.home))
    }
}
