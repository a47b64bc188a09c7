import Foundation
import AdvocacyCore
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// A one-shot build: the whole pipeline (`BuildPipeline`), reusing nothing. `BuildSession` keeps
/// results between builds.
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
        try BuildPipeline(options: options, reuse: FreshBuild()).prepare(now: options.now)
    }

    /// Checks, then renders and writes the site unless an error was found. `removal` says what
    /// becomes of the replaced output folder.
    public static func build(_ options: BuildOptions, removal: SiteWriter.Removal = .now) throws(UsageError) -> BuildReport {
        try BuildPipeline(options: options, reuse: FreshBuild(), removal: removal).build(now: options.now)
    }
}
