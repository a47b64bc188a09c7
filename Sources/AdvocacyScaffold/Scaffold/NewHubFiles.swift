import Foundation
import AdvocacyCore

/// The text files of a new hub: hub.yml, the `.gitignore`, the nightly job's settings and the content in the
/// hub's language.
enum NewHubFiles {
    /// The hub's name when `init` is given none.
    static func defaultTitle(_ language: HubLanguage) -> String {
        switch language {
        case .da: "Ambassadørhub"
        case .en: "Advocacy hub"
        }
    }

    /// Every text file of a new hub, by its path in the hub's folder.
    package static func texts(_ settings: NewHub.Settings, dates: Starter.Dates) -> [(path: String, text: String)] {
        let content: [(String, String)] = switch settings.language {
        case .da: NewHubDanish.content(dates)
        case .en: NewHubEnglish.content(dates)
        }
        return [("content/hub.yml", hubYAML(settings)), (".gitignore", gitignore), ("ci/advocacy.env", advocacyEnv(settings.language))]
            + content.map { ("content/" + $0.0, $0.1) }
    }

    /// What git leaves out: the site `advocacy build` writes by hand (`_site/`) and the nightly job's (`public/`),
    /// the folders each build keeps beside them, and the job's cache and state.
    package static let gitignore = "_site/\n._site.*\npublic/\n.public.*\n.advocacy-cache/\n.advocacy-state/\n"

    /// `ci/advocacy.env`: which release of advocacy the nightly job installs (this one), from where, and
    /// optionally its pinned hash, read by `ci/install-advocacy.sh`.
    static func advocacyEnv(_ language: HubLanguage) -> String {
        let (what, version, url, hash) = switch language {
        case .da: ("Hvilken udgave af advocacy natjobbet installerer (ci/install-advocacy.sh), og hvorfra.",
                   "Udgaven. Skift den, når I vil opdatere.",
                   "Adressen på mappen, hvor organisationen lægger advocacy's udgivelser: den rummer\n# advocacy-<udgave>-linux-x86_64.tar.gz og SHA256SUMS. Fx https://filer.example.dk/advocacy/",
                   "Valgfri: tarballens SHA-256. Skrevet her godtages kun netop den fil; tom tjekkes den\n# mod SHA256SUMS ved siden af den (natjobbet skriver værdien i sin log).")
        case .en: ("Which release of advocacy the nightly job installs (ci/install-advocacy.sh), and from where.",
                   "The release. Change it when you want to update.",
                   "The address of the folder where your organisation keeps advocacy's releases: it holds\n# advocacy-<version>-linux-x86_64.tar.gz and SHA256SUMS. E.g. https://files.example.com/advocacy/",
                   "Optional: the tarball's SHA-256. Written here, only that very file is accepted; empty, it is\n# checked against the SHA256SUMS beside it (the nightly job writes the value in its log).")
        }
        return """
            # \(what)
            # \(version)
            ADVOCACY_VERSION=\(AdvocacyVersion.current)
            # \(url)
            ADVOCACY_DOWNLOAD_URL=
            # \(hash)
            ADVOCACY_SHA256=

            """
    }

    /// hub.yml with the settings and the language's disclosure.
    package static func hubYAML(_ settings: NewHub.Settings) -> String {
        let (comment, disclosure, siteComment, site) = switch settings.language {
        case .da: ("Sættes på alle delte links. Kun platform, historie og disciplin, aldrig data om den enkelte.", "#reklame",
                   "Skriv adressen, sitet ligger på: ugebrevets e-mail og beskeder linker med den, og sidernes links følger dens sti.",
                   "https://intranet.example.dk/advocacy/")
        case .en: ("Added to every shared link. Only the platform, the item and the discipline, never data about a person.", "#ad",
                   "Write the address the site is served at: the weekly digest's email and messages link with it, and the pages' links follow its path.",
                   "https://intranet.example.com/advocacy/")
        }
        return """
            title: \(Scaffold.quoted(settings.title))
            language: \(settings.language.rawValue)
            timezone: \(settings.timeZone.identifier)
            # \(siteComment)
            site-url: \(site)
            utm:
              # \(comment)
              medium: employee-advocacy
            disclosure: "\(disclosure)"

            """
    }
}
