import AdvocacyCore

/// `digest/slack.json`: the digest as a Slack incoming-webhook message in Block Kit blocks, with a
/// plain `text` for notifications.
struct SlackMessage: Encodable {
    /// A text object: `plain_text` or `mrkdwn`.
    struct Text: Encodable {
        package let type: String
        package let text: String
    }

    /// A block: header, section, divider or context. Unused fields stay out of the JSON.
    struct Block: Encodable {
        package let type: String
        package var text: Text?
        package var elements: [Text]?
    }

    package let text: String
    package let blocks: [Block]

    /// The message of a digest; links to the hub's pages only with `site-url`.
    package init(_ digest: Digest, words: SiteStrings) {
        func link(_ title: String, _ address: String?) -> String {
            address.map { "<\(Self.escape($0))|\(Self.escape(title))>" } ?? Self.escape(title)
        }
        var blocks = [Block(type: "header", text: Text(type: "plain_text", text: digest.title)),
                      Block(type: "section", text: Text(type: "mrkdwn", text: Self.escape(digest.intro)))]
        if digest.isEmpty { blocks.append(Block(type: "section", text: Text(type: "mrkdwn", text: "_" + Self.escape(words["digest-nothing"]) + "_"))) }
        for (heading, list) in [("digest-new", digest.new), ("digest-staying", digest.staying),
                                ("digest-expiring", digest.expiring)] where !list.isEmpty {
            var lines = ["*" + Self.escape(words[heading]) + "*"]
            for item in list {
                lines.append("• " + link(item.title, item.address)
                             + (item.disclosureLabel.map { " [\(Self.escape($0))]" } ?? "")
                             + (item.expires.map { " (\(Self.escape(words["active-until"] + " " + $0)))" } ?? ""))
                lines.append("     " + Self.escape(words["digest-read"]) + ": "
                             + item.disciplines.map { link($0.title, $0.address) }.joined(separator: " · "))
            }
            blocks += [Block(type: "divider"), Block(type: "section", text: Text(type: "mrkdwn", text: lines.joined(separator: "\n")))]
        }
        if let more = digest.more {
            blocks.append(Block(type: "section", text: Text(type: "mrkdwn", text: link(more, digest.moreAddress))))
        }
        if let story = digest.story {
            blocks += [Block(type: "divider"), Block(type: "section", text: Text(
                type: "mrkdwn", text: "*" + Self.escape(words["digest-story"]) + "*\n" + link(story.title, story.address)))]
        }
        var footer = Self.escape(words["digest-email-note"])
        if let page = digest.pageAddress { footer = link(words["digest-open-hub"], page) + " · " + footer }
        blocks.append(Block(type: "context", elements: [Text(type: "mrkdwn", text: footer)]))
        text = digest.title
        self.blocks = blocks
    }

    /// Slack's three control characters, escaped as its formatting rules ask.
    package static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
