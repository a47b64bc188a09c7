/// A problem with how the build was asked for rather than with the content: exit code 2.
public struct UsageError: Error, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
