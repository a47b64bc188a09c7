/// A file under `media/`, copied to the site as it is.
public struct MediaFile: Sendable, Hashable {
    /// The path inside the content folder, such as `media/aarhus.svg`.
    public var path: String
    /// The path as shown in diagnostics.
    public var displayPath: String

    /// Creates a value from its stored properties.
    package init(path: String, displayPath: String) {
        self.path = path
        self.displayPath = displayPath
    }
}
