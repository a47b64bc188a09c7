/// A social network a share text is written for.
public enum Platform: String, CaseIterable, Sendable, Comparable {
    case linkedin, x, facebook, instagram

    /// The platform's own limit on the length of a post, as the platform counts it.
    public var defaultLimit: Int {
        switch self {
        case .linkedin: 3000
        case .x: 280
        case .facebook: 63206
        case .instagram: 2200
        }
    }

    /// The name shown to people.
    public var displayName: String {
        switch self {
        case .linkedin: "LinkedIn"
        case .x: "X"
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        }
    }

    /// The platform a former name now means: `twitter` is `x`.
    public static func renamed(_ name: String) -> Platform? {
        name.lowercased() == "twitter" ? .x : nil
    }

    public static func < (lhs: Platform, rhs: Platform) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
