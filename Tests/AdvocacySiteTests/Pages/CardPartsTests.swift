import Testing
@testable import AdvocacyCore
@testable import AdvocacySite

/// What the cards of a build share, worked out once for them all, is what each card would work out alone.
@Suite struct CardPartsTests {
    @Test func theLengthWordsCutOnceFillInAsPlaceholdersDo() {
        let patterns = ["{length} af {limit} tegn", "ingen pladsholdere", "{length}{limit}{tom}.", "{ukendt} og {length}",
                        "{{length}}", "åbent {length og {limit}", "slut {", "} {} {length}}", "😀{length}æ{limit}ø", "",
                        "{limit}", "{length", "{limit}{limit} {length}"]
        for pattern in patterns {
            for (length, limit) in [(0, 3_000), (212, 280), (2_201, 63_206)] {
                let expected = Placeholders.fill(pattern) { name in
                    name == "length" ? "\(length)" : name == "limit" ? "\(limit)" : nil
                }
                #expect(LengthLabel(pattern).filled(length: length, limit: limit) == expected, "\(pattern)")
            }
        }
    }
}
