import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyPublish

/// hub.yml's `balance` against the queue: the mix of each discipline per week in `plan`, and the
/// warning of `check` when the next four weeks are off the target.
@Suite struct BalanceTests {
    static let now = "2026-12-10T09:00"
    static let balance = "balance:\n  curated: 30\n  disciplines:\n    social-selling: { curated: 50 }\n"

    /// A share item for `disciplines`, curated or not, publishing at `publish`.
    static func item(_ slug: String, _ disciplines: [String], publish: String, curated: Bool = false, draft: Bool = false,
                     title: String? = nil, expires: String = "2027-02-26") -> (String, String) {
        var lines = ["---", "title: \"\(title ?? "Opslag \(slug)")\"", "summary: Et opslag.", "link: https://www.nordvik.dk/\(slug)",
                     "disciplines: [\(disciplines.joined(separator: ", "))]", "publish: \(publish)", "expires: \(expires)"]
        if curated { lines += ["source: curated", "via: Dansk Industri"] }
        if draft { lines.append("draft: true") }
        lines += ["---", "Baggrund.", ""]
        for discipline in disciplines { lines += ["```share \(discipline)", "Tekst til \(discipline).", "```", ""] }
        return ("share/\(slug).md", lines.joined(separator: "\n"))
    }

    /// Week 51: social selling one own and one curated (50 %), employer branding one own (0 %). Week 52:
    /// social selling two own and one curated (33 %) and a curated draft, which is not counted.
    static let items = [
        item("a-own", ["social-selling", "employer-branding"], publish: "2026-12-14T08:00"),
        item("b-curated", ["social-selling"], publish: "2026-12-15", curated: true),
        item("c-curated", ["social-selling"], publish: "2026-12-21", curated: true),
        item("d-own", ["social-selling"], publish: "2026-12-22"),
        item("e-own", ["social-selling"], publish: "2026-12-23T10:00"),
        item("f-draft", ["social-selling"], publish: "2026-12-22", curated: true, draft: true),
    ]

    /// A copy of the valid hub with `items` and these hub.yml lines added; removed by the caller.
    static func hub(balance: String = balance, items: [(String, String)] = items) throws -> String {
        let content = TestPaths.copy(TestPaths.validHub)
        try write(balance: balance, items: items, in: content)
        return content
    }

    static func write(balance: String, items: [(String, String)], in content: String) throws {
        try ValidHubCopy.append(balance, to: "hub.yml", in: content)
        for (path, text) in items { try text.write(toFile: content + "/" + path, atomically: false, encoding: .utf8) }
    }

    static func removing(_ content: String) { TestPaths.remove((content as NSString).deletingLastPathComponent) }

    @Test func eachWeeksMixIsCountedPerDisciplineWithoutDrafts() throws {
        let content = try Self.hub()
        defer { Self.removing(content) }
        let plan = try QueuePlan.load(content, now: Self.now, weeks: 4)
        #expect(plan.weeks.map(\.week.number) == [50, 51, 52, 53])
        let (w50, w51, w52) = (plan.weeks[0], plan.weeks[1], plan.weeks[2])
        #expect(w51.mix("social-selling") == CuratedMix(own: 1, curated: 1))
        #expect(w51.mix("employer-branding") == CuratedMix(own: 1, curated: 0))
        #expect(w52.mix("social-selling") == CuratedMix(own: 2, curated: 1), "the curated draft is listed but not counted")
        #expect(w52.items["social-selling"]?.count == 4)
        #expect(w50.mix("social-selling").total == 0 && w52.mix("employer-branding").total == 0)
        #expect(plan.balance?.target(for: "social-selling")?.value == 50 && plan.balance?.target(for: "employer-branding")?.value == 30)
    }

