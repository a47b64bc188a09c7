import Foundation
import AdvocacyCore

/// The digest's files beside its page: the email in HTML and plain text, and the Teams and Slack
/// messages the nightly job posts once a week, and the week they are for.
enum DigestFiles {
    package static let paths = ["digest/email.html", "digest/email.txt", "digest/slack.json", "digest/teams.json", "digest/week.txt"]

    /// Renders the four files of the digest of `pages`' site.
    package static func render(_ pages: SitePages, theme: Theme) -> [@Sendable () -> OutputFile] {
        let digest = pages.digest(), words = pages.words
        let email = PageModel(frame: PageFrame(pages.shared, title: digest.title, summary: digest.intro, section: nil,
                                               url: pages.site.urls.digest),
                              content: DigestContent(digest: digest))
        return [
            { OutputFile(path: "digest/email.html", bytes: theme.render("digest-email", email)) },
            { OutputFile(path: "digest/email.txt", contents: DigestText.render(digest, words: words)) },
            { OutputFile(path: "digest/slack.json", contents: JSON.encoded(SlackMessage(digest, words: words))) },
            { OutputFile(path: "digest/teams.json", contents: JSON.encoded(TeamsMessage(digest, words: words))) },
            // The ISO week date of the build's `now`, `2026-W50-1`: the nightly job posts each week's digest once.
            { OutputFile(path: "digest/week.txt", contents: digest.weekDate + "\n") },
        ]
    }
}
