/// A problem with how the build was asked for rather than with the content: exit code 2.
public struct UsageError: Error, CustomStringConvertible {
    /// What is wrong, in any language.
    public var message: Message

    /// Creates an error with the catalogue's message `id`.
    public init(_ id: MessageID) {
        message = Message(id)
    }

    /// Creates an error that says what `message` says.
    package init(_ message: Message) {
        self.message = message
    }

    /// The line a command prints, `advocacy: error: …`, in `language`.
    public func line(in language: HubLanguage) -> String {
        Message(.usageErrorLine(message: message)).text(in: language)
    }

    /// The message in English.
    public var description: String { message.text(in: .en) }
}
