import Foundation
import Yams
import AdvocacyCore

/// Reads `hub.yml`.
package enum HubConfigLoader {
    package static let keys: Set<String> = ["title", "language", "timezone", "base-url", "site-url", "utm", "disclosure",
                                    "disclosure-label", "forbidden-terms", "platforms", "unsafe-html", "min-group", "metrics",
                                    "team", "balance"]

    package static func load(_ folder: ContentFolder, diagnostics: inout Diagnostics) -> HubConfig {
        var config = HubConfig.defaults
        let display = folder.display("hub.yml")
        guard FileManager.default.fileExists(atPath: folder.absolute("hub.yml")) else {
            diagnostics.error(.missingHubFile, at: SourceLocation(file: display))
            config.isReadable = false
            return config
        }
        var text: String
        do {
            text = try SourceText.read(folder.absolute("hub.yml"))
        } catch {
            diagnostics.error(error.message, at: error.location(in: display))
            return config
        }
        text = CharacterScan.clean(text, file: display, diagnostics: &diagnostics)
        var fields = YAMLFields.parse(text, file: display, firstLine: 1, what: Message(.wholeFile))
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        config.isReadable = fields.isValid
        if !fields.isValid { config.statedLanguage = statedLanguage(in: text) }
        fields.checkKeys(keys, params: true)
        if let title = fields.requiredString("title", published: true) { config.title = title.value }
        if let language = fields.string("language") {
            if let value = HubLanguage(rawValue: language.value) {
                config.language = value
            } else {
                fields.diagnostics.error(.unknownLanguage(name: language.value, known: HubLanguage.allCases.map(\.rawValue)),
                                         at: language.location)
            }
        }
        if let zone = fields.string("timezone") {
            if let value = HubConfig.timeZone(named: zone.value) {
                config.timeZone = value
            } else {
                fields.diagnostics.error(.unknownTimeZone(name: zone.value), at: zone.location)
            }
        }
        let base = fields.string("base-url", published: true)
        var baseIsValid = false
        if let base {
            if let normalized = normalizedBaseURL(base.value) {
                config.baseURL = normalized
                baseIsValid = true
            } else {
                fields.diagnostics.error(.malformedBaseURL(url: base.value), at: base.location)
            }
        }
        if let site = fields.string("site-url", published: true) {
            if let url = siteURL(site.value) {
                config.siteURL = url
                if let host = Starter.exampleHost(of: url) {
                    fields.diagnostics.warning(.siteURLExampleHost(url: url, host: host), at: site.location)
                }
                // The pages link to each other by base-url's path and the feeds and the digest by site-url:
                // both must name the same folder. Without base-url, site-url's path is the site's.
                let sitePath = path(of: url)
                if let base, baseIsValid, path(of: config.baseURL) != sitePath {
                    fields.diagnostics.error(.baseURLNotSiteURLPath(base: base.value, site: url, path: sitePath),
                                             at: base.location)
                } else if base == nil {
                    config.baseURL = sitePath
                }
            } else {
                fields.diagnostics.error(.malformedSiteURL(url: site.value), at: site.location)
            }
        }
        if let utm = fields.node("utm") {
            var nested = fields.nested(utm, what: Message(.namedKey(key: "utm")))
            nested.checkKeys(["medium"])
            if let medium = nested.string("medium", published: true) { config.utmMedium = medium.value }
            fields.append(nested)
        }
        config.disclosure = fields.string("disclosure", published: true)?.value
        // `disclosure-label:` with no text would label advertising with nothing: an error at the key,
        // unless YAML read its value as a comment (`disclosure-label: #annonce`), said already.
        if let empty = fields.emptyKeys.first(where: { $0.value == "disclosure-label" }) {
            if !fields.diagnostics.all.contains(where: { $0.location.line == empty.location.line }) {
                fields.diagnostics.error(.disclosureLabelEmpty(language: config.language.rawValue,
                                                               label: config.language.defaultDisclosureLabel),
                                         at: empty.location)
            }
        } else if let label = fields.string("disclosure-label", published: true) {
            config.disclosureLabel = label.value
        }
        config.forbiddenTerms = fields.stringList("forbidden-terms").filter { !$0.value.isEmpty }
        config.unsafeHTML = fields.bool("unsafe-html") ?? false
        if let platforms = fields.node("platforms") {
            var nested = fields.nested(platforms, what: Message(.namedKey(key: "platforms")))
            for entry in nested.entries {
                guard let platform = Platform(rawValue: entry.key) else {
                    nested.diagnostics.error(.unknownPlatform(name: entry.key, known: Platform.allCases.map(\.rawValue), suggestion: nil),
                                             at: nested.location(of: entry.keyNode))
                    continue
                }
                var settings = nested.nested(entry.value, what: Message(.namedKey(key: "platforms.\(entry.key)")))
                settings.checkKeys(["limit"])
                if let limit = settings.int("limit") {
                    if limit > 0 { config.platformLimits[platform] = limit } else {
                        settings.diagnostics.error(.limitNotPositive, at: settings.location)
                    }
                }
                nested.diagnostics.append(contentsOf: settings.diagnostics)
            }
            fields.diagnostics.append(contentsOf: nested.diagnostics)
        }
        if let minGroup = fields.int("min-group") {
            if minGroup > 0 { config.minGroup = minGroup } else {
                fields.diagnostics.error(.minGroupNotPositive, at: fields.keyLocation("min-group") ?? fields.location)
            }
        }
        if let metrics = fields.node("metrics") {
            config.metrics = declaredMetrics(metrics, in: &fields)
        }
        if let node = fields.node("team") {
            config.team = team(node, in: &fields)
        }
        if let balance = fields.node("balance") {
            config.balance = curatedBalance(balance, in: &fields)
        }
        config.params = fields.params()
        config.texts = fields.published
        // Said once, for a hub.yml that is otherwise in order: the digest's email and chat messages need it.
        if fields.string("site-url") == nil, fields.isValid, !fields.diagnostics.hasErrors {
            fields.diagnostics.warning(.siteURLMissing, at: SourceLocation(file: display))
        }
        return config
    }

    /// `metrics: {id: {label, unit}}`: each id with its label and unit (empty when not given).
    private static func declaredMetrics(_ node: Node, in fields: inout YAMLFields) -> [Metric] {
        var nested = fields.nested(node, what: Message(.namedKey(key: "metrics")))
        var metrics: [Metric] = []
        for entry in nested.entries {
            if entry.key.isEmpty || Slug.make(entry.key) != entry.key {
                nested.diagnostics.error(.metricIdNotSlug(name: entry.key, suggestion: Slug.make(entry.key)),
                                         at: nested.location(of: entry.keyNode))
                continue
            }
            var settings = nested.nested(entry.value, what: Message(.namedKey(key: "metrics.\(entry.key)")))
            settings.checkKeys(["label", "unit"])
            let label = settings.requiredString("label", published: true)
            let unit = settings.string("unit", published: true)
            nested.append(settings)
            if let label { metrics.append(Metric(id: entry.key, label: label.value, unit: unit?.value ?? "")) }
        }
        fields.append(nested)
        return metrics
    }

    /// `team: [{name, roles, email, teams}]`: the people behind the hub. Warns, at `team:`, when no one
    /// holds the `figures` or the `stories` role (the programme needs both named), unless a role was
    /// written wrong, which is an error already. A hub without `team:` gets no warning: the team is
    /// optional, and docs/authoring.md says how to add it.
    private static func team(_ node: Node, in fields: inout YAMLFields) -> [TeamMember] {
        guard let list = node.sequence else {
            fields.diagnostics.error(.teamNotList, at: fields.location(of: node))
            return []
        }
        let known = TeamRole.allCases.map(\.rawValue)
        var team: [TeamMember] = [], roleMistake = false
        for entry in list {
            var person = fields.nested(entry, what: Message(.anEntryOf(key: "team")))
            defer { fields.append(person) }
            guard entry.mapping != nil else { continue }
            person.checkKeys(["name", "roles", "email", "teams"])
            var name = person.requiredString("name", published: true)
            if let blank = name, blank.value.allSatisfy(\.isWhitespace) {
                person.diagnostics.error(.missingRequiredKey(key: "name"), at: blank.location)
                name = nil
            }
            var roles: [TeamRole] = []
            let rolesWritten = person.stringList("roles")
            for written in rolesWritten {
                guard let role = TeamRole(rawValue: written.value) else {
                    roleMistake = true
                    let meant = TeamRole.meant(by: written.value).map { Message(.didYouMean(name: $0.rawValue)) }
                    person.diagnostics.error(.teamRoleUnknown(name: written.value, known: known, suggestion: meant), at: written.location)
                    continue
                }
                if !roles.contains(role) { roles.append(role) }
            }
            // No role written at all (`roles: figures` is an error of its own, not a list).
            let rolesNode = person.node("roles")
            if rolesWritten.isEmpty, rolesNode == nil || rolesNode?.sequence != nil, let name {
                person.diagnostics.error(.teamRolesMissing(name: name.value, known: known),
                                         at: person.keyLocation("roles") ?? name.location)
            }
            var email = person.string("email", published: true)
            if let written = email, !TeamMember.isEmailAddress(written.value) {
                person.diagnostics.error(.teamEmailInvalid(value: written.value), at: written.location)
                email = nil
            }
            var teams: String?
            if let written = person.string("teams", published: true) {
                teams = TeamMember.teamsLink(written.value)
                if teams == nil { person.diagnostics.error(.teamTeamsInvalid(value: written.value), at: written.location) }
            }
            if let name {
                team.append(TeamMember(name: name.value, roles: roles, email: email?.value, teams: teams))
            }
        }
        if !roleMistake {
            let location = fields.keyLocation("team") ?? fields.location
            let held = Set(team.flatMap(\.roles))
            if !held.contains(.figures) { fields.diagnostics.warning(.teamWithoutFigures, at: location) }
            if !held.contains(.stories) { fields.diagnostics.warning(.teamWithoutStories, at: location) }
        }
        return team
    }

    /// `balance: {curated: 30, disciplines: {id: {curated: 50}}}`: the targets written, each a whole per
    /// cent from 0 to 100; nil when none could be read. Whether each id names a discipline is checked
    /// once the disciplines are loaded.
    private static func curatedBalance(_ node: Node, in fields: inout YAMLFields) -> CuratedBalance? {
        // `balance: 30` most likely means the overall target: said with what to write instead.
        guard node.mapping != nil else {
            fields.diagnostics.error(.balanceEmpty, at: fields.location(of: node))
            return nil
        }
        var nested = fields.nested(node, what: Message(.namedKey(key: "balance")))
        defer { fields.append(nested) }
        nested.checkKeys(["curated", "disciplines"])
        var balance = CuratedBalance(curated: percent("curated", in: &nested))
        if let disciplines = nested.node("disciplines") {
            var list = nested.nested(disciplines, what: Message(.namedKey(key: "balance.disciplines")))
            for entry in list.entries {
                guard entry.value.mapping != nil else {
                    list.diagnostics.error(.balanceDisciplineWithoutTarget(discipline: entry.key), at: list.location(of: entry.value))
                    continue
                }
                var settings = list.nested(entry.value, what: Message(.namedKey(key: "balance.disciplines.\(entry.key)")))
                settings.checkKeys(["curated"])
                if let curated = percent("curated", in: &settings) {
                    balance.disciplines.append(.init(id: Located(entry.key, at: list.location(of: entry.keyNode)), curated: curated))
                } else if settings.node("curated") == nil {
                    settings.diagnostics.error(.balanceDisciplineWithoutTarget(discipline: entry.key), at: list.location(of: entry.keyNode))
                }
                list.append(settings)
            }
            nested.append(list)
        }
        // Said unless a misspelt key, reported with its "did you mean", is why.
        if nested.node("curated") == nil, nested.node("disciplines") == nil,
           nested.entries.allSatisfy({ $0.key == "curated" || $0.key == "disciplines" }) {
            nested.diagnostics.error(.balanceEmpty, at: fields.keyLocation("balance") ?? nested.location)
        }
        return balance.curated == nil && balance.disciplines.isEmpty ? nil : balance
    }

    /// A per cent from 0 to 100 at `key`, where it is written; nil, said at the value, for anything else.
    private static func percent(_ key: String, in fields: inout YAMLFields) -> Located<Int>? {
        guard let node = fields.node(key) else { return nil }
        guard let written = node.scalar?.string else {
            fields.diagnostics.error(.mustBeWholeNumber(key: key), at: fields.location(of: node))
            return nil
        }
        guard let value = Int(written), (0...100).contains(value) else {
            fields.diagnostics.error(.balanceNotPercent(key: key, written: written), at: fields.location(of: node))
            return nil
        }
        return Located(value, at: fields.location(of: node))
    }

    /// `site-url` as written when it is an absolute http or https address with a host, ending with `/`.
    package static func siteURL(_ text: String) -> String? {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.hasSuffix("/"),
              !text.contains(where: { $0.isWhitespace || "?#\"<>\\".contains($0) }),
              let url = URL(string: text), let host = url.host, !host.isEmpty else { return nil }
        return text
    }

    /// The language a hub.yml that YAML cannot read names on a line of its own, `language: da`, so that
    /// its errors are told in it.
    package static func statedLanguage(in text: String) -> HubLanguage? {
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("language") {
            var value = line.dropFirst("language".count).drop { $0 == " " || $0 == "\t" }
            guard value.first == ":" else { continue }
            value = value.dropFirst()
            if let comment = value.firstIndex(of: "#") { value = value[..<comment] }
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if let language = HubLanguage(rawValue: word) { return language }
        }
        return nil
    }

    /// The path of an address such as `https://intranet.example.dk/advocacy/`, as written: `/advocacy/`.
    /// A path is its own path.
    package static func path(of address: String) -> String {
        guard let scheme = address.range(of: "://") else { return address }
        let rest = address[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }

    /// A path such as `/advocacy/`, made to start and end with `/`; nil when it cannot be a URL path.
    package static func normalizedBaseURL(_ text: String) -> String? {
        var path = text
        if path.hasPrefix("https://") || path.hasPrefix("http://") {
            guard let url = URL(string: path), url.host != nil else { return nil }
        } else if !path.hasPrefix("/") {
            return nil
        }
        guard !path.contains(where: { $0 == " " || $0 == "?" || $0 == "#" || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }),
              !path.hasPrefix("//") else { return nil }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}
