import AdvocacyCore
import AdvocacyPublish

/// What goes into the week's digest, from the published site at its `now`.
extension SitePages {
    /// The digest of the week of `now`: items published in the 7 days up to `now`, items current
    /// after them and items expiring within the 7 days after `now`, each item once with its
    /// disciplines; the latest story. Seven days are counted on the hub's clock, so a week with a
    /// daylight-saving change has them too.
    package func digest() -> Digest {
        let now = site.now, urls = site.urls
        let weekAgo = clock.sameTime(now, days: -7), weekAhead = clock.sameTime(now, days: 7)
        let disclosureLabel = site.config.advertisingLabel
        func entry(_ item: PublishedItem) -> Digest.Item {
            let url = urls.shareItem(item.info.slug.value)
            let disciplines = site.disciplines.filter { discipline in item.disciplines.contains { $0.value == discipline.id } }
                .enumerated().map { index, discipline in
                    let card = url + "#" + Self.cardAnchor(item, discipline: discipline.id)
                    return Digest.Discipline(title: discipline.info.title.value, url: card, address: urls.absolute(card),
                                             isFirst: index == 0)
                }
            return Digest.Item(
                title: item.info.title.value, summary: item.info.summary ?? "", url: url, address: urls.absolute(url),
                link: item.link?.value, published: publishedText(item), expires: expiresText(item),
                disciplines: disciplines, disclosureLabel: item.sponsored ? disclosureLabel : nil)
        }
        let known = Set(site.disciplines.map(\.id))
        // The lists hold indices into the active items, which are read where they are, not copied.
        let active = site.activeItems
        var new: [Int] = [], staying: [Int] = [], expiring: [Int] = []
        for index in active.indices where active[index].item.disciplines.contains(where: { known.contains($0.value) }) {
            if let expires = active[index].item.expires?.value, expires <= weekAhead {
                expiring.append(index)
            } else if let publish = active[index].item.publish?.value, publish > weekAgo {
                new.append(index)
            } else {
                staying.append(index)
            }
        }
        let limit = Digest.listLimit
        let left = [new, staying, expiring].reduce(0) { $0 + max(0, $1.count - limit) }
        func listed(_ items: [Int]) -> [Digest.Item] { items.prefix(limit).map { entry(active[$0]) } }
        let story = site.stories.first { ($0.date?.value ?? now) <= now }.map { story in
            let url = urls.story(story.info.slug.value)
            return Digest.Story(title: story.info.title.value, summary: story.info.summary ?? "", url: url, address: urls.absolute(url))
        }
        let today = clock.localDay(now), week = ISOWeek(day: today)
        return Digest(
            hubTitle: site.config.title, language: site.config.language.rawValue, week: week,
            weekDate: "\(week.label)-\(today - week.monday + 1)",
            title: Placeholders.fill(words["digest-title"]) { $0 == "week" ? "\(week.number)" : nil },
            intro: words["digest-intro"], new: listed(new), staying: listed(staying), expiring: listed(expiring),
            more: left == 0 ? nil : words.counted("digest-more", left), moreURL: urls.queue, moreAddress: urls.absolute(urls.queue),
            story: story, pageAddress: urls.absolute(urls.digest), homeAddress: urls.absolute(urls.home),
            contacts: TeamMemberSummary.list(site.config.team.filter { $0.roles.contains(.commsContact) }, words: words))
    }

    /// The anchor of the first card of `item` for `discipline` on the item's page, or of the page's
    /// texts when the item has no text for it.
    static func cardAnchor(_ item: PublishedItem, discipline: String) -> String {
        item.shareTexts.firstIndex { $0.discipline.value == discipline }
            .map { ShareCardModel.id(texts: item.shareTexts, index: $0) } ?? "tekster"
    }
}
