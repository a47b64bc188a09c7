import Foundation

/// Prints how long each stage of a build took, and the memory in use after it, to standard error
/// when `ADVOCACY_PROFILE` is set.
package struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["ADVOCACY_PROFILE"] != nil
    private var last = ContinuousClock.now
    private var lastCPU = Self.cpu()

    /// Creates a value from its stored properties.
    package init() {

    }

    package mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = ContinuousClock.now, cpu = Self.cpu()
        let seconds = (cpu - lastCPU).formatted(.number.precision(.fractionLength(3)))
        FileHandle.standardError.write(Data("\(stage): \(now - last), \(seconds) s of CPU, \(Self.memory())\n".utf8))
        last = now
        lastCPU = cpu
    }

    /// The CPU time the process has used, user and system, in seconds.
    private static func cpu() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's resident memory now and at its peak, from `/proc/self/status`.
    private static func memory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "" }
        func value(_ key: String) -> String {
            status.split(separator: "\n").first { $0.hasPrefix(key + ":") }?
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().joined(separator: " ") ?? "?"
        }
        return "\(value("VmRSS")) resident, peak \(value("VmHWM"))"
    }
}
