import Testing
import AdvocacyTestSupport
import AdvocacyCore

/// The own and curated mix of a set of items, and when it is off hub.yml's target.
@Suite struct CuratedMixTests {
    /// For random counts and targets, a mix is flagged exactly when its share curated, in per cent, is
    /// more than 15 points from the target; a mix of no items never is.
    @Test func theFlagIsSetIffTheShareIsMoreThan15PointsFromTheTarget() {
        for seed in PropertyRun.seeds(default: 2000) {
            var random = SeededRandom(seed: seed)
            // Small counts hit the boundaries (exactly 15 points off) often: 1 of 5 against 35, 9 of 20 against 30.
            let own = random.below(random.chance(0.5) ? 8 : 60), curated = random.below(random.chance(0.5) ? 8 : 60)
            let target = random.below(101)
            let mix = CuratedMix(own: own, curated: curated)
            let expected: Bool
            if own + curated == 0 {
                expected = false
            } else {
                // A quotient of integers is exact in a Double when it is an integer, so the boundary is exact too.
                let share = Double(100 * curated) / Double(own + curated)
                expected = abs(share - Double(target)) > 15
            }
            #expect(mix.isOff(target: target) == expected, "seed \(seed): \(own) own, \(curated) curated, target \(target)")
            #expect(mix.total == own + curated)
            if let percent = mix.percentCurated {
                #expect(abs(Double(percent) - Double(100 * curated) / Double(own + curated)) <= 0.5, "seed \(seed)")
            } else {
                #expect(own + curated == 0)
            }
        }
    }

    @Test func theBoundaryIsNotFlaggedAndOnePastItIs() {
        #expect(!CuratedMix(own: 17, curated: 3).isOff(target: 30), "15 % against 30 is 15 points: not more")
        #expect(CuratedMix(own: 3, curated: 0).isOff(target: 16), "0 % against 16")
        #expect(!CuratedMix(own: 3, curated: 0).isOff(target: 15))
        #expect(CuratedMix(own: 2, curated: 1).isOff(target: 50) && !CuratedMix(own: 2, curated: 1).isOff(target: 48))
        #expect(!CuratedMix().isOff(target: 100) && CuratedMix().percentCurated == nil)
        #expect(CuratedMix([.own, .curated, .own]) == CuratedMix(own: 2, curated: 1))
        #expect(CuratedMix(own: 1, curated: 2).percentCurated == 67 && CuratedMix(own: 7, curated: 1).percentCurated == 13)
    }

    @Test func aDisciplinesOwnTargetComesBeforeTheOverallOne() {
        let here = SourceLocation(file: "content/hub.yml", line: 3, column: 12)
        let balance = CuratedBalance(curated: Located(30, at: here),
                                     disciplines: [.init(id: Located("social-selling", at: here), curated: Located(50, at: here))])
        #expect(balance.target(for: "social-selling")?.value == 50)
        #expect(balance.target(for: "employer-branding")?.value == 30)
        #expect(CuratedBalance(disciplines: balance.disciplines).target(for: "employer-branding") == nil)
    }
}
