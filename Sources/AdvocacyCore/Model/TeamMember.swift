/// A role in the team behind the hub (`team:` in hub.yml), from the fixed set the programme names:
/// who decides, who owns the figures, who tells the success stories, whom to ask in communications,
/// and the ambassadors.
public enum TeamRole: String, CaseIterable, Sendable, Hashable {
    case decisionMaker = "decision-maker"
    case figures
    case stories
    case commsContact = "comms-contact"
    case ambassador

    /// Words an author may write for a role, as `Slug.make` writes them (Danish, and English
    /// spellings of the same role), each with the role it means.
    private static let otherWords: [String: TeamRole] = [
        "beslutningstager": .decisionMaker, "decision": .decisionMaker, "decider": .decisionMaker, "sponsor": .decisionMaker,
        "tal": .figures, "tallene": .figures, "data": .figures, "maaling": .figures, "figure": .figures, "numbers": .figures,
        "historier": .stories, "historiefortaeller": .stories, "fortaeller": .stories, "story": .stories, "storyteller": .stories,
        "kommunikation": .commsContact, "kontakt": .commsContact, "kontaktperson": .commsContact, "comms": .commsContact,
        "contact": .commsContact, "communications": .commsContact,
        "ambassadoer": .ambassador, "ambassadoerer": .ambassador, "ambassadors": .ambassador,
    ]

    /// The role `written` most likely means when it is not a role's name: a Danish or English word
    /// for it, or a role a typing slip or two away; nil when none is close.
    public static func meant(by written: String) -> TeamRole? {
        let word = Slug.make(written)
        if let role = TeamRole(rawValue: word) ?? otherWords[word] { return role }
        return EditDistance.suggestion(for: word, in: allCases.map(\.rawValue)).flatMap(TeamRole.init(rawValue:))
    }
}

/// A person on the team behind the hub: a name, the roles they hold and their work contacts. No
/// photo and no figure of their own: the hub names people, it does not profile them.
public struct TeamMember: Sendable, Hashable {
    public let name: String
    /// The person's roles in the order written, each once.
    public let roles: [TeamRole]
    /// A work email address, such as `mette.holm@holmvang.dk`.
    public let email: String?
    /// The person's Teams link: as written when it is an `https://` address, else a chat link to the
    /// address written (`https://teams.microsoft.com/l/chat/0/0?users=…`).
    public let teams: String?

    /// Creates a value from its stored properties.
    public init(name: String, roles: [TeamRole], email: String?, teams: String?) {
        self.name = name
        self.roles = roles
        self.email = email
        self.teams = teams
    }

    /// Whether `text` is an email address a `mailto:` link and Teams can take: one `@` between a
    /// name and a domain with a dot, no space, no quote or bracket, nothing to escape.
    public static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"\"'<>()[]\\,;:%?#&/=".unicodeScalars.contains($0) })
        else { return false }
        return true
    }

    /// The Teams link of a `teams:` value: an `https://` address as written (without whitespace,
    /// quotes or angle brackets), or a chat link to an email address; nil for anything else.
    public static func teamsLink(_ written: String) -> String? {
        if isEmailAddress(written) { return "https://teams.microsoft.com/l/chat/0/0?users=" + written }
        guard written.hasPrefix("https://"), written.count > "https://".count,
              !written.contains(where: { $0.isWhitespace || "\"'<>\\`".contains($0) }) else { return nil }
        return written
    }
}
