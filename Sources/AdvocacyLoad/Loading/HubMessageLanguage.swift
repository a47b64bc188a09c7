import Foundation
import AdvocacyCore

extension MessageLanguage {
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
