/// The language of the site's own words (navigation, headings, button labels).
public enum HubLanguage: String, CaseIterable, Sendable {
    case da, en
}

extension HubLanguage {
    /// The word for advertising on sponsored items when hub.yml names none (`disclosure-label`): the
    /// plain word, never "paid partnership", as an item may be a job advert nobody is paid to share.
    public var defaultDisclosureLabel: String {
        switch self {
        case .da: "Reklame"
        case .en: "Advertisement"
        }
    }
}