    @Test func theTextFlagsTheWeeksOffTargetUnderTheirDiscipline() throws {
        let content = try Self.hub()
        defer { Self.removing(content) }
        let text = QueuePlanText.render(try QueuePlan.load(content, now: Self.now, weeks: 4), in: .en)
        #expect(text.contains("""
            Week 51 · 14–20 December 2026
              Social selling
                Mon 14 Dec 08:00  Opslag a-own [embargo]
                Tue 15 Dec        Opslag b-curated [embargo]
                1 own, 1 curated, 50% curated (target 50%)
              Employer branding
                Mon 14 Dec 08:00  Opslag a-own [embargo]
                OFF TARGET: 1 own, 0 curated, 0% curated, more than 15 points from the target of 30%

            """), "\(text)")
        #expect(text.contains("    OFF TARGET: 2 own, 1 curated, 33% curated, more than 15 points from the target of 50%\n"))
        #expect(text.contains("Week 52 · 21–27 December 2026\n  Social selling\n"))
        #expect(text.contains("  Employer branding\n    GAP: nothing new\n"), "a week without items has a gap, not a mix")
        #expect(text.contains("OFF TARGET: more than 15 points from the target."), "the legend says what the flag means")
        let danish = QueuePlanText.render(try QueuePlan.load(content, now: Self.now, weeks: 4), in: .da)
        #expect(danish.contains("    SKÆV BLANDING: egne 1, kuraterede 0, 0 % kuraterede, mere end 15 point fra målet på 30 %\n"))
    }

    @Test func withoutATargetTheTextHasNoMixAndTheJSONHasTheCounts() throws {
        let content = try Self.hub(balance: "")
        defer { Self.removing(content) }
        let plan = try QueuePlan.load(content, now: Self.now, weeks: 4)
        let text = QueuePlanText.render(plan, in: .en)
        #expect(!text.contains("% curated") && !text.contains("OFF TARGET") && !text.contains("balance"))
        let json = try JSONSerialization.jsonObject(with: Data(QueuePlanJSON(plan).text.utf8)) as! [String: Any]
        let cell = try #require(Self.cell(json, week: 1, discipline: "employer-branding"))
        #expect(cell["own"] as? Int == 1 && cell["curated"] as? Int == 0 && cell["target"] == nil && cell["offTarget"] as? Bool == false)
    }

    @Test func theJSONGivesEachWeeksMixWithItsTargetAndFlag() throws {
        let content = try Self.hub()
        defer { Self.removing(content) }
        let json = try JSONSerialization.jsonObject(with: Data(QueuePlanJSON(try QueuePlan.load(content, now: Self.now, weeks: 4)).text.utf8))
            as! [String: Any]
        let social51 = try #require(Self.cell(json, week: 1, discipline: "social-selling"))
        #expect(social51["own"] as? Int == 1 && social51["curated"] as? Int == 1 && social51["target"] as? Int == 50
                && social51["offTarget"] as? Bool == false)
        #expect(Self.cell(json, week: 1, discipline: "employer-branding")?["offTarget"] as? Bool == true)
        #expect(Self.cell(json, week: 2, discipline: "social-selling")?["offTarget"] as? Bool == true)
        #expect(Self.cell(json, week: 2, discipline: "employer-branding")?["offTarget"] as? Bool == false, "no items: a gap, not flagged")
        let weeks = json["weeks"] as! [[String: Any]]
        let items = (weeks[2]["disciplines"] as! [[String: Any]]).first { $0["discipline"] as? String == "social-selling" }!["items"]
            as! [[String: Any]]
        #expect(items.map { $0["source"] as? String } == ["curated", "own", "curated", "own"])
    }

    static func cell(_ json: [String: Any], week: Int, discipline: String) -> [String: Any]? {
        let weeks = json["weeks"] as! [[String: Any]]
        let cells = weeks[week]["disciplines"] as! [[String: Any]]
        return cells.first { $0["discipline"] as? String == discipline }?["mix"] as? [String: Any]
    }

    /// `check` at 10 December: the four weeks to 6 January hold social selling 3 own and 2 curated (40 %,
    /// within 15 points of 50) and employer branding 1 own (0 %, more than 15 points from 30).
    @Test func checkWarnsAtTheTargetOfEachDisciplineOffItInTheNextFourWeeks() throws {
        let messages = try ValidHubCopy.messages { try Self.write(balance: Self.balance, items: Self.items, in: $0) }
        let balance = messages.filter { $0.contains("next four weeks") }
        #expect(balance == ["hub.yml:13:12: warning: employer-branding: the queue of the next four weeks (2026-12-10 to 2027-01-06) is 0% "
            + "curated (0 of 1 item), more than 15 points from the target of 30% in balance; plan more curated or more own items "
            + "for those weeks, or change the target"], "\(messages)")
        #expect(!messages.contains { $0.contains(": error: ") }, "\(messages)")

        let strict = try ValidHubCopy.messages {
            try Self.write(balance: "balance:\n  disciplines:\n    social-selling: { curated: 70 }\n", items: Self.items, in: $0)
        }
        #expect(strict.filter { $0.contains("next four weeks") }
                == ["hub.yml:14:32: warning: social-selling: the queue of the next four weeks (2026-12-10 to 2027-01-06) is 40% "
                    + "curated (2 of 5 items), more than 15 points from the target of 70% in balance; plan more curated or more own "
                    + "items for those weeks, or change the target"], "only the discipline with a target: \(strict)")
    }

    @Test func checkIsQuietWithinTheTargetOrWithNothingAhead() throws {
        let within = try ValidHubCopy.messages {
            try Self.write(balance: "balance: { curated: 40 }\n", items: Array(Self.items.dropFirst()), in: $0)
        }
        #expect(!within.contains { $0.contains("next four weeks") }, "social selling 2 of 4 (50 %) against 40; employer branding has nothing: \(within)")
        let later = try ValidHubCopy.messages {
            try Self.write(balance: "balance: { curated: 100 }\n",
                           items: [Self.item("later", ["social-selling"], publish: "2027-01-07T09:00")], in: $0)
        }
        #expect(!later.contains { $0.contains("next four weeks") }, "7 January 09:00 is after the four weeks: \(later)")
        let edge = try ValidHubCopy.messages {
            try Self.write(balance: "balance: { curated: 100 }\n",
                           items: [Self.item("edge", ["social-selling"], publish: "2027-01-07T08:59")], in: $0)
        }
        #expect(edge.contains { $0.contains("social-selling: the queue of the next four weeks") }, "\(edge)")
    }

    @Test func aBalanceForAnUnknownDisciplineIsAnErrorAtItsName() throws {
        let messages = try ValidHubCopy.messages {
            try ValidHubCopy.append("balance:\n  disciplines:\n    social-seling: { curated: 50 }\n", to: "hub.yml", in: $0)
        }
        #expect(messages.contains { $0.hasPrefix("hub.yml:14:5: error: unknown discipline 'social-seling'") && $0.contains("social-selling") },
                "\(messages)")
    }
}
