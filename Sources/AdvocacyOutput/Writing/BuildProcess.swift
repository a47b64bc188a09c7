import Foundation
import AdvocacyCore

/// The process a build folder beside the output belongs to, as its name records it: the pid and, on
/// Linux, when that process started (clock ticks since boot, `/proc/<pid>/stat`'s 22nd field). A pid
/// is given to another process once the first has ended, so only both tell that the build still runs.
struct BuildProcess: Equatable {
    let pid: Int32
    /// Nil in a name written before the start was recorded, or where the system does not tell it.
    package let start: UInt64?

    /// This process.
    package static let current = BuildProcess(pid: getpid(), start: startTime(of: getpid()))

    /// How the name of a build folder writes it: `<pid>-<start>`, or `<pid>-0` without a start.
    package var name: String { "\(pid)-\(start ?? 0)" }

    /// Reads the process from what follows `tmp-` or `old-` in a folder's name: `<pid>-<start>-<n>`,
    /// or `<pid>-<n>` as older builds wrote it.
    package init?(folderSuffix: Substring) {
        let parts = folderSuffix.split(separator: "-", omittingEmptySubsequences: false)
        guard let pid = parts.first.flatMap({ Int32($0) }), pid > 0 else { return nil }
        self.pid = pid
        start = parts.count >= 3 ? UInt64(parts[1]).flatMap { $0 == 0 ? nil : $0 } : nil
    }

    package init(pid: Int32, start: UInt64?) {
        self.pid = pid
        self.start = start
    }

    /// Whether the process has ended: no process has its pid, or the one that has it started at
    /// another moment.
    var hasEnded: Bool {
        if kill(pid, 0) != 0 && errno == ESRCH { return true }
        guard let start, let running = Self.startTime(of: pid) else { return false }
        return running != start
    }

    /// When a process started, from `/proc/<pid>/stat`; nil where there is no such file.
    static func startTime(of pid: Int32) -> UInt64? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After the command name in parentheses: the state is field 3, the start time field 22.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 19 ? UInt64(fields[19]) : nil
    }
}
