import AdvocacyCore

/// The keys that decide whether, when and how a document is published. Misspelt or misplaced, such a
/// key would be left out and the document published at once, for good or without its disclosure, so
/// every near miss is an error that names the key and says what would happen.
enum DecidingKey: String, CaseIterable {
    case publish, expires, draft, sponsored, disciplines

    /// What would happen if the key were left out.
    package var consequence: Message {
        switch self {
        case .publish: Message(.withoutPublish)
        case .expires: Message(.withoutExpires)
        case .draft: Message(.withoutDraft)
        case .sponsored: Message(.withoutSponsored)
        case .disciplines: Message(.withoutDisciplines)
        }
    }

    /// Other words an author may write for the key, in English (other generators' names) or in
    /// Danish, as `Slug.make` writes them.
    private var otherWords: Set<String> {
        switch self {
        case .publish:
            ["publishdate", "publish-date", "publish-at", "publish-on", "published", "publication", "publication-date", "embargo",
             "embargo-until", "udgiv", "udgives", "udgivet", "udgivelse", "udgivelsesdato", "udgivelsestidspunkt", "publicer",
             "publiceres", "publiceret", "publicering", "publiceringsdato", "offentliggoer", "offentliggoeres", "offentliggoerelse"]
        case .expires:
            ["expirydate", "expiry-date", "expiry", "expire", "expires-at", "expires-on", "expiration", "expiration-date", "unpublish",
             "udloeb", "udloeber", "udloebsdato", "udgaar", "slut", "slutdato", "afpublicer", "afpubliceres"]
        case .draft:
            ["is-draft", "unpublished", "kladde", "udkast"]
        case .sponsored:
            ["sponsor", "sponsorship", "paid", "ad", "advert", "advertisement", "advertising", "is-sponsored", "sponsoreret", "sponseret",
             "reklame", "annonce", "betalt"]
        case .disciplines:
            ["category", "categories", "disciplin", "discipliner", "kategori", "kategorier"]
        }
    }

    /// The key among `known` that `written`, a key that is not known, stands for: the same word in
    /// other capitals or spacing, one within "did you mean" distance of it (a swap of two letters
    /// counting as one slip), or another word for it.
    package static func meant(by written: String, among known: Set<String>) -> DecidingKey? {
        let word = Slug.make(written)
        guard !word.isEmpty else { return nil }
        let limit = max(1, word.count / 3)
        return allCases
            .filter { known.contains($0.rawValue) }
            .compactMap { key -> (DecidingKey, Int)? in
                if key.otherWords.contains(word) { return (key, 0) }
                let distance = EditDistance.slips(word, key.rawValue)
                return distance <= limit ? (key, distance) : nil
            }
            .min { $0.1 < $1.1 }?.0
    }

    /// The key among `known` that `written`, a key under `params:`, is in other capitals or spacing.
    package static func named(_ written: String, among known: Set<String>) -> DecidingKey? {
        DecidingKey(rawValue: Slug.make(written)).flatMap { known.contains($0.rawValue) ? $0 : nil }
    }
}
