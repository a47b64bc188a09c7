import Foundation
import AdvocacyCore
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// The whole pipeline: load → resolve at `now` → check → render → write. Each call is a fresh
/// build; `BuildSession` keeps results between builds.
public enum Builder {
    /// Everything up to rendering: what `check` runs, and what `build` runs before it writes.
    public struct Prepared: Sendable {
        /// The published site; only meaningful when there are no errors.
        public var site: Site
        /// The loaded theme, if it loaded.
        public var theme: Theme?
        /// The report so far.
        public var report: BuildReport
    }

    /// Loads, resolves and checks, writing nothing.
    public static func prepare(_ options: BuildOptions) throws(UsageError) -> Prepared {
        try BuildSession(options, keepsResults: false).prepare()
    }

    /// Checks, then renders and writes the site unless an error was found. `removal` says what
    /// becomes of the replaced output folder.
    public static func build(_ options: BuildOptions, removal: SiteWriter.Removal = .now) throws(UsageError) -> BuildReport {
        try BuildSession(options, removal: removal, keepsResults: false).build()
    }
}
