/// One rendered file of the generated site.
public struct OutputFile: Sendable {
    /// The path inside the output folder, such as `share/aarhus/index.html`.
    public var path: String
    /// The file's bytes: UTF-8 text.
    public var bytes: [UInt8]

    /// A file of rendered bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file of text.
    public init(path: String, contents: String) {
        self.init(path: path, bytes: Array(contents.utf8))
    }

    /// The file's text.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// A file copied into the site as it is: a theme asset or a media file.
public struct CopiedFile: Sendable {
    /// An absolute or working-directory path.
    public var source: String
    /// The path inside the output folder.
    public var path: String

    /// Creates a value from its stored properties.
    package init(source: String, path: String) {
        self.source = source
        self.path = path
    }
}
