import Foundation

/// A `publish` or `expires` value: a day, or an instant.
public enum QueueDate: Sendable, Equatable {
    /// A date without a time, such as `2026-12-01`.
    case day(year: Int, month: Int, day: Int)
    /// An instant; written with a time, with or without an offset.
    case instant(Date)
}
