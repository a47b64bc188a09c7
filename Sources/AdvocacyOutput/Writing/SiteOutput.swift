import AdvocacyCore

/// Where a build's files go: a new folder swapped in for the output (`SiteWriter`), or a folder
/// this process wrote before, updated in place (`InPlaceWriter`). Files may be handed in from
/// many threads at once.
package protocol SiteOutput: Sendable {
    /// Writes one rendered file.
    func write(_ file: OutputFile)
    /// Copies one file as it is.
    func copy(_ file: CopiedFile)
    /// The paths of the files whose bytes changed, once committed; nil when the whole site is new.
    var changed: Set<String>? { get }
    /// Makes what was written the site, if every file was written, and returns its manifest; throws otherwise.
    func commit() throws(SiteWriter.Failure) -> SiteManifest
}
