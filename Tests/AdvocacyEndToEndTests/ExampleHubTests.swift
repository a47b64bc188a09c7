import Foundation
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyPublish
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AdvocacyTestSupport

/// The example hub in `content/` is what a comms team copies: it must check clean, hold the whole
/// readiness model, and show every kind of content and every queue state on a December morning.
@Suite struct ExampleHubTests {
    static let now = "2026-12-10T09:00"

    /// One build of the example hub, shared by the tests that read the site.
    static let built = Result { try BuiltSite(content: TestPaths.exampleHub, now: now) }

    /// The example hub as loaded, with share texts filled in, and the instant of `now`.
    static func published() throws -> (hub: Hub, now: Date) {
        let (result, instant) = try publishedResult()
        return (result.hub, instant)
    }

    static func publishedResult() throws -> (Publisher.Result, now: Date) {
        let (hub, diagnostics) = ContentLoader.load(TestPaths.exampleHub)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.sorted)")
        let instant = try HubClock(timeZone: hub.config.timeZone).now(now)
        return (Publisher.publish(hub, now: instant, drafts: false), instant)
    }

    // MARK: - Checks

    @Test("checks clean in both languages; without --lang, in the hub's (Danish)", arguments: [
        ("en", "0 errors, 0 warnings\n"), ("da", "0 fejl, 0 advarsler\n"), (nil, "0 fejl, 0 advarsler\n"),
    ])
    func checksWithNoErrorsAndNoWarnings(language: String?, count: String) throws {
        let run = try CommandRun(["check", "--content", TestPaths.exampleHub, "--templates", TestPaths.theme,
                                  "--now", Self.now], language: language)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == count, "\(run.standardError)")
    }

    @Test func buildsWithNoDiagnostics() throws {
        let site = try Self.built.get()
        #expect(site.report.diagnostics.isEmpty, "\(site.report.diagnostics)")
    }

    // MARK: - hub.yml

    @Test func hubYmlUsesEverySettingOfTheSpec() throws {
        let text = try String(contentsOfFile: TestPaths.exampleHub + "/hub.yml", encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        for key in ["title", "language", "timezone", "base-url", "utm", "disclosure", "forbidden-terms", "platforms", "min-group", "metrics"] {
            #expect(lines.contains { $0.hasPrefix(key + ":") }, "hub.yml does not set '\(key)'")
        }
        #expect(lines.contains { $0.hasPrefix(" ") && $0.trimmingCharacters(in: .whitespaces).hasPrefix("medium:") },
                "hub.yml does not set utm.medium")

        let (hub, diagnostics) = ContentLoader.load(TestPaths.exampleHub)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.sorted)")
        let config = hub.config
        #expect(config.title != HubConfig.defaults.title)
        #expect(config.language == .da)
        #expect(config.timeZone.identifier == "Europe/Copenhagen")
        #expect(config.baseURL == "/")
        #expect(config.utmMedium == "employee-advocacy")
        #expect(config.disclosure == "#reklame")
        #expect(config.forbiddenTerms.map(\.value).contains("Projekt Nordlys"))
        #expect(config.limit(for: .x) == 280)
    }

    @Test func sponsoredItemsCarryTheDisclosureAndNoForbiddenTermIsPublished() throws {
        let (published, now) = try Self.publishedResult()
        let sponsored = published.items.filter(\.sponsored)
        #expect(sponsored.count >= 2, "the example should show sponsored items")
        #expect(sponsored.contains { $0.item.state(at: now) == .active })
        for item in sponsored {
            for text in item.shareTexts {
                #expect(text.text.localizedCaseInsensitiveContains("#reklame"), "\(text.location)")
            }
        }
        let site = try Self.built.get()
        for path in site.files where path.hasSuffix(".html") || path.hasSuffix(".json") || path.hasSuffix(".xml") {
            #expect(!site.file(path).localizedCaseInsensitiveContains("Projekt Nordlys"), "\(path)")
        }
    }

    // MARK: - readiness.yml

    static let phases: [(name: String, parameters: [String])] = [
        ("Situationsanalyse", ["Kommunikationspolitik", "Engagement", "Holdning/tilgang"]),
        ("Kommunikationsplanlægning", ["Indholdsstrategi", "Indholdsguidelines", "Uddannelse"]),
        ("Effekt", ["Teknologi", "Data/måling"]),
    ]
    static let levels = ["Ingen", "Autonom", "Eksperter", "Ambassadører", "Alle"]

    @Test func readinessHoldsEveryParameterByEveryLevel() throws {
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let model = try #require(hub.readiness, "content/readiness.yml did not load")
        #expect(model.levels == Self.levels)
        #expect(model.phases.map(\.name) == Self.phases.map(\.name))
        for (phase, expected) in zip(model.phases, Self.phases) {
            #expect(phase.parameters.map(\.name) == expected.parameters, "phase \(phase.name)")
            for parameter in phase.parameters {
                #expect(parameter.levels.count == Self.levels.count, "\(parameter.name)")
                for (level, description) in zip(Self.levels, parameter.levels) {
                    #expect(!description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                            "\(parameter.name) × \(level) has no description")
                }
                #expect(Set(parameter.levels).count == parameter.levels.count,
                        "\(parameter.name): every level needs its own description")
            }
        }
        #expect(model.phases.flatMap(\.parameters).count == 8)
    }

    @Test func readinessSplitsTheNonStrategicFromTheStrategicApproach() throws {
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let model = try #require(hub.readiness)
        #expect(model.strategicFrom == 2, "the strategic approach starts at Eksperter: Ingen and Autonom are not strategic")
    }

    @Test func readinessPageHasOneLabelledRadioGroupPerParameter() throws {
        let html = try Self.built.get().file("readiness/index.html")
        #expect(!html.isEmpty, "readiness/index.html is missing")
        let inputs = Self.matches(#"<input\b[^>]*type="radio"[^>]*>"#, in: html)
        let labels = Self.matches(#"<label\b[^>]*\bfor="([^"]+)"[^>]*>(.*?)</label>"#, in: html)
        var groups: [String: [String]] = [:]   // name → ids, in page order
        var order: [String] = []
        for input in inputs {
            let name = try #require(Self.attribute("name", in: input[0]), "\(input[0])")
            let id = try #require(Self.attribute("id", in: input[0]), "\(input[0])")
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(id)
        }
        #expect(order.count == 8, "one radio group per parameter: \(order)")
        let labelled = Dictionary(labels.map { ($0[1], $0[2]) }, uniquingKeysWith: { first, _ in first })
        let ids = groups.values.flatMap { $0 }
        #expect(Set(ids).count == ids.count, "input ids must be unique")
        for name in order {
            let options = groups[name] ?? []
            #expect(options.count == 5, "\(name) has \(options.count) options")
            for (index, id) in options.enumerated() {
                let label = try #require(labelled[id], "no <label for=\"\(id)\">")
                #expect(label.contains(Self.levels[index]), "\(id): \(label)")
            }
        }
        // Each group sits in a fieldset whose legend names the parameter, inside its phase's fieldset.
        for phase in Self.phases {
            #expect(html.contains("</span> \(HTML.escape(phase.name))</legend>"), "no phase legend for \(phase.name)")
            for parameter in phase.parameters {
                #expect(html.contains("<legend>\(HTML.escape(parameter))</legend>"), "no legend for \(parameter)")
            }
        }
        #expect(Self.matches(#"<fieldset class="parameter""#, in: html).count == 8)
        #expect(Self.matches(#"<fieldset class="phase""#, in: html).count == 3)
        #expect(html.contains("readiness.js"))
    }

    // MARK: - The site on a December morning

    /// The programme around the queue: the team with every role on "Om hubben" and its comms contact
    /// in the digest, and curated items in the queue whose cards name their publisher.
    @Test func showsTheTeamAndCuratedItems() throws {
        let site = try Self.built.get()
        let (hub, now) = try Self.published()
        #expect(Set(hub.config.team.flatMap(\.roles)) == Set(TeamRole.allCases), "every role is someone's")
        let about = site.file("om-hubben/index.html")
        for person in hub.config.team {
            #expect(about.contains("<p class=\"team-name\">\(person.name)</p>"), "\(person.name) is not on Om hubben")
        }
        let contacts = hub.config.team.filter { $0.roles.contains(.commsContact) }
        #expect(!contacts.isEmpty)
        for contact in contacts {
            #expect(site.file("digest/email.txt").contains("- " + contact.name), "\(contact.name) is not in the digest's footer")
        }
        let curated = hub.shareItems.filter { $0.source == .curated && $0.state(at: now) == .active }
        #expect(curated.count >= 2, "the example shows curated items in the queue")
        for item in curated {
            let page = site.file("share/\(item.info.slug.value)/index.html")
            #expect(page.contains("<p class=\"card-via\">Kurateret fra \(item.via?.value ?? "?")</p>"), "\(item.info.slug.value)")
        }
    }

    @Test func showsActiveEmbargoedAndExpiredItems() throws {
        let site = try Self.built.get()
        let (hub, now) = try Self.published()
        let active = hub.shareItems.filter { $0.state(at: now) == .active }
        let expired = hub.shareItems.filter { $0.state(at: now) == .expired }
        let embargoed = hub.shareItems.filter { $0.state(at: now) == .embargoed }
        #expect(active.count >= 3 && expired.count >= 1 && embargoed.count >= 1,
                "active \(active.count), expired \(expired.count), embargoed \(embargoed.count)")
        #expect(site.report.active == active.count)
        #expect(site.report.expired == expired.count)
        #expect(site.report.embargoed == embargoed.count)

        let queue = site.file("share/index.html"), archive = site.file("share/archive/index.html")
        // The cards' tools are written once for the site, and an active item's page loads them.
        let tools = "<script src=\"/assets/card-tools.js\"></script>"
        #expect(site.file("assets/card-tools.js").contains(#"class=\"button copy\""#), "the tools hold the copy button")
        for item in active {
            let slug = item.info.slug.value
            #expect(queue.contains("href=\"/share/\(slug)/\""), "\(slug) is not in the queue")
            #expect(site.file("share/\(slug)/index.html").contains(tools), "\(slug) has no copy button")
            #expect(!archive.contains("href=\"/share/\(slug)/\""), "\(slug) is active but in the archive")
        }
        for item in expired {
            let slug = item.info.slug.value
            #expect(archive.contains("href=\"/share/\(slug)/\""), "\(slug) is not in the archive")
            #expect(!queue.contains("href=\"/share/\(slug)/\""), "\(slug) is expired but in the queue")
            let page = site.file("share/\(slug)/index.html")
            #expect(!page.isEmpty, "\(slug) has no page")
            #expect(!page.contains("class=\"button copy\"") && !page.contains(tools) && !page.contains("data-composer"),
                    "\(slug) is expired but offers share actions")
        }
        for item in embargoed {
            let slug = item.info.slug.value
            let title = item.info.title.value
            for path in site.files {
                #expect(!path.contains(slug), "\(path) gives away the embargoed \(slug)")
                guard !path.hasPrefix("media/") && !path.hasPrefix("assets/") else { continue }
                let text = site.file(path)
                #expect(!text.contains(slug), "\(path) names the embargoed \(slug)")
                #expect(!text.contains(title) && !text.contains(HTML.escape(title)), "\(path) names the embargoed '\(title)'")
            }
        }
    }

    @Test func everyDisciplineHasActiveShareTexts() throws {
        let site = try Self.built.get()
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        #expect(hub.disciplines.map(\.id).sorted() == ["employer-branding", "social-selling", "thought-leadership"])
        // The queue names each item's texts by discipline and platform; the cards are on the items' pages.
        let texts = Self.matches(#"data-texts="([^"]*)""#, in: site.file("share/index.html"))
            .flatMap { $0[1].split(separator: " ").map { $0.split(separator: ":").map(String.init) } }
        for discipline in hub.disciplines {
            let id = discipline.id
            #expect(texts.contains { $0.first == id }, "no share text for \(id) in the queue")
            let page = site.file("disciplines/\(id)/index.html")
            let links = Self.matches(#"<p class="texts-link"><a href="/share/([^/"]+)/#([^"]+)""#, in: page)
            #expect(!links.isEmpty, "disciplines/\(id)/ links to no share card")
            for link in links {
                #expect(site.file("share/\(link[1])/index.html").contains("<section class=\"card\" id=\"\(link[2])\" data-discipline=\"\(id)\""),
                        "disciplines/\(id)/ links to \(link[2]), which is no share text of its own")
            }
            for key in [discipline.challenge, discipline.colleagues, discipline.content, discipline.format] {
                #expect(!(key ?? "").isEmpty, "\(id) leaves challenge, colleagues, content or format empty")
            }
        }
        #expect(Set(texts.compactMap(\.last)).count >= 3, "the queue should show texts for several platforms")
    }

    @Test func showsAtLeastFourStoriesWithResults() throws {
        let site = try Self.built.get()
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let withResults = hub.stories.filter { !$0.results.isEmpty }
        #expect(withResults.count >= 4)
        #expect(Set(withResults.flatMap { $0.disciplines.map(\.value) }).count == 3, "the stories should cover every discipline")
        let index = site.file("stories/index.html")
        for story in withResults {
            let slug = story.info.slug.value
            #expect(index.contains("href=\"/stories/\(slug)/\""), "\(slug) is not on stories/")
            let page = site.file("stories/\(slug)/index.html")
            #expect(page.contains("class=\"results"), "\(slug) shows no results")
            for result in story.results {
                #expect(page.contains(HTML.escape(result.label)) && page.contains(HTML.escape(result.value)), "\(slug): \(result.label)")
            }
        }
    }

    @Test func showsTheGuidelines() throws {
        let site = try Self.built.get()
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        #expect(hub.guidelines.count >= 8)
        let index = site.file("guidelines/index.html")
        for guideline in hub.guidelines {
            let slug = guideline.info.slug.value
            #expect(index.contains("href=\"/guidelines/\(slug)/\""), "\(slug) is not on guidelines/")
            #expect(site.file("guidelines/\(slug)/index.html").contains(HTML.escape(guideline.info.title.value)))
        }
    }

    @Test func showsTheThreePages() throws {
        let site = try Self.built.get()
        for slug in ["om-hubben", "kontakt", "faq"] {
            let page = site.file("\(slug)/index.html")
            #expect(page.contains("<h1"), "\(slug)/index.html is missing")
            #expect(site.file("sitemap.xml").contains("/\(slug)/"), "\(slug) is not in the sitemap")
        }
    }

    @Test func theHomePageShowsTheQueueStoriesAndTheWhy() throws {
        let site = try Self.built.get()
        let home = site.file("index.html")
        #expect(home.contains("href=\"/share/"))
        #expect(home.contains("href=\"/stories/"))
        #expect(home.contains("href=\"/guidelines/"))
        #expect(home.contains("href=\"/disciplines/"))
        #expect(home.contains("Hvorfor dele?"))
        #expect(home.contains("52 %") && home.contains("Digital Works"), "the reference figures with their source")
    }

    /// What an employee browsing the example hub noticed (#14), each fixed.
    @Test func itemsAppearOnceOnTheHomePageAndPagesSayWhatTheyAre() throws {
        let site = try Self.built.get()
        let (hub, now) = try Self.published()
        let home = site.file("index.html")
        for item in hub.shareItems where item.state(at: now) == .active {
            let link = "href=\"/share/\(item.info.slug.value)/\""
            #expect(home.components(separatedBy: link).count <= 2, "\(item.info.slug.value) is listed twice on the home page")
        }
        for item in hub.shareItems {
            let page = site.file("share/\(item.info.slug.value)/index.html")
            guard !page.isEmpty else { continue }
            let expired = item.state(at: now) == .expired
            #expect(page.contains(expired ? "Teksterne fra perioden" : "Tekster klar til deling"), "\(item.info.slug.value)")
            #expect(!page.contains(expired ? "Tekster klar til deling" : "Teksterne fra perioden"), "\(item.info.slug.value)")
            let background = try #require(page.range(of: "class=\"item-background\"")), cards = try #require(page.range(of: "class=\"share-cards\""))
            #expect(background.lowerBound < cards.lowerBound, "the background comes before the cards, as on a phone")
        }
        for story in hub.stories {
            guard let summary = story.info.summary, !summary.isEmpty else { continue }
            #expect(site.file("stories/\(story.info.slug.value)/index.html").contains("<p class=\"lead\">\(HTML.escape(summary))</p>"))
        }
    }

    /// Each discipline has its own feed and calendar, holding exactly its active items with absolute
    /// links (the example hub has site-url), linked from the discipline's page.
    @Test func eachDisciplineHasAFeedAndACalendarOfItsOwnItems() throws {
        let site = try Self.built.get()
        let (hub, now) = try Self.published()
        let active = hub.shareItems.filter { $0.state(at: now) == .active }
        for discipline in hub.disciplines {
            let expected = Set(active.filter { $0.disciplines.contains { $0.value == discipline.id } }.map(\.info.slug.value))
            #expect(!expected.isEmpty, "\(discipline.id) has active items in the example")
            let feed = site.file("disciplines/\(discipline.id)/feed.xml")
            let entries = try #require(AtomEntries(feed), "\(discipline.id)/feed.xml parses")
            #expect(Set(entries.links.compactMap { $0.split(separator: "/").last.map(String.init) }) == expected)
            #expect(entries.links.allSatisfy { $0.hasPrefix("https://hub.holmvang.dk/share/") }, "\(entries.links)")
            let calendar = site.file("disciplines/\(discipline.id)/queue.ics")
            let uids = calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:share-") }
                .map { String($0.dropFirst("UID:share-".count).prefix { $0 != "@" }) }
            #expect(Set(uids) == expected && uids.count == expected.count, "\(discipline.id)/queue.ics")
            let page = site.file("disciplines/\(discipline.id)/index.html")
            #expect(page.contains("href=\"/disciplines/\(discipline.id)/feed.xml\"") && page.contains("href=\"/disciplines/\(discipline.id)/queue.ics\""))
        }
    }

    /// The evaluations of the results are found by search, as every other page with text is.
    @Test func searchFindsTheEvaluations() throws {
        let site = try Self.built.get()
        let evaluations = try site.searchIndex().entries.filter { $0["kind"] as? String == "evaluation" }.compactMap { $0["url"] as? String }
        #expect(Set(evaluations) == ["/results/2026-Q2/", "/results/2026-Q3/"])
    }

    /// Every date on the site is written one way: the weekday, the day, the month and the year,
    /// with the time only when the content gives one.
    @Test func datesAreWrittenOneWay() throws {
        let site = try Self.built.get()
        let weekdays = "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
        let pattern = try Regex("(Udgivet|Aktuel til og med) <?[^<]*?>?" + weekdays)
        let home = site.file("share/index.html")
        let dates = home.matches(of: try Regex("(Udgivet <time[^>]*>|Aktuel til og med )([^<]+)")).map { String(home[$0.range]) }
        #expect(!dates.isEmpty)
        for date in dates { #expect(date.contains(pattern), "\(date)") }
    }

    @Test func mediaHoldsSmallImagesOfOurOwn() throws {
        let site = try Self.built.get()
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        #expect(hub.media.count >= 3)
        for media in hub.media {
            #expect(media.path.hasSuffix(".svg") || media.path.hasSuffix(".png"), "\(media.path)")
            let size = (try? FileManager.default.attributesOfItem(atPath: TestPaths.exampleHub + "/" + media.path)[.size] as? Int) ?? 0
            #expect(size > 0 && size < 100_000, "\(media.path) is \(size) bytes")
        }
        #expect(site.exists("media/bro.svg") && site.exists("media/aarhus-kontor.png"), "active and archived items' images are copied")
        #expect(!site.exists("media/aaret.svg"), "an image only an embargoed item shows is not")
        #expect(!site.exists("media/logo.svg"), "nor one no published page shows or links")
    }

    // MARK: - Helpers

    /// Every match of `pattern` (dot matches newlines) as the whole match and its groups.
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    /// The value of an attribute in one tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        matches(#"\b"# + name + #"="([^"]*)""#, in: tag).first?[1]
    }
}

/// The alternate links of an Atom feed's entries, read with XMLParser: nil when the feed does not parse.
final class AtomEntries: NSObject, XMLParserDelegate {
    private(set) var links: [String] = []
    private var inEntry = false

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "entry" { inEntry = true }
        if inEntry, name == "link", let href = attributes["href"] { links.append(href.hasSuffix("/") ? String(href.dropLast()) : href) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "entry" { inEntry = false }
    }
}
