import Foundation
import AdvocacyCore

/// What a build or check found and did.
public struct BuildReport: Sendable {
    /// Every finding, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Files written; zero for a check or a failed build.
    public var filesWritten: Int = 0
    /// HTML pages among them.
    public var pagesWritten: Int = 0
    /// Files rendered in this build; the rest came unchanged from the previous build of a session.
    public var filesRendered: Int = 0
    /// The output files whose bytes this build changed (written anew or removed), by their path in the
    /// output; nil when it made a whole new site.
    public var filesChanged: Set<String>? = []
    /// Items in the queue at `now`.
    public var active: Int = 0
    /// Items still under embargo.
    public var embargoed: Int = 0
    /// Items in the archive.
    public var expired: Int = 0
    /// Documents marked `draft: true` that the build left out; zero with `--drafts`.
    public var draftsLeftOut: Int = 0
    /// Every instant after `now` at which the output would change, in order.
    public var changes: [Date] = []
    /// The next instant at which the output would change.
    public var nextChange: Date? { changes.first }
    /// The clock reading the build used.
    public var now: Date
    /// The hub's time zone, for showing `nextChange`.
    public var timeZone: TimeZone

    /// What the build says about the folders beside the output: those it left as they were.
    public var outputWarnings: [Message] = []

    /// The language to show messages in: `--lang`, else the hub's.
    public var language: HubLanguage = .en

    /// Whether any error was found.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The one summary line a nightly job can read, in `language`.
    public var summary: String {
        let clock = HubClock(timeZone: timeZone)
        let next = nextChange.map {
            Message(.nextChange(when: DateDisplay.iso($0, clock: clock), zone: timeZone.identifier))
        } ?? Message(.noScheduledChange)
        let drafts = draftsLeftOut == 0 ? nil : Message(.draftsLeftOut(drafts: draftsLeftOut))
        return Message(.buildSummary(pages: pagesWritten, files: filesWritten, active: active, embargoed: embargoed,
                                     expired: expired, drafts: drafts, next: next)).text(in: language)
    }
}
