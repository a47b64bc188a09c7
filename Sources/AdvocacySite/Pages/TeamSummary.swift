import AdvocacyCore
import AdvocacyTemplates

/// A person of hub.yml's `team:` as the site shows them: the name, the roles in the site's words
/// (`team-role-<role>` in the theme's strings) and the work contacts, a `mailto:` link and the Teams
/// link. Nothing else: no photo, no figure of their own. Templates see the team as `site.team`, and
/// the digest its comms contacts as `contacts`.
package struct TeamMemberSummary: TemplateObject, Hashable, Sendable {
    /// One of the person's roles.
    struct Role: TemplateObject, Hashable, Sendable {
        let id: String
        let label: String
        /// Whether it is the person's first role: the others are written after a comma.
        let isFirst: Bool

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .id: .text(id)
            case .label: .text(label)
            case .isFirst: .bool(isFirst)
            default: nil
            }
        }
    }

    package let name: String
    let roles: [Role]
    package let email: String?
    package let teams: String?
    /// Whether it is the first person listed: the others are written after a separator.
    let isFirst: Bool

    /// The person as the site shows them in the words of `words`; `isFirst` for the first of a list.
    init(_ member: TeamMember, words: SiteStrings, isFirst: Bool) {
        name = member.name
        roles = member.roles.enumerated().map { index, role in
            Role(id: role.rawValue, label: words["team-role-\(role.rawValue)"], isFirst: index == 0)
        }
        email = member.email
        teams = member.teams
        self.isFirst = isFirst
    }

    /// The people of `team`, each as the site shows them.
    static func list(_ team: some Sequence<TeamMember>, words: SiteStrings) -> [TeamMemberSummary] {
        team.enumerated().map { TeamMemberSummary($1, words: words, isFirst: $0 == 0) }
    }

    /// The `mailto:` link of the email address, which `TeamMember.isEmailAddress` keeps to characters a
    /// link takes as they are.
    package var mailto: String? { email.map { "mailto:" + $0 } }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .name: .text(name)
        case .roles: .objects(roles)
        case .email: .optional(email)
        case .mailto: .optional(mailto)
        case .teams: .optional(teams)
        case .hasContacts: .bool(email != nil || teams != nil)
        case .isFirst: .bool(isFirst)
        default: nil
        }
    }
}
