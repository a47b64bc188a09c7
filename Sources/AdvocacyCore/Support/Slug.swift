import Foundation

/// Makes URL slugs and heading ids: lower-case ASCII, `æ→ae`, `ø→oe`, `å→aa`, other letters folded to
/// ASCII where possible, anything else a `-`, runs of `-` collapsed and trimmed.
public enum Slug {
    /// The slug of a title or file name.
    public static func make(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func emit(_ bytes: some Collection<UInt8>) {
            if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(contentsOf: bytes)
        }
        /// One scalar of the lower-cased text.
        func add(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "a"..."z", "0"..."9": emit(CollectionOfOne(UInt8(scalar.value)))
            case "A"..."Z": emit(CollectionOfOne(UInt8(scalar.value + 32)))
            case "æ": emit("ae".utf8)
            case "ø": emit("oe".utf8)
            case "å": emit("aa".utf8)
            case "ß": emit("ss".utf8)
            default:
                if scalar.value < 0x80 {
                    pendingDash = true
                } else if let folded = scalar.value <= latinEnd ? latinFolds[Int(scalar.value) - 0x80] : fold(scalar) {
                    emit(folded.utf8)
                } else {
                    pendingDash = true
                }
            }
        }
        // The text lower-cased scalar by scalar, as `lowercased()` does it, without making the whole
        // lower-cased copy: ASCII needs no Unicode lower-casing (its capitals are lowered above), and
        // the other scalars of Latin-1 and Latin Extended are looked up in a table made once.
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                add(scalar)
            } else if scalar.value <= latinEnd {
                for lowered in latinLowered[Int(scalar.value) - 0x80].unicodeScalars { add(lowered) }
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { add(lowered) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The last scalar of Latin Extended-B; the folds up to it are worked out once, as Foundation's
    /// folding is slow when called for every letter of a long heading.
    private static let latinEnd: UInt32 = 0x24F
    private static let latinFolds: [String?] = (0x80...latinEnd).map { fold(Unicode.Scalar($0)!) }
    /// The lower-case mapping of each scalar from 0x80 to `latinEnd`.
    private static let latinLowered: [String] = (0x80...latinEnd).map { Unicode.Scalar($0)!.properties.lowercaseMapping }

    /// Folds a non-ASCII letter to ASCII (`é→e`), or nil when it has no ASCII form.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let ascii = folded.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return ascii.isEmpty ? nil : String(String.UnicodeScalarView(ascii))
    }
}
