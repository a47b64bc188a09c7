import AdvocacyCore
import AdvocacyLoad

/// A share item as the publishing stage hands it on: the item its file's front matter gives and the
/// share texts its rendered body holds. The site shows the published ones; the checks read every
/// one, embargoed ones included. What the front matter says is read through it (`item.info`,
/// `item.link`).
@dynamicMemberLookup
public struct PublishedItem: Sendable {
    /// The item as loaded.
    public var item: ShareItem
    /// The share texts of the item's body, in order.
    public let shareTexts: [ShareText]
    /// False when some share blocks of the body could not be read, so `shareTexts` may lack some.
    public let shareTextsAreComplete: Bool

    /// The item with the texts of its rendered body; without a body (none was rendered), it has none.
    package init(_ item: ShareItem, body: RenderedMarkdown?) {
        self.item = item
        shareTexts = body?.shareTexts ?? []
        shareTextsAreComplete = body?.shareTextsAreComplete ?? true
    }

    /// The item's link tagged for `text`'s platform and discipline (see `ShareLink`); nil without a link.
    public func taggedLink(for text: ShareText, medium: String) -> String? {
        item.link.map {
            ShareLink.tagged($0.value, platform: text.platform, medium: medium, campaign: item.info.slug.value,
                             discipline: text.discipline.value)
        }
    }

    /// What the loaded item says.
    @inlinable public subscript<Value>(dynamicMember path: KeyPath<ShareItem, Value>) -> Value { item[keyPath: path] }
}
