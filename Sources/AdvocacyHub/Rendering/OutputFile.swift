/// One file of the generated site.
public struct OutputFile: Sendable {
    /// The path inside the output folder, such as `share/aarhus/index.html`.
    public var path: String
    /// The file's text.
    public var contents: String
}
