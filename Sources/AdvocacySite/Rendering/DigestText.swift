import AdvocacyCore

/// `digest/email.txt`: the digest email as plain text, for mail clients that show no HTML. Every text
/// of the content stays on its line (`line`), so a line break in a title or a name never starts a line
/// that reads as another item or contact.
enum DigestText {
    package static func render(_ digest: Digest, words: SiteStrings) -> String {
        func line(_ text: String) -> String { text.contains(where: \.isNewline) ? String(text.map { $0.isNewline ? " " : $0 }) : text }
        var lines = [line(digest.hubTitle), digest.title, "", digest.intro]
        func list(_ heading: String, _ items: [Digest.Item]) {
            guard !items.isEmpty else { return }
            lines += ["", "", heading.uppercased()]
            for item in items {
                lines.append("")
                lines.append("- " + line(item.title) + (item.disclosureLabel.map { " [\(line($0))]" } ?? "")
                             + (item.summary.isEmpty ? "" : ": " + line(item.summary)))
                var dates: [String] = []
                if let published = item.published { dates.append(words["published"] + " " + published) }
                if let expires = item.expires { dates.append(words["active-until"] + " " + expires) }
                if !dates.isEmpty { lines.append("  " + dates.joined(separator: " · ")) }
                if let link = item.link { lines.append("  " + words["digest-article"] + ": " + link) }
                lines.append("  " + words["digest-read"] + ": " + item.disciplines.map { line($0.title) }.joined(separator: " · "))
                for discipline in item.disciplines {
                    if let address = discipline.address { lines.append("    " + line(discipline.title) + ": " + address) }
                }
            }
        }
        if digest.isEmpty { lines += ["", words["digest-nothing"]] }
        list(words["digest-new"], digest.new)
        list(words["digest-staying"], digest.staying)
        list(words["digest-expiring"], digest.expiring)
        if let more = digest.more { lines += ["", more + (digest.moreAddress.map { ": " + $0 } ?? "")] }
        if let story = digest.story {
            lines += ["", "", words["digest-story"].uppercased(), line(story.title)]
            if !story.summary.isEmpty { lines.append(line(story.summary)) }
            if let address = story.address { lines.append(address) }
        }
        lines += ["", ""]
        if let page = digest.pageAddress { lines += [words["digest-open-hub"] + ": " + page, ""] }
        if !digest.contacts.isEmpty {
            lines.append(words["digest-contact"])
            for contact in digest.contacts {
                lines.append("- " + ([line(contact.name), contact.email] + [contact.teams.map { "Teams: " + $0 }]).compactMap { $0 }
                    .joined(separator: ", "))
            }
            lines.append("")
        }
        lines.append(words["digest-email-note"])
        return lines.joined(separator: "\n") + "\n"
    }
}
