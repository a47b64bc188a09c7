/// Share cards rendered once per item and reused by every page that shows them (the item's page,
/// its queue page, its discipline pages), so the card template runs once per card.
final class CardCache: Sendable {
    private let cards = Locked([String: [String]]())

    /// The cards of an item, rendering them on first use.
    func html(for key: String, render: () -> [String]) -> [String] {
        if let done = cards.withLock({ $0[key] }) { return done }
        let rendered = render()
        cards.withLock { $0[key] = rendered }
        return rendered
    }
}
