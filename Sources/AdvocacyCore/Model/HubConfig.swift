import Foundation

/// The site settings from `hub.yml`.
public struct HubConfig: Sendable {
    /// The hub's name, shown in the header and the feeds.
    public var title: String
    /// The language of the site's own words.
    public var language: HubLanguage
    /// The time zone dates without an offset are read in, and dates are shown in.
    public var timeZone: TimeZone
    /// The path the site is served under, always starting and ending with `/`.
    public var baseURL: String
    /// `site-url`: the absolute address the site is served at, ending with `/`; what the digest's
    /// email and chat messages link with. Nil when hub.yml has none.
    public var siteURL: String? = nil
    /// `utm_medium` of every shared link.
    public var utmMedium: String
    /// The text every share text of a sponsored item must contain, such as `#reklame`.
    public var disclosure: String?
    /// `disclosure-label`: the one word for advertising the site shows on sponsored items (cards, item
    /// pages, lists, the digest); nil when hub.yml has none, then `advertisingLabel` is the language's.
    public var disclosureLabel: String? = nil
    /// Terms that may not appear in any published text.
    public var forbiddenTerms: [Located<String>]
    /// Per-platform length limits, the built-in ones unless `platforms` overrides them.
    public var platformLimits: [Platform: Int]
    /// Whether raw HTML in Markdown is passed through.
    public var unsafeHTML: Bool
    /// `min-group`: the fewest people a period's participant figures may describe before they are held back.
    public var minGroup: Int = 5
    /// `metrics`: metrics beyond the built-in ones, or new labels for them.
    public var metrics: [Metric] = []
    /// `team:`, the people behind the hub and their roles, in the order written; empty without it.
    public var team: [TeamMember] = []
    /// `balance`: the share of curated items to aim at, overall and per discipline; nil when hub.yml has none.
    public var balance: CuratedBalance? = nil
    /// `params:`, the theme's own settings.
    public var params: ThemeParams = .none
    /// Every hub.yml text the site publishes (title, disclosure, the UTM medium and base-url), where it is
    /// written: what the forbidden-terms check reads.
    public var texts: [Located<String>] = []
    /// False when hub.yml could not be read: checks that depend on its settings stay quiet.
    public var isReadable: Bool = true
    /// The language hub.yml names, found even when the rest of it cannot be read; nil when it names none
    /// that way or cannot be read at all. Messages speak it whatever the environment says.
    public var statedLanguage: HubLanguage? = nil

    /// The language to word messages in: the hub's, else the environment's.
    public var messageLanguage: HubLanguage {
        isReadable ? language : statedLanguage ?? MessageLanguage.environment()
    }

    /// The settings of a hub without a `hub.yml` value for anything.
    public static let defaults = HubConfig(
        title: "Advocacy Hub", language: .da,
        timeZone: TimeZone(identifier: "Europe/Copenhagen")!,
        baseURL: "/", siteURL: nil, utmMedium: "employee-advocacy", disclosure: nil, forbiddenTerms: [],
        platformLimits: Dictionary(uniqueKeysWithValues: Platform.allCases.map { ($0, $0.defaultLimit) }),
        unsafeHTML: false)

    /// The time zone an IANA name such as `Europe/Copenhagen` or `UTC` stands for; nil for an unknown name
    /// or an abbreviation such as `CET`, whose meaning differs between systems.
    public static func timeZone(named name: String) -> TimeZone? {
        guard name.contains("/") || name == "UTC" else { return nil }
        return TimeZone(identifier: name)
    }

    /// The word for advertising on sponsored items: `disclosure-label`, else the language's default.
    public var advertisingLabel: String { disclosureLabel ?? language.defaultDisclosureLabel }

    /// The length limit of a platform.
    public func limit(for platform: Platform) -> Int {
        platformLimits[platform] ?? platform.defaultLimit
    }
}
