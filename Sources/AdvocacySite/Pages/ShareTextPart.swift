import AdvocacyCore
import AdvocacyTemplates

/// A run of a share card's text: plain words or a prompt to fill in, before or after LinkedIn's
/// "see more" fold. The card shows its text as these parts, so prompts stand out as gaps.
struct ShareTextPart: TemplateObject, Hashable {
    package let text: String
    let isPrompt: Bool
    /// Whether the part comes after the fold.
    let isAfterFold: Bool
    /// Whether the fold mark goes right before the part.
    let startsAtFold: Bool

    /// `text` cut at its prompts and at `fold`.
    package static func parts(of text: String, prompts: [SharePrompt], fold: String.Index?) -> [ShareTextPart] {
        var cuts: [(index: String.Index, isPrompt: Bool)] = [(text.startIndex, false)]
        for prompt in prompts {
            cuts.append((prompt.range.lowerBound, true))
            cuts.append((prompt.range.upperBound, false))
        }
        var parts: [ShareTextPart] = []
        for (number, cut) in cuts.enumerated() {
            let end = number + 1 < cuts.count ? cuts[number + 1].index : text.endIndex
            var pieces = [cut.index..<end]
            if let fold, cut.index < fold && fold < end { pieces = [cut.index..<fold, fold..<end] }
            for piece in pieces where !piece.isEmpty {
                let after = fold.map { piece.lowerBound >= $0 } ?? false
                parts.append(ShareTextPart(text: String(text[piece]), isPrompt: cut.isPrompt, isAfterFold: after,
                                           startsAtFold: piece.lowerBound == fold))
            }
        }
        return parts
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .text: .text(text)
        case .prompt: .bool(isPrompt)
        case .afterFold: .bool(isAfterFold)
        case .startsAtFold: .bool(startsAtFold)
        default: nil
        }
    }
}
