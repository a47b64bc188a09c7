import Foundation
import Testing
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacySite
import AdvocacyTestSupport

/// Lean pages (#24): the queue and the discipline pages list items and link to their cards on the
/// items' own pages instead of holding them; a card shows its tagged link once and a page its
/// platform tips once; and budgets on the bytes a build of a generated hub writes, so the figures
/// cannot slip again unnoticed.
@Suite struct LeanPagesTests {
    /// One build of the example hub, shared by the tests that read it.
    static let example = Result { try BuiltSite(content: TestPaths.exampleHub, now: "2026-12-10T09:00") }

    /// Every match of `pattern` in `text`, each as its whole and its groups.
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The cards of an item's page, in order, each as its anchor, discipline and platform.
    static func cards(_ page: String) -> [(id: String, discipline: String, platform: String)] {
        matches(#"<section class="card" id="([^"]+)" data-discipline="([^"]+)" data-platform="([^"]+)""#, in: page)
            .map { ($0[1], $0[2], $0[3]) }
    }

    @Test func theQueueHoldsNoCardAndLinksEachItemToItsFirstCard() throws {
        let site = try Self.example.get()
        let queue = site.file("share/index.html")
        #expect(!queue.contains("class=\"card\"") && !queue.contains("data-copy-source") && !queue.contains("id=\"card-tools\""))
        let items = Self.matches(#"<article class="queue-item item" data-disciplines="[^"]*" data-texts="([^"]*)" aria-labelledby="q-([^"]+)">.*?<a href="([^"]+)" data-texts-link>[^<]*\(<span data-card-count>(\d+)</span>\)</a>"#, in: queue)
        #expect(items.count == site.report.active && items.count >= 3, "every active item is listed with its link")
        for item in items {
            let (pairs, slug, link, count) = (item[1], item[2], item[3], item[4])
            let cards = Self.cards(site.file("share/\(slug)/index.html"))
            #expect(!cards.isEmpty, "\(slug) has cards on its page")
            #expect(pairs == cards.map { $0.discipline + ":" + $0.platform }.joined(separator: " "),
                    "\(slug): data-texts names the discipline and platform of each card, in their order")
            #expect(Int(count) == cards.count, "\(slug): the link counts its cards")
            #expect(link == "/share/\(slug)/#" + (cards.first?.id ?? ""), "\(slug): the link leads to its first card")
            // card-<discipline>-<platform>, -2 for the pair's second text: what the queue's filter and the digest link to.
            let anchors = cards.enumerated().map { index, card in
                let earlier = cards[..<index].count { $0.discipline == card.discipline && $0.platform == card.platform }
                return "card-\(card.discipline)-\(card.platform)" + (earlier == 0 ? "" : "-\(earlier + 1)")
            }
            #expect(cards.map(\.id) == anchors, "\(slug): a card's anchor names its discipline and platform")
        }
    }

    @Test(arguments: ["employer-branding", "social-selling", "thought-leadership"])
    func aDisciplinePageLinksToTheFirstOfEachItemsTextsForIt(_ discipline: String) throws {
        let site = try Self.example.get()
        let page = site.file("disciplines/\(discipline)/index.html")
        #expect(!page.contains("class=\"card\"") && !page.contains("id=\"card-tools\""))
        let links = Self.matches(#"<p class="texts-link"><a href="/share/([^/"]+)/#([^"]+)">[^<]*\((\d+)\)</a></p>"#, in: page)
        #expect(!links.isEmpty)
        for link in links {
            let own = Self.cards(site.file("share/\(link[1])/index.html")).filter { $0.discipline == discipline }
            #expect(link[2] == own.first?.id, "\(link[1]): the link leads to the first card for \(discipline)")
            #expect(Int(link[3]) == own.count, "\(link[1]): the link counts the cards for \(discipline)")
        }
    }

    /// The HTML the site's card tools script puts where it stands (`CardToolsScript`).
    static func cardTools(_ site: BuiltSite) throws -> String {
        let script = site.file(CardToolsScript.path)
        let literal = try #require(Self.matches(#"^// [^\n]*\ndocument\.currentScript\.insertAdjacentHTML\("beforebegin", ("(?:[^"\\]|\\.)*")\);\n$"#, in: script).first?[1],
                                   "the script puts one string of HTML before itself")
        return try #require(try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String)
    }

    @Test func aCardWritesItsTaggedLinkOnceAndTheSiteItsToolsOnce() throws {
        let site = try Self.example.get()
        // The tools are written once for the whole site: the partial in the hub's language, as one
        // <template> for hub.js, with every tip a card may name.
        let template = try Self.cardTools(site)
        #expect(template.hasPrefix("<template id=\"card-tools\" data-copied=\"Teksten er kopieret\"") && template.hasSuffix("</template>\n"))
        #expect(template.components(separatedBy: "<template").count - 1 == 1 && template.contains("data-share-source=\"share-sheet\""))
        let pages = site.files.filter { $0.hasPrefix("share/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 }
        var tips = Set<String>()
        for path in pages where !path.hasPrefix("share/archive/") {
            let page = site.file(path)
            // An expired item's cards have no actions, and its page no tools for them.
            let active = page.contains("class=\"card-actions\"")
            #expect(page.components(separatedBy: "<script src=\"/assets/card-tools.js\"></script>").count - 1 == (active ? 1 : 0), "\(path)")
            #expect(!page.contains("<template") && !page.contains("<textarea"), "\(path): the tools are not written in the page")
            guard active else { continue }
            // A platform's link opens in a new tab, which the page says once and every such link is described by.
            let composers = Self.matches(#"<a [^>]*data-composer[^>]*>"#, in: page).map { $0[0] }
            #expect(!composers.isEmpty && composers.allSatisfy { $0.contains(" target=\"_blank\"") && $0.contains(" aria-describedby=\"ny-fane\"") }, "\(path)")
            #expect(page.components(separatedBy: "<span id=\"ny-fane\" hidden>(åbner i en ny fane)</span>").count - 1 == 1
                    && page.components(separatedBy: "ny fane").count - 1 == 1, "\(path): the new tab is said once")
            for card in Self.matches(#"<section class="card".*?</section>"#, in: page).map({ $0[0] }) where card.contains("card-actions") {
                let link = Self.matches(#"<code data-share-url>([^<]+)</code>"#, in: card)
                #expect(link.count == 1 && card.components(separatedBy: "utm_source=").count - 1 == 1,
                        "\(path): a card shows its tagged link once")
                for composer in Self.matches(#"href="([^"]+)" data-composer"#, in: card).map({ $0[1] }) {
                    #expect(composer.contains("utm_source%3D"), "\(path): the composer link carries the tagged link, so it works before the script runs")
                }
                for hint in Self.matches(#"data-hint="([^"]+)""#, in: card).map({ $0[1] }) {
                    #expect(template.contains("<p class=\"hint\" data-hint=\"\(hint)\">"), "\(path): the card's tip \(hint) is in the site's card tools")
                    tips.insert(hint)
                }
            }
            // Each tip and each word the cards' buttons say is in the tools, not in the page.
            for tip in Self.matches(#"<p class="hint" data-hint="[^"]+">([^<]+)</p>"#, in: template).map({ $0[1] })
                + ["Teksten er kopieret", "Markér teksten og kopiér den selv", "{length} af {limit} tegn"] {
                #expect(template.components(separatedBy: tip).count - 1 == 1 && !page.contains(tip), "\(path): '\(tip)' is written in the page or twice in the tools")
            }
        }
        #expect(tips == ["copy-first", "linkedin-fallback", "instagram"], "the example hub's cards name the tips of LinkedIn, Facebook and Instagram")
    }

    @Test func theCardToolsSayTheHubsWordsAndLoadUnderItsBaseURL() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let hub = content + "/hub.yml"
        let settings = try String(contentsOfFile: hub, encoding: .utf8)
        #expect(settings.contains("language: da\n") && settings.contains("base-url: /hub/\n"))
        try settings.replacingOccurrences(of: "language: da\n", with: "language: en\n").write(toFile: hub, atomically: true, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        let template = try Self.cardTools(site)
        #expect(template.contains(" data-copied=\"Text copied\" ") && template.contains(">Copy text</button>") && !template.contains("Kopiér"))
        let page = site.file("share/aarhus-kontor/index.html")
        #expect(page.contains("class=\"card-actions\"") && page.contains("\n<script src=\"/hub/assets/card-tools.js\"></script>\n"))
        #expect(page.contains("<span id=\"ny-fane\" hidden>(opens in a new tab)</span>"))
    }

    // MARK: - Budgets

    /// What a build of the generated hub of 200 items writes, and the queue's biggest page. With the
    /// lean pages a build writes 8,427,224 bytes and the biggest queue page is 59,770 bytes (before
    /// them: 13,305,688 and 832,966); with the slimmer item pages (the card tools once for the site
    /// in `assets/card-tools.js`, "opens in a new tab" once per page, no ids and attributes written
    /// only to be derived again) 7,866,358 bytes. The ceilings leave about 10 % for changes that add
    /// to every page. A change that needs more says so here, with its figures.
    static let totalBudget = 8_650_000
    static let queuePageBudget = 65_700

    @Test func aGeneratedHubStaysWithinItsBudgets() throws {
        let content = TestPaths.temporaryFolder("budget")
        defer { TestPaths.remove(content) }
        try BenchmarkHub.write(items: 200, to: content + "/hub")
        let site = try BuiltSite(content: content + "/hub", now: BenchmarkHub.now)
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        #expect(site.report.active == 200, "every item is active")
        func size(_ path: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: site.output + "/" + path))?[.size] as? Int) ?? 0
        }
        let total = site.files.reduce(0) { $0 + size($1) }
        let queuePages = site.files.filter { $0 == "share/index.html" || ($0.hasPrefix("share/page/") && $0.hasSuffix("/index.html")) }
        #expect(queuePages.count == 4)
        let biggest = queuePages.map(size).max() ?? 0
        #expect(total <= Self.totalBudget, "the build wrote \(total) bytes; its budget is \(Self.totalBudget)")
        #expect(biggest <= Self.queuePageBudget, "the biggest queue page is \(biggest) bytes; its budget is \(Self.queuePageBudget)")
    }
}

/// A hub made as the benchmark's is (Benchmarks/generate.py), from a fixed seed: `items` share items
/// with a link, an image, one to three disciplines and a text for each of them on every platform,
/// one in ten sponsored, bodies of 400–900 words with headings, lists, tables and links; a story
/// for every ten items and a guideline for every twenty.
enum BenchmarkHub {
    /// When every generated item is active.
    static let now = "2027-06-01T09:00"

