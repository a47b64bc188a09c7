/// One file of the generated site.
public struct OutputFile: Sendable {
    /// The path inside the output folder, such as `share/aarhus/index.html`.
    public var path: String
    /// The file's text, or nil when it is the same as in the previous build's output.
    public var contents: String?
}
