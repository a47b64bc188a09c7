import Foundation
import AdvocacyCore

/// The check of the site kept beside the output for the next build to write into
/// (`OutputFolder.kept`), begun on a thread of its own as soon as the build knows its output, so
/// it runs while the content loads. The build's `SiteWriter` moves the kept folder only when it is
/// still the folder this check opened.
public final class KeptSiteCheck: Sendable {
    /// What stood at the kept folder's name.
    package enum Found: Sendable {
        case missing
        /// A file, a link or anything else: not a site to recycle.
        case notAFolder
        case checked(SiteCheck.Outcome)
    }

    private let check: Ahead<Found>

    /// Begins checking the folder kept beside `output`.
    package init(_ output: OutputFolder) {
        let kept = output.kept
        check = Ahead { Self.check(kept) }
    }

    /// What the check found, once it is done.
    package var found: Found { check.value }

    /// Checks the kept folder at `kept` now.
    static func check(_ kept: String) -> Found {
        switch OutputFolder.kind(kept) {
        case .missing: .missing
        case .folder: .checked(SiteCheck.check(kept, kept: true, vouched: IdentityRecord.read(.kept, in: kept)))
        default: .notAFolder
        }
    }
}
