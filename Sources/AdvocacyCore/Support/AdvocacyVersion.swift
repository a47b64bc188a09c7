/// The version of advocacy, written into every site's manifest.
public enum AdvocacyVersion {
    /// The release this source tree is.
    public static let current = "0.21.0"

    /// What `advocacy --version` prints: `advocacy 0.21.0 (1a2b3c4d5e6f)`.
    public static var description: String {
        "advocacy \(current) (\(commit ?? "unknown commit"))"
    }
}
