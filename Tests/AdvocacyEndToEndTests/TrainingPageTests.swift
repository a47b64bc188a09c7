import Foundation
import Testing
import AdvocacyTestSupport

/// Training on the built site: a body's task list is there with the (hidden until the script runs)
/// counter, note and clear button, and a guideline's self-check is a form of radio buttons with the
/// explanations, everything written in it escaped and findable by search.
@Suite struct TrainingPageTests {
    static let now = "2026-12-10T09:00"

    /// The valid fixture hub with a guideline holding a task list and a quiz whose texts hold markup.
    static func hub() throws -> String {
        let hub = TestPaths.copy(TestPaths.validHub)
        try """
            ---
            title: Selvtjek
            quiz:
              - question: "Må jeg skrive <b>kundens</b> navn & pris?"
                answers:
                  - text: "Ja, \\"altid\\""
                    why: "Nej: <script>alert(1)</script> er fortroligt."
                  - text: Kun med kundens ja
                    right: true
                    why: Kundeoplysninger er fortrolige, til kunden siger ja.
              - question: Hvem svarer på kritik?
                answers:
                  - text: Kommunikation
                    right: true
                    why: De svarer på virksomhedens vegne.
                  - text: Den, der ser kommentaren først
                    why: Mange svar gør en sag større.
            ---
            Tjekliste:

            - [ ] Profilbillede
            - [x] Titel <i>rettet</i>

            """.write(toFile: hub + "/guidelines/selvtjek.md", atomically: true, encoding: .utf8)
        return hub
    }

    @Test func theTaskListAndTheQuizAreInThePageEscaped() throws {
        let site = try BuiltSite(content: try Self.hub(), now: Self.now)
        #expect(!site.report.diagnostics.contains { $0.description.contains("selvtjek") }, "\(site.report.diagnostics)")
        let page = site.file("guidelines/selvtjek/index.html")
        #expect(page.contains("training.js"))
        // The task list as cmark-gfm renders it, and the tools the script shows.
        #expect(page.components(separatedBy: "<input type=\"checkbox\"").count == 3)
        #expect(page.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
        #expect(page.contains("<div class=\"tasks-tools\" data-tasks data-word-progress=\"{done} af {total} klaret\" hidden>"))
        #expect(page.contains("på denne enhed"))
        #expect(page.contains(">Ryd mine flueben</button>"))
        // The quiz: every text escaped, one radio group per question, the right answer marked.
        #expect(page.contains("<legend><span class=\"quiz-number\">1.</span> Må jeg skrive &lt;b&gt;kundens&lt;/b&gt; navn &amp; pris?</legend>"))
        #expect(page.contains("<input type=\"radio\" name=\"quiz_1\" id=\"quiz_1_1\" value=\"1\"><label for=\"quiz_1_1\">Ja, &quot;altid&quot;</label>"))
        #expect(page.contains("<input type=\"radio\" name=\"quiz_1\" id=\"quiz_1_2\" value=\"2\" data-right><label for=\"quiz_1_2\">Kun med kundens ja</label>"))
        #expect(page.contains("<input type=\"radio\" name=\"quiz_2\" id=\"quiz_2_1\" value=\"1\" data-right>"))
        #expect(page.components(separatedBy: "data-right").count == 3)
        #expect(page.contains("Nej: &lt;script&gt;alert(1)&lt;/script&gt; er fortroligt."))
        #expect(!page.contains("<script>alert") && !page.contains("<b>kundens"))
        #expect(page.contains("<strong>Rigtigt:</strong> Kun med kundens ja <span class=\"quiz-explanation\" data-why-text>Kundeoplysninger er fortrolige, til kunden siger ja.</span>"))
        #expect(page.contains("<details class=\"quiz-why\" data-why>"))
    }

    @Test func aPageWithoutTasksOrQuizHasNeither() throws {
        let site = try BuiltSite(content: try Self.hub(), now: Self.now)
        let page = site.file("guidelines/kritik/index.html")
        #expect(!page.isEmpty)
        #expect(!page.contains("data-tasks") && !page.contains("data-quiz"))
        #expect(site.file("guidelines/politik/index.html").contains("data-tasks"), "politik.md has a task list")
    }

    @Test func searchFindsTheGuidelineByTheWordsOfItsQuiz() throws {
        let site = try BuiltSite(content: try Self.hub(), now: Self.now)
        let index = try site.searchIndex()
        #expect(index.urls(holding: "kundeoplysninger") == ["/hub/guidelines/selvtjek/"])
        #expect(index.urls(holding: "kommunikation").contains("/hub/guidelines/selvtjek/"))
    }
}
