import Foundation

/// Prints how long each stage of a build took to standard error when `ADVOCACY_PROFILE` is set.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["ADVOCACY_PROFILE"] != nil
    private var last = ContinuousClock.now

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now
        FileHandle.standardError.write(Data("\(stage): \(now - last)\n".utf8))
        last = now
    }
}
