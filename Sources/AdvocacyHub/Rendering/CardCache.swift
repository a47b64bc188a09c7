/// Share cards rendered once per item and reused by every page that shows them (the item's page,
/// its queue page, its discipline pages), so the card template runs once per card. An item's cards are
/// let go once the last page that shows them has taken them.
final class CardCache: Sendable {
    private let state: Locked<(cards: [String: [String]], uses: [String: Int])>

    /// A cache that knows how many pages will ask for each item's cards.
    init(uses: [String: Int] = [:]) {
        state = Locked(([:], uses))
    }

    static func key(_ item: ShareItem, actions: Bool) -> String {
        item.info.path + (actions ? "" : "#archive")
    }

    /// The cards of an item, rendering them on first use.
    func html(for key: String, render: () -> [String]) -> [String] {
        let cached = state.withLock { state -> [String]? in
            guard let cards = state.cards[key] else { return nil }
            take(key, &state)
            return cards
        }
        if let cached { return cached }
        let rendered = render()
        state.withLock { state in
            state.cards[key] = rendered
            take(key, &state)
        }
        return rendered
    }

    private func take(_ key: String, _ state: inout (cards: [String: [String]], uses: [String: Int])) {
        guard let left = state.uses[key] else { return }
        if left <= 1 {
            state.cards[key] = nil
            state.uses[key] = nil
        } else {
            state.uses[key] = left - 1
        }
    }
}
