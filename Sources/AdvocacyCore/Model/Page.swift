/// A free page such as about, contact or FAQ, from `pages/*.md`; rendered at `<slug>/`.
public struct Page: Sendable {
    /// Title, summary, slug and text.
    public var info: DocumentInfo
    /// Position in lists; lower first.
    public var order: Int

    /// Creates a value from its stored properties.
    package init(info: DocumentInfo, order: Int) {
        self.info = info
        self.order = order
    }
}
