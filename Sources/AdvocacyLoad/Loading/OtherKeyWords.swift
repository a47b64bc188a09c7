import AdvocacyCore

/// Other words an author may write for a key that does not decide publication: Danish words for the
/// English keys, as `Slug.make` writes them (`resumé` is `resume`). The keys that decide publication
/// have their own in `DecidingKey`.
enum OtherKeyWords {
    private static let meaning: [String: String] = [
        "titel": "title", "overskrift": "title", "navn-paa-hubben": "title",
        "resume": "summary", "sammendrag": "summary", "opsummering": "summary", "beskrivelse": "summary", "manchet": "summary",
        "billede": "image", "foto": "image", "illustration": "image",
        "bedste-tid": "best-time", "bedste-tidspunkt": "best-time", "tidspunkt": "best-time",
        "dato": "date", "navn": "person", "kollega": "person", "rolle": "role", "stilling": "role", "jobtitel": "role",
        "resultat": "results", "resultater": "results",
        "emner": "tags", "noegleord": "tags", "maerker": "tags",
        "raekkefoelge": "order", "orden": "order", "nummer": "order",
        "udfordring": "challenge", "kolleger": "colleagues", "indhold": "content",
        "sprog": "language", "tidszone": "timezone", "adresse": "site-url", "webadresse": "site-url",
        "forbudte-ord": "forbidden-terms", "platforme": "platforms", "maal": "metrics", "mindste-gruppe": "min-group",
        "kilde": "source", "ophav": "source", "udgiver": "via", "afsender": "via", "kurateret-fra": "via", "publisher": "via",
    ]

    /// Words for the keys of a person in hub.yml's `team:`, where some of the words above mean
    /// another key (`navn` is a story's `person`, a team member's `name`).
    private static let teamMeaning: [String: String] = [
        "navn": "name", "fulde-navn": "name", "rolle": "roles", "roller": "roles", "role": "roles",
        "e-mail": "email", "mail": "email", "e-mailadresse": "email", "mailadresse": "email",
        "teams-link": "teams", "chat": "teams", "microsoft-teams": "teams",
    ]

    /// The key among `allowed` that `written` is another word for.
    package static func key(for written: String, among allowed: Set<String>) -> String? {
        let word = Slug.make(written)
        return [meaning[word], teamMeaning[word]].lazy.compactMap { $0 }.first(where: allowed.contains)
    }
}
