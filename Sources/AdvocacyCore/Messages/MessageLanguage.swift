import Foundation

/// Which language messages are shown in: `--lang` when given, else the hub's `language`, else the
/// environment's (before hub.yml is read, or when it cannot be).
public enum MessageLanguage {
    /// The language the environment asks for: the first set of `LC_ALL`, `LC_MESSAGES` and `LANG`,
    /// as POSIX orders them; Danish for `da…`, English otherwise.
    public static func environment(_ variables: [String: String] = ProcessInfo.processInfo.environment) -> HubLanguage {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { variables[$0] }.first { !$0.isEmpty }
        return setting?.lowercased().hasPrefix("da") == true ? .da : .en
    }
}
