import Foundation
import AdvocacyCore
import AdvocacySite

/// What `advocacy build` and `advocacy check` are asked to do.
public struct BuildOptions: Sendable {
    /// The content folder, as given on the command line.
    public var content: String = "content"
    /// The theme folder.
    public var templates: String = "site-templates"
    /// The output folder.
    public var output: String = "_site"
    /// `--now` as written; nil means the current time.
    public var now: String?
    /// Include drafts.
    public var drafts: Bool = false
    /// `--lang`: the language of messages, instead of the hub's.
    public var messageLanguage: HubLanguage?
    /// Overrides `base-url` of hub.yml.
    public var baseURL: String?
    /// A theme loaded before from `templates` with `Theme.load`, used instead of loading that folder
    /// again when it is in the hub's language: for a caller that checks many hubs with one theme.
    public var theme: Theme?

    /// Options with SPEC's defaults.
    public init() {}
}
