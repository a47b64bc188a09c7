/// The template context of one share text shown as a card: the text, its length against the platform's
/// limit, the tagged link, the composer link and the disclosure rule.
struct ShareCard {
    static func context(_ text: ShareText, index: Int, item: ShareItem, site: Site, words: SiteStrings,
                        disciplineTitle: String, actions: Bool) -> [String: Any] {
        let config = site.config
        let tagged = item.link.map {
            ShareLink.tagged($0.value, platform: text.platform, medium: config.utmMedium,
                             campaign: item.info.slug.value, discipline: text.discipline.value)
        }
        let limit = config.limit(for: text.platform)
        let length = text.length(withLink: tagged != nil)
        var context: [String: Any] = [
            "id": "card-\(item.info.slug.value)-\(index + 1)",
            "discipline": text.discipline.value,
            "disciplineTitle": disciplineTitle,
            "platform": text.platform.rawValue,
            "platformName": text.platform.displayName,
            "text": text.text,
            "length": length,
            "limit": limit,
            "over": length > limit,
            "lengthLabel": Placeholders.fill(words["card-length"]) { name in
                name == "length" ? "\(length)" : name == "limit" ? "\(limit)" : nil
            },
            "actions": actions,
            "sponsored": item.sponsored,
            "disclosure": config.disclosure ?? "",
            "countsLink": text.platform == .x && tagged != nil,
        ]
        if let tagged { context["shareURL"] = tagged }
        if text.platform == .linkedin {
            let characters = Array(text.text)
            if characters.count > PostLength.linkedInFold {
                context["beforeFold"] = String(characters[..<PostLength.linkedInFold])
                context["afterFold"] = String(characters[PostLength.linkedInFold...])
                context["folds"] = true
            }
        }
        if actions, let composer = ShareLink.composer(text.platform, text: text.text, url: tagged) {
            context["composerURL"] = composer
            context["copyFirst"] = text.platform != .x
            context["composerLabel"] = words["card-open-\(text.platform.rawValue)"]
        }
        return context
    }
}
