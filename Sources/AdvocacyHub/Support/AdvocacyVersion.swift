/// The version of advocacy, written into every site's manifest.
public enum AdvocacyVersion {
    /// The release this source tree is.
    public static let current = "0.20.0"
}
