/// One rendered file of the generated site.
public struct OutputFile: Sendable {
    /// The path inside the output folder, such as `share/aarhus/index.html`.
    public var path: String
    /// The file's text.
    public var contents: String
}

/// A file copied into the site as it is: a theme asset or a media file.
public struct CopiedFile: Sendable {
    /// An absolute or working-directory path.
    public var source: String
    /// The path inside the output folder.
    public var path: String
}

/// Where a build's files go: a new folder swapped in for the output (`SiteWriter`), or a folder
/// this process wrote before, updated in place (`InPlaceWriter`). Files may be handed in from
/// many threads at once.
protocol SiteOutput: Sendable {
    /// Writes one rendered file.
    func write(_ file: OutputFile)
    /// Copies one file as it is.
    func copy(_ file: CopiedFile)
    /// Makes what was written the site, if every file was written; throws otherwise.
    func commit() throws(SiteWriter.Failure)
}