    static let words = ("medarbejder kollega deling netværk kunde løsning bæredygtig energi bro sensor data platform "
        + "rådgivning ingeniør projekt udvikling kvalitet fællesskab åbenhed indsigt værdi møde ø-samfund "
        + "kompetence erfaring læring vækst samarbejde fremtid klima vand forsyning drift").split(separator: " ").map(String.init)
    static let emoji = ["🎉", "🚀", "💡", "🌱", "👏"]
    static let disciplines = ["social-selling", "thought-leadership", "employer-branding"]
    static let platforms = ["linkedin", "x", "facebook", "instagram"]

    static func write(items count: Int, to folder: String) throws {
        var random = SeededRandom(seed: UInt64(count))
        func file(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + random.below(range.count) }
        func sentence(_ length: Int) -> String {
            var chosen = (0..<length).map { _ in random.pick(words) }
            chosen[0] = chosen[0].prefix(1).uppercased() + chosen[0].dropFirst()
            if random.chance(0.2) { chosen[random.below(length)] = "**" + random.pick(words) + "**" }
            if random.chance(0.1) { chosen.append(random.pick(emoji)) }
            return chosen.joined(separator: " ") + "."
        }
        func body(guidelines: Int) -> String {
            var parts: [String] = [], written = 0, section = 0
            let target = number(400...900)
            while written < target {
                section += 1
                parts.append("## Afsnit \(section): \(random.pick(words))")
                let paragraph = (0..<number(3...6)).map { _ in sentence(number(8...16)) }.joined(separator: " ")
                parts.append(paragraph)
                written += paragraph.split(separator: " ").count
                let roll = Double.random(in: 0..<1, using: &random)
                if roll < 0.3 {
                    parts.append((0..<number(3...6)).map { _ in "- " + sentence(6) }.joined(separator: "\n"))
                } else if roll < 0.5 {
                    parts.append("| Emne | Værdi | Note |\n| --- | ---: | --- |\n" + (0..<4).map { _ in
                        "| \(random.pick(words)) | \(number(1...999)) | \(random.pick(words)) ~~gammel~~ |"
                    }.joined(separator: "\n"))
                } else if roll < 0.6 {
                    parts.append("Læs mere på www.example.dk/\(random.pick(words)) eller i [retningslinjen](../guidelines/g\(random.below(guidelines)).md).")
                }
            }
            return parts.joined(separator: "\n\n") + "\n"
        }

        try file("hub.yml", """
            title: Benchmarkhub
            language: da
            timezone: Europe/Copenhagen
            base-url: /
            site-url: https://intranet.example.dk/
            utm: { medium: employee-advocacy }
            disclosure: "#reklame"
            forbidden-terms: [Projekt Nordlys]

            """)
        // One small PNG that every item shows, as an Instagram post needs an image.
        let png = "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d4944415478da63f8cfc0f01f0005ff02fea7d6a18f0000000049454e44ae426082"
        let bytes = stride(from: 0, to: png.count, by: 2).map { UInt8(png.dropFirst($0).prefix(2), radix: 16)! }
        try FileManager.default.createDirectory(atPath: folder + "/media", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/media/opslag.png"))
        for (order, discipline) in disciplines.enumerated() {
            try file("disciplines/\(discipline).md", "---\ntitle: \(discipline)\norder: \(order)\n---\n" + body(guidelines: 1))
        }
        let guidelines = max(1, count / 20)
        for index in 0..<guidelines {
            try file("guidelines/g\(index).md", "---\ntitle: Retningslinje \(index)\norder: \(index)\n---\n"
                     + body(guidelines: guidelines).replacingOccurrences(of: "(../guidelines/", with: "("))
        }
        for index in 0..<max(1, count / 10) {
            try file("stories/historie-\(index).md", """
                ---
                title: Historie \(index) om \(random.pick(words))
                date: 2026-\(String(format: "%02d", number(1...11)))-\(String(format: "%02d", number(1...28)))
                disciplines: [\(random.pick(disciplines))]
                person: Kollega \(index)
                role: Konsulent
                results:
                  - {label: Visninger, value: "\(number(100...9999))"}
                ---

                """ + body(guidelines: guidelines))
        }
        for index in 0..<count {
            var left = disciplines, chosen: [String] = []
            for _ in 0..<number(1...3) { chosen.append(left.remove(at: random.below(left.count))) }
            let day = number(0...120)
            let month = (11 + day / 28 - 1) % 12 + 1, dayOfMonth = day % 28 + 1, year = day / 28 < 2 ? 2026 : 2027
            let sponsored = random.chance(0.1)
            let blocks = chosen.flatMap { discipline in
                platforms.map { platform in
                    let text = (sponsored ? "#reklame " : "") + sentence(number(10...25)) + " #\(random.pick(words)) \(random.pick(emoji))"
                    return "```share \(discipline) \(platform)\n\(text)\n```"
                }
            }
            let summary = sentence(10).replacingOccurrences(of: "**", with: "")
            try file("share/opslag-\(index).md", """
                ---
                title: Opslag \(index) om \(random.pick(words)) og \(random.pick(words))
                summary: "\(summary)"
                link: https://www.example.dk/nyheder/\(index)
                image: media/opslag.png
                disciplines: [\(chosen.joined(separator: ", "))]
                publish: \(year)-\(String(format: "%02d", month))-\(String(format: "%02d", dayOfMonth))T07:30
                expires: 2028-06-01
                best-time: "07:30-08:45"
                sponsored: \(sponsored)
                ---

                """ + body(guidelines: guidelines) + "\n" + blocks.joined(separator: "\n\n") + "\n")
        }
    }
}
