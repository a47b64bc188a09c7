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

    /// `override`, else the language the hub in `content` states in its hub.yml, even one with errors,
    /// else the environment's.
    public static func resolve(override: HubLanguage?, content: String) -> HubLanguage {
        if let override { return override }
        var folder = ContentFolder(content)
        // Run inside the content folder itself, the hub there still decides.
        if !folder.exists { folder = ContentFolder(".") }
        guard folder.exists, FileManager.default.fileExists(atPath: folder.absolute("hub.yml")) else { return environment() }
        var ignored = Diagnostics()
        let config = HubConfigLoader.load(folder, diagnostics: &ignored)
        return config.messageLanguage
    }
}
