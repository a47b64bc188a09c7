import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Forbidden terms wherever the site publishes text, and early warnings for embargoed items.
@Suite struct ForbiddenTermsTests {
    @Test func aTermSplitByALineBreakOrFormattingIsFound() throws {
        let found = try ValidHubCopy.messages { try ValidHubCopy.append("\nVi taler om **Projekt**\nNordlys.\n", to: "guidelines/kritik.md", in: $0) }
        #expect(found == ["guidelines/kritik.md:5:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the text (split across lines or by formatting); remove it from published text"])
    }

    /// A share block in a list item or a quote is indented in the file: its term is reported once, at
    /// its column in the file, not also at its column in the text the block holds.
    @Test(arguments: [("- Punkt:\n\n  ", "  ", 26, 15), ("> ", "> ", 24, 15), ("1. Punkt:\n\n   ", "   ", 26, 16)])
    func aTermInAnIndentedShareBlockIsReportedOnceAtItsColumnInTheFile(open: String, indent: String, line: Int, column: Int) throws {
        let found = try ValidHubCopy.messages {
            try ValidHubCopy.append("\n\(open)```share social-selling\n\(indent)Vi taler om Projekt Nordlys.\n\(indent)```\n",
                                    to: "share/aarhus-kontor.md", in: $0)
        }
        let terms = found.filter { $0.contains("forbidden-terms") }
        #expect(terms == ["share/aarhus-kontor.md:\(line):\(column): error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8); remove it from published text"],
                "\(found)")
    }

    @Test func aTermInAStorysFrontMatterIsFound() throws {
        let found = try ValidHubCopy.messages { content in
            let path = content + "/stories/første-kunde.md"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "role: Konsulent", with: "role: Leder af projekt nordlys")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(found == ["stories/første-kunde.md:6:7: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8); remove it from published text"])
    }

    @Test func anEmbargoedItemGetsAWarningBeforeItPublishes() throws {
        let found = try ValidHubCopy.messages { try ValidHubCopy.append("\nSnart: Projekt Nordlys.\n", to: "share/hemmelig-lancering.md", in: $0) }
        #expect(found == ["share/hemmelig-lancering.md:15:8: warning: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8); the build will fail when this item is published"])
    }

    /// The media only an embargoed item uses are copied the morning it is published: a term in their
    /// names is a warning before, as one in its text is; media a published page uses too stay errors.
    @Test func theMediaOfAnEmbargoedItemGetAWarningBeforeItPublishes() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
        let found = try ValidHubCopy.messages { content in
            for folder in ["media/projekt-nordlys", "media/projekt"] {
                try FileManager.default.createDirectory(atPath: content + "/" + folder, withIntermediateDirectories: true)
            }
            for file in ["media/projekt-nordlys/kort.svg", "media/projekt/nordlys.svg", "media/projekt-nordlys.svg"] {
                try svg.write(toFile: content + "/" + file, atomically: true, encoding: .utf8)
            }
            try ValidHubCopy.append("\n![Kort](../media/projekt-nordlys/kort.svg) ![Logo](../media/projekt/nordlys.svg) "
                + "![B](../media/projekt-nordlys.svg)\n", to: "share/hemmelig-lancering.md", in: content)
            try ValidHubCopy.append("\n![B](/media/projekt-nordlys.svg)\n", to: "guidelines/kritik.md", in: content)
        }
        let term = "'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8)"
        #expect(found == [
            "media/projekt-nordlys:1:1: warning: \(term) in the name of the folder 'media/projekt-nordlys', which becomes part of a web "
                + "address; the build will fail when the embargoed item that uses it is published",
            "media/projekt-nordlys.svg:1:1: error: \(term) in the file name, which becomes part of a web address; rename the file",
            "media/projekt/nordlys.svg:1:1: warning: \(term) in the path 'media/projekt/nordlys.svg', across the names of its folders and "
                + "file, which becomes part of a web address; the build will fail when the embargoed item that uses it is published",
        ])
    }

    @Test func anEmbargoedItemMayLinkToOneThatPublishesFirst() throws {
        let found = try ValidHubCopy.messages { content in
            try """
            ---
            title: Efterfølger
            disciplines: [social-selling]
            publish: 2027-02-01
            ---
            Se [lanceringen](hemmelig-lancering.md).

            ```share social-selling
            Tekst.
            ```
            """.write(toFile: content + "/share/efterfoelger.md", atomically: true, encoding: .utf8)
            try ValidHubCopy.append("\nSe [efterfølgeren](efterfoelger.md).\n", to: "share/hemmelig-lancering.md", in: content)
        }
        #expect(found == ["share/hemmelig-lancering.md:15:4: error: the link 'efterfoelger.md' points at an item embargoed until 2027-02-01 00:00; it would be a dead link in the site"])
    }

    /// hub.yml's forbidden term planted in one published place of the valid hub, and the diagnostics expected.
    struct Planted: Sendable, CustomTestStringConvertible {
        /// Where the term is planted.
        let place: String
        /// The file changed or, when `old` is nil, created.
        let file: String
        /// The text replaced by `new`; nil to create `file` holding `new`.
        let old: String?
        let new: String
        /// Every diagnostic, the content folder left off.
        let expected: [String]

        var testDescription: String { place }
    }

    static let term = "'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8)"
    static let remove = term + "; remove it from published text"
    static let rename = term + " in the file name, which becomes part of a web address; rename the file"
    static let newFile = "---\ntitle: Ny\n---\nTekst.\n"

    static let planted: [Planted] = [
        .init(place: "hub.yml title", file: "hub.yml", old: "title: Testhubben", new: "title: Projekt Nordlys",
              expected: ["hub.yml:1:8: error: " + remove]),
        .init(place: "hub.yml base-url", file: "hub.yml", old: "base-url: /hub/", new: "base-url: /projekt-nordlys/",
              expected: ["hub.yml:4:11: error: " + remove,
                         "hub.yml:4:11: error: base-url '/projekt-nordlys/' is not the path of site-url 'https://intranet.nordvik.dk/hub/', "
                             + "so the links in the feeds and the digest would lead elsewhere; write base-url: /hub/, or leave base-url out and it follows site-url"]),
        .init(place: "hub.yml utm medium", file: "hub.yml", old: "medium: employee-advocacy", new: "medium: projekt-nordlys",
              expected: ["hub.yml:6:11: error: " + remove]),
        .init(place: "hub.yml disclosure", file: "hub.yml", old: "disclosure: \"#reklame\"", new: "disclosure: \"#projekt-nordlys\"",
              expected: ["hub.yml:7:13: error: " + remove, "share/webinar.md:11:1: error: the item is sponsored, so its share text "
                  + "must contain '#projekt-nordlys' (advertising must be marked)"]),
        .init(place: "readiness level", file: "readiness.yml", old: "Ambassadører, Alle]", new: "Ambassadører, Projekt Nordlys]",
              expected: ["readiness.yml:1:51: error: " + remove]),
        .init(place: "readiness phase name", file: "readiness.yml", old: "name: Effekt", new: "name: Projekt Nordlys",
              expected: ["readiness.yml:10:11: error: " + remove]),
        .init(place: "readiness phase description", file: "readiness.yml", old: "name: Effekt\n",
              new: "name: Effekt\n    description: Om Projekt Nordlys\n", expected: ["readiness.yml:11:18: error: " + remove]),
        .init(place: "readiness parameter name", file: "readiness.yml", old: "Kommunikationspolitik", new: "Projekt Nordlys",
              expected: ["readiness.yml:6:15: error: " + remove]),
        .init(place: "readiness level description", file: "readiness.yml", old: "b3", new: "Projekt Nordlys",
              expected: ["readiness.yml:9:26: error: " + remove]),
        .init(place: "discipline title", file: "disciplines/social-selling.md", old: "title: Social selling", new: "title: Projekt Nordlys",
              expected: ["disciplines/social-selling.md:2:8: error: " + remove]),
        .init(place: "discipline challenge", file: "disciplines/social-selling.md", old: "Salg og leads", new: "Projekt Nordlys",
              expected: ["disciplines/social-selling.md:3:12: error: " + remove]),
        .init(place: "discipline colleagues", file: "disciplines/social-selling.md", old: "Salg og marketing", new: "Projekt Nordlys",
              expected: ["disciplines/social-selling.md:4:13: error: " + remove]),
        .init(place: "discipline content", file: "disciplines/social-selling.md", old: "Kundecases", new: "Projekt Nordlys",
              expected: ["disciplines/social-selling.md:5:10: error: " + remove]),
        .init(place: "discipline format", file: "disciplines/social-selling.md", old: "Onboarding og guide", new: "Projekt Nordlys",
              expected: ["disciplines/social-selling.md:6:9: error: " + remove]),
        .init(place: "discipline body", file: "disciplines/social-selling.md", old: "Start med", new: "Start Projekt Nordlys med",
              expected: ["disciplines/social-selling.md:11:7: error: " + remove]),
        .init(place: "discipline file name", file: "disciplines/projekt-nordlys.md", old: nil, new: newFile,
              expected: ["disciplines/projekt-nordlys.md:1:1: error: " + rename]),
        .init(place: "story title", file: "stories/første-kunde.md", old: "title: Første kunde", new: "title: Projekt Nordlys",
              expected: ["stories/første-kunde.md:2:8: error: " + remove]),
        .init(place: "story person", file: "stories/første-kunde.md", old: "Mette Hansen", new: "Projekt Nordlys",
              expected: ["stories/første-kunde.md:5:9: error: " + remove]),
        .init(place: "story summary", file: "stories/første-kunde.md", old: "Et opslag", new: "Projekt Nordlys",
              expected: ["stories/første-kunde.md:7:10: error: " + remove]),
        .init(place: "story result label", file: "stories/første-kunde.md", old: "label: Møder", new: "label: Projekt Nordlys",
              expected: ["stories/første-kunde.md:9:14: error: " + remove]),
        .init(place: "story result value", file: "stories/første-kunde.md", old: "value: \"1\"", new: "value: Projekt Nordlys",
              expected: ["stories/første-kunde.md:10:33: error: " + remove]),
        .init(place: "story file name", file: "stories/projekt-nordlys.md", old: nil, new: newFile,
              expected: ["stories/projekt-nordlys.md:1:1: error: " + rename]),
        .init(place: "guideline summary", file: "guidelines/politik.md", old: "Sådan deler vi.", new: "Sådan deler vi Projekt Nordlys.",
              expected: ["guidelines/politik.md:4:10: error: " + remove]),
        .init(place: "guideline file name", file: "guidelines/Projekt Nordlys.md", old: nil, new: newFile,
              expected: ["guidelines/Projekt Nordlys.md:1:1: error: " + rename]),
        .init(place: "page title", file: "pages/om-hubben.md", old: "title: Om hubben", new: "title: Om Projekt Nordlys",
              expected: ["pages/om-hubben.md:2:8: error: " + remove]),
        .init(place: "page slug", file: "pages/om-hubben.md", old: "order: 1", new: "order: 1\nslug: om-projekt-nordlys",
              expected: ["pages/om-hubben.md:4:7: error: " + remove]),
        .init(place: "page file name", file: "pages/projekt-nordlys.md", old: nil, new: newFile,
              expected: ["pages/projekt-nordlys.md:1:1: error: " + rename]),
        .init(place: "home title", file: "_index.md", old: "title: Velkommen", new: "title: Projekt Nordlys",
              expected: ["_index.md:2:8: error: " + remove]),
        .init(place: "share item link", file: "share/aarhus-kontor.md", old: "nyheder/aarhus", new: "nyheder/projekt-nordlys",
              expected: ["share/aarhus-kontor.md:4:7: error: " + remove]),
        .init(place: "share item share text", file: "share/aarhus-kontor.md", old: "besøg os", new: "besøg Projekt Nordlys",
              expected: ["share/aarhus-kontor.md:20:14: error: " + remove]),
        .init(place: "share item share text's address", file: "share/aarhus-kontor.md", old: "besøg os",
              new: "besøg https://www.example.dk/projekt-nordlys/ os", expected: ["share/aarhus-kontor.md:20:14: error: " + remove]),
        .init(place: "share item share text's address, percent-escaped", file: "share/aarhus-kontor.md", old: "besøg os",
              new: "besøg\twww.example.dk/Projekt%20Nordlys os", expected: ["share/aarhus-kontor.md:20:14: error: " + remove]),
        .init(place: "share item share text's address in brackets", file: "share/aarhus-kontor.md", old: "besøg os",
              new: "besøg (https://www.example.dk/projekt-nordlys/) os", expected: ["share/aarhus-kontor.md:20:15: error: " + remove]),
        .init(place: "share item share text's address after a colon and a no-break space", file: "share/aarhus-kontor.md", old: "besøg os",
              new: "besøg\u{A0}Læs:HTTPS://www.example.dk/projekt_nordlys os", expected: ["share/aarhus-kontor.md:20:18: error: " + remove]),
        .init(place: "share item share text's address with parentheses", file: "share/aarhus-kontor.md", old: "besøg os",
              new: "besøg https://www.example.dk/wiki/(projekt-nordlys) os", expected: ["share/aarhus-kontor.md:20:14: error: " + remove]),
        .init(place: "share item file name", file: "share/projekt-nordlys.md", old: nil,
              new: "---\ntitle: Ny\ndisciplines: [social-selling]\n---\n```share social-selling\nTekst.\n```\n",
              expected: ["share/projekt-nordlys.md:1:1: error: " + rename]),
        .init(place: "media file name nothing published uses (not copied)", file: "media/projekt-nordlys.svg", old: nil,
              new: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", expected: []),
    ]

    @Test func aMediaFileNameIsCheckedWhenAPublishedPageUsesIt() throws {
        let found = try ValidHubCopy.messages { content in
            try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".write(toFile: content + "/media/projekt-nordlys.svg", atomically: true, encoding: .utf8)
            try ValidHubCopy.append("\n![Logo](/media/projekt-nordlys.svg)\n", to: "guidelines/kritik.md", in: content)
        }
        #expect(found == ["media/projekt-nordlys.svg:1:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the file name, which becomes part of a web address; rename the file"])
    }

    /// A folder below media/ becomes part of the address of every file in it: its name is searched
    /// too, once, at its own path, when a published page uses a file in it.
    @Test func aMediaFolderNameIsCheckedOnceWhenAPublishedPageUsesAFileInIt() throws {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
        let found = try ValidHubCopy.messages { content in
            for folder in ["media/projekt-nordlys/kort", "media/projekt-nordlys-arkiv", "media/projekt"] {
                try FileManager.default.createDirectory(atPath: content + "/" + folder, withIntermediateDirectories: true)
            }
            for file in ["media/projekt-nordlys/kort/a.svg", "media/projekt-nordlys/b.svg", "media/projekt-nordlys-arkiv/c.svg",
                         "media/projekt/nordlys.svg"] {
                try svg.write(toFile: content + "/" + file, atomically: true, encoding: .utf8)
            }
            try ValidHubCopy.append("\n![A](/media/projekt-nordlys/kort/a.svg) ![B](/media/projekt-nordlys/b.svg) "
                + "![D](/media/projekt/nordlys.svg)\n", to: "guidelines/kritik.md", in: content)
        }
        #expect(found == [
            "media/projekt-nordlys:1:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the name "
                + "of the folder 'media/projekt-nordlys', which becomes part of a web address; rename the folder",
            "media/projekt/nordlys.svg:1:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the path "
                + "'media/projekt/nordlys.svg', across the names of its folders and file, which becomes part of a web address; rename a folder or the file",
        ], "once for the folder of two used files, once for a path that spells the term across a '/'; not for a folder no published page uses a file of")
    }

    /// The address of a link or an image is published in the page: a term in it, in its web-address
    /// form (`projekt-nordlys`, `Projekt%20Nordlys`), is an error where the link is written, once even
    /// when the term is written as words there too.
    @Test func aTermInTheAddressOfABodysLinkIsFound() throws {
        let found = try ValidHubCopy.messages { content in
            try ValidHubCopy.append("""

                Læs [nyheden](https://www.example.dk/projekt-nordlys/) og se ![kortet](https://www.example.dk/Projekt%20Nordlys.png).
                Se også
                www.example.dk/om/projekt_nordlys og [hjemmesiden](https://www.example.dk/).
                [Projekt Nordlys](<https://www.example.dk/Projekt Nordlys>) og [kritik](politik.md#projekt-nordlys).
                [a](https://intranet.nordvik.dk/hub/wiki/projekt-nordlys) [b](https://www.example.dk/Projekt%20Nordlys/?x=100%)
                [c](https://www.example.dk/Projekt&#32;Nordlys/)

                """, to: "guidelines/kritik.md", in: content)
        }
        let term = "'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8)"
        #expect(found == [
            "guidelines/kritik.md:9:5: error: \(term) in the address of the link 'https://www.example.dk/projekt-nordlys/'; remove it from published text",
            "guidelines/kritik.md:9:62: error: \(term) in the address of the link 'https://www.example.dk/Projekt%20Nordlys.png'; remove it from published text",
            "guidelines/kritik.md:11:1: error: \(term) in the address of the link 'http://www.example.dk/om/projekt_nordlys'; remove it from published text",
            "guidelines/kritik.md:12:2: error: \(term); remove it from published text",
            "guidelines/kritik.md:12:43: error: \(term); remove it from published text",
            "guidelines/kritik.md:12:64: error: \(term) in the address of the link 'politik.md#projekt-nordlys'; remove it from published text",
            "guidelines/kritik.md:13:1: error: \(term) in the address of the link 'https://intranet.nordvik.dk/hub/wiki/projekt-nordlys'; "
                + "remove it from published text",
            "guidelines/kritik.md:13:59: error: \(term) in the address of the link 'https://www.example.dk/Projekt%20Nordlys/?x=100%'; "
                + "remove it from published text",
            "guidelines/kritik.md:14:1: error: \(term) in the address of the link 'https://www.example.dk/Projekt Nordlys/'; remove it from published text",
        ])
    }

    @Test("a forbidden term is an error wherever it would be published", arguments: planted)
    func plantedInEveryPublishedPlace(_ planted: Planted) throws {
        let found = try ValidHubCopy.messages { content in
            let path = content + "/" + planted.file
            if let old = planted.old {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try #require(text.contains(old))
                try text.replacingOccurrences(of: old, with: planted.new).write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                try planted.new.write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
        #expect(found == planted.expected)
    }
}
