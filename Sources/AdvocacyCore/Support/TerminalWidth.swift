import Foundation

/// How wide the reader's terminal is: `COLUMNS` when it holds a number, else the width of the terminal
/// standard output goes to; nil when output goes to a file or a pipe and `COLUMNS` is not set.
public enum TerminalWidth {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        if let text = environment["COLUMNS"], let columns = Int(text.trimmingCharacters(in: .whitespaces)), columns > 0 {
            return min(columns, 10_000)
        }
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
