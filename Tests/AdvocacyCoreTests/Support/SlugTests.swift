import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Vi åbner kontor i Aarhus", "vi-aabner-kontor-i-aarhus"),
        ("Første kunde", "foerste-kunde"),
        ("Ærø & Ålborg", "aeroe-aalborg"),
        ("Café Zürich", "cafe-zurich"),
        ("  --Hej!!  verden-- ", "hej-verden"),
        ("ÆØÅ", "aeoeaa"),
        ("Straße", "strasse"),
        ("🎉 Fest", "fest"),
    ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }
}

/// `Slug.make` lowers its text a scalar at a time; these compare it with the plain reading that lowers
/// the whole text first.
@Suite struct SlugLoweringTests {
    /// The slug as read plainly: the text lower-cased, then each scalar kept, spelt out, folded to
    /// ASCII or made a dash, runs of dashes made one and trimmed.
    private static func plainSlug(_ text: String) -> String {
        var out = "", pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let piece: String?
            switch scalar {
            case "a"..."z", "0"..."9": piece = String(scalar)
            case "A"..."Z": piece = String(scalar).lowercased()
            case "æ": piece = "ae"
            case "ø": piece = "oe"
            case "å": piece = "aa"
            case "ß": piece = "ss"
            default:
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                let ascii = String(String.UnicodeScalarView(folded.unicodeScalars.filter {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0)
                }))
                piece = scalar.value < 0x80 || ascii.isEmpty ? nil : ascii
            }
            guard let piece else {
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out += "-" }
            pendingDash = false
            out += piece
        }
        return out
    }

    /// Every scalar of Latin-1 and Latin Extended, where the slug looks the lower case up in a table,
    /// alone and between letters.
    @Test func everyLatinScalarIsLoweredAsTheWholeTextWouldBe() {
        for value in UInt32(0x80)...0x24F {
            let scalar = String(Unicode.Scalar(value)!)
            #expect(Slug.make(scalar) == Self.plainSlug(scalar), "U+\(String(value, radix: 16))")
            #expect(Slug.make("A\(scalar)b") == Self.plainSlug("A\(scalar)b"), "U+\(String(value, radix: 16))")
        }
    }

    /// Random texts with capitals whose lower case is more than one scalar or ASCII (`İ`, the Kelvin
    /// sign), Greek sigmas, combining marks, ligatures and emoji.
    @Test func randomTextsAreLoweredAsTheWholeTextWouldBe() {
        let pieces = ["A", "z", "9", " ", "-", "!", "Æ", "ø", "Å", "é", "E\u{301}", "\u{301}", "İ", "\u{212A}", "ẞ", "ß", "Σ", "ς",
                      "ΟΔΟΣ", "Ж", "Ǆ", "ǅ", "ﬁ", "ŉ", "😀", "🇩🇰", "Ⅻ", "Ａ", "ı", "\u{0345}", "Straße", "Ærø"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            #expect(Slug.make(text) == Self.plainSlug(text), "seed \(seed): \(text.debugDescription)")
        }
    }
}
