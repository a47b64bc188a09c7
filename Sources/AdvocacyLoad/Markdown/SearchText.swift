import Foundation
import AdvocacyCore

/// How the search index reads text: folded as search.js folds a query, then cut into words. The
/// index holds every word of a page, so a query finds a word wherever the page has it.
package enum SearchText {
    /// `text` folded exactly as search.js's `fold` folds a query: lower case; æ, ø and å (and ä, ö,
    /// ü) spelt out as ae, oe and aa; other accents dropped; then aa, oe and ae reduced to a, o and a,
    /// so that "København", "Koebenhavn" and "kobenhavn" all read "kobenhavn". Works on Unicode
    /// scalars, as JavaScript's `replace` does, so a decomposed "å" folds as search.js folds it.
    package static func fold(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var needsDecomposing = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "æ", "ä": scalars += ["a", "e"]
            case "ø", "ö": scalars += ["o", "e"]
            case "å": scalars += ["a", "a"]
            case "ü": scalars += ["u", "e"]
            default:
                if !scalar.isASCII { needsDecomposing = true }
                scalars.append(scalar)
            }
        }
        if needsDecomposing {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            scalars = String(view).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !(0x300...0x36F).contains($0.value) }
        }
        for (pair, single) in [(("a", "a"), "a"), (("o", "e"), "o"), (("a", "e"), "a")] as [((Unicode.Scalar, Unicode.Scalar), Unicode.Scalar)] {
            collapse(&scalars, pair, into: single)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Replaces every `pair` by `single`, left to right and never overlapping, as a global `replace` does.
    private static func collapse(_ scalars: inout [Unicode.Scalar], _ pair: (Unicode.Scalar, Unicode.Scalar), into single: Unicode.Scalar) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if index + 1 < scalars.count, scalars[index] == pair.0, scalars[index + 1] == pair.1 {
                out.append(single)
                index += 2
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        scalars = out
    }

    /// The distinct words of `text` once folded, sorted: runs of a–z, 0–9 and `#`, as search.js cuts
    /// a query. A word with `#` in it also gives its parts, so "reklame" finds "#reklame".
    package static func words(_ text: String) -> [String] {
        var found = Set<String>()
        for word in fold(text).unicodeScalars.split(whereSeparator: { !isWordCharacter($0) }) {
            let word = String(String.UnicodeScalarView(word))
            found.insert(word)
            if word.contains("#") {
                for part in word.split(separator: "#") { found.insert(String(part)) }
            }
        }
        return found.sorted()
    }

    /// a–z, 0–9 and `#`, one scalar at a time, as search.js's `[^a-z0-9#]+` splits a folded query.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", "#": true
        default: false
        }
    }
}
