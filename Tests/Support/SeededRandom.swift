import Foundation

/// A random number generator from a seed (SplitMix64), so a property test's failing case can be
/// run again: the seed is printed with every failure.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n`.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// True with probability `chance`.
    public mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// One of `choices`.
    public mutating func pick<T>(_ choices: [T]) -> T {
        choices[Int.random(in: 0..<choices.count, using: &self)]
    }
}

/// How many cases a property runs: `ADVOCACY_PROPERTY_CASES` when set (for the longer runs of
/// `Tests/Properties/run`), else `defaultCount`. `ADVOCACY_PROPERTY_SEED` runs one case again.
public enum PropertyRun {
    public static func cases(default defaultCount: Int) -> Int {
        ProcessInfo.processInfo.environment["ADVOCACY_PROPERTY_CASES"].flatMap(Int.init) ?? defaultCount
    }

    /// The seeds to run: one per case, from a first seed that differs run to run unless one is given.
    public static func seeds(default defaultCount: Int) -> [UInt64] {
        if let given = ProcessInfo.processInfo.environment["ADVOCACY_PROPERTY_SEED"].flatMap(UInt64.init) { return [given] }
        var generator = SeededRandom(seed: UInt64(Date().timeIntervalSince1970 * 1000))
        return (0..<cases(default: defaultCount)).map { _ in generator.next() }
    }
}
