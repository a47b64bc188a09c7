/// The text files of a new hub: hub.yml, the `.gitignore` and the content in the hub's language.
enum NewHubFiles {
    /// The dates the example content is written with, as days in the hub's time zone.
    struct Dates {
        /// The day `init` runs: the share item is published and the story dated then.
        var today: String
        /// A couple of weeks later: the share item leaves the queue after this day.
        var expires: String
    }

    /// The hub's name when `init` is given none.
    static func defaultTitle(_ language: HubLanguage) -> String {
        switch language {
        case .da: "Ambassadørhub"
        case .en: "Advocacy hub"
        }
    }

    /// Every text file of a new hub, by its path in the hub's folder.
    static func texts(_ settings: NewHub.Settings, dates: Dates) -> [(path: String, text: String)] {
        let content: [(String, String)] = switch settings.language {
        case .da: NewHubDanish.content(dates)
        case .en: NewHubEnglish.content(dates)
        }
        return [("content/hub.yml", hubYAML(settings)), (".gitignore", "_site/\n._site.*\n")]
            + content.map { ("content/" + $0.0, $0.1) }
    }

    /// hub.yml with the settings and the language's disclosure.
    static func hubYAML(_ settings: NewHub.Settings) -> String {
        let (comment, disclosure, siteComment) = switch settings.language {
        case .da: ("Sættes på alle delte links. Kun platform, historie og disciplin, aldrig data om den enkelte.", "#reklame",
                   "Skriv adressen, sitet ligger på: ugebrevets e-mail og beskeder linker med den, og sidernes links følger dens sti.")
        case .en: ("Added to every shared link. Only the platform, the item and the discipline, never data about a person.", "#ad",
                   "Write the address the site is served at: the weekly digest's email and messages link with it, and the pages' links follow its path.")
        }
        return """
            title: \(Scaffold.quoted(settings.title))
            language: \(settings.language.rawValue)
            timezone: \(settings.timeZone.identifier)
            # \(siteComment)
            site-url: https://intranet.example.dk/advocacy/
            utm:
              # \(comment)
              medium: employee-advocacy
            disclosure: "\(disclosure)"

            """
    }
}
