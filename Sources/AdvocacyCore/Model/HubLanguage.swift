/// The language of the site's own words (navigation, headings, button labels).
public enum HubLanguage: String, CaseIterable, Sendable {
    case da, en
}
