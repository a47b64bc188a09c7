/// A place in a content or template file: the path as the user gave it, and a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as shown to the user: the folder given on the command line joined with the file's path in it.
    public var file: String
    /// Line number, starting at 1.
    public var line: Int
    /// Column number in characters, starting at 1.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
