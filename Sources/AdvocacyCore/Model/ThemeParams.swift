/// `params:`, a theme's own fields in a front matter or hub.yml, as written: the hub does not read
/// them, and templates see them as `page.params`, `site.params` and the `params` of an item, story,
/// discipline or page in a list. Texts are escaped like every value (`{{params.badge}}`).
public indirect enum ThemeParams: Sendable, Hashable {
    case text(String)
    /// `true` or `false` written plain, so that `{{#params.sidebar}}` is off for `false`.
    case flag(Bool)
    case list([ThemeParams])
    case group([String: ThemeParams])
    case none
}
