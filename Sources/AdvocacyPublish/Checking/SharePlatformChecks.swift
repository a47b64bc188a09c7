import AdvocacyCore
import AdvocacyLoad

/// A share item's texts as their platforms take them: the length once every prompt is filled in,
/// and the picture an Instagram post needs.
package enum SharePlatformChecks {
    /// The image types Instagram takes.
    static let instagramImageTypes: Set<String> = ["jpg", "jpeg", "png"]

    /// Warns about texts that pass their platform's limit only once their prompts are filled in,
    /// and about Instagram texts of an item without a JPEG or PNG image.
    package static func check(_ item: PublishedItem, config: HubConfig, diagnostics: inout Diagnostics) {
        for text in item.shareTexts where !text.prompts.isEmpty {
            let limit = config.limit(for: text.platform)
            let tagged = item.taggedLink(for: text, medium: config.utmMedium)
            guard text.length(sharedWith: tagged) <= limit else { continue }
            var typical = text
            typical.text = SharePrompts.filled(text.text, prompts: text.prompts)
            typical.length = PostLength.count(typical.text, on: text.platform, link: nil)
            let filled = typical.length(sharedWith: tagged)
            if filled > limit {
                diagnostics.warning(.promptFilledOverLimit(typical: SharePrompts.typicalFill, platform: text.platform.displayName,
                                                           length: filled, limit: limit),
                                    at: text.location)
            }
        }
        if let text = item.shareTexts.first(where: { $0.platform == .instagram }), !hasInstagramImage(item) {
            diagnostics.warning(.instagramWithoutImage, at: text.location)
        }
    }

    /// Whether the item's image is a JPEG or PNG file, which Instagram takes.
    package static func hasInstagramImage(_ item: PublishedItem) -> Bool {
        guard let path = item.imagePath, let dot = path.lastIndex(of: ".") else { return false }
        return instagramImageTypes.contains(path[path.index(after: dot)...].lowercased())
    }
}
