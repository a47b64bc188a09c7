/// Words with `{name}` placeholders, cut once at the names given: filling them in gives what
/// `Placeholders.fill` gives with a closure that knows exactly those names (any other brace stays as
/// written), without reading the words again every time. The site's date formats are filled in
/// for every date a page shows, a card's length words for every card.
struct PlaceholderPattern: Sendable, Hashable {
    private enum Piece: Sendable, Hashable {
        /// Text as written; `name` is the placeholder's number among the names given.
        case text(String), name(Int)
    }

    private let pieces: [Piece]

    /// `pattern` cut at every `{name}` whose name is one of `names`.
    init(_ pattern: String, names: [String]) {
        var pieces: [Piece] = [], text = "", rest = pattern[...]
        // The braces are ASCII bytes, so the text can be cut at them.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            text += rest[..<open]
            let name = rest.utf8.index(after: open)
            let close = rest.utf8[name...].firstIndex(of: UInt8(ascii: "}"))
            guard let close, let number = names.firstIndex(where: { rest[name..<close] == $0 }) else {
                text += "{"
                rest = rest[name...]
                continue
            }
            pieces += [.text(text), .name(number)]
            text = ""
            rest = rest[rest.utf8.index(after: close)...]
        }
        pieces.append(.text(text + rest))
        self.pieces = pieces
    }

    /// The words with each placeholder replaced by `value` of its number among the names given.
    func filled(_ value: (Int) -> String) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .name(let number): out += value(number)
            }
        }
        return out
    }
}
