import AdvocacyCore

/// `digest/email.txt`: the digest email as plain text, for mail clients that show no HTML.
enum DigestText {
    package static func render(_ digest: Digest, words: SiteStrings) -> String {
        var lines = [digest.hubTitle, digest.title, "", digest.intro]
        func list(_ heading: String, _ items: [Digest.Item]) {
            guard !items.isEmpty else { return }
            lines += ["", heading + ":"]
            for item in items {
                lines.append("- " + item.title + (item.summary.isEmpty ? "" : ": " + item.summary))
                var dates: [String] = []
                if let published = item.published { dates.append(words["published"] + " " + published) }
                if let expires = item.expires { dates.append(words["active-until"] + " " + expires) }
                if !dates.isEmpty { lines.append("  " + dates.joined(separator: " · ")) }
                if let address = item.address { lines.append("  " + words["digest-read"] + ": " + address) }
                if let link = item.link { lines.append("  " + words["digest-article"] + ": " + link) }
            }
        }
        for section in digest.sections {
            lines += ["", "", section.title.uppercased()]
            if let address = section.address { lines.append(address) }
            if section.isEmpty { lines += ["", words["digest-nothing"]] }
            list(words["digest-new"], section.new)
            list(words["digest-staying"], section.staying)
            list(words["digest-expiring"], section.expiring)
            if let more = section.more { lines += ["", more + (section.address.map { ": " + $0 } ?? "")] }
        }
        if let story = digest.story {
            lines += ["", "", words["digest-story"].uppercased(), story.title]
            if !story.summary.isEmpty { lines.append(story.summary) }
            if let address = story.address { lines.append(address) }
        }
        lines += ["", ""]
        if let page = digest.pageAddress { lines += [words["digest-open-hub"] + ": " + page, ""] }
        lines.append(words["digest-email-note"])
        return lines.joined(separator: "\n") + "\n"
    }
}
