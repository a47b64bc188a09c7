import Foundation
import Testing
@testable import AdvocacyLoad

/// A body names a media file through any link form Markdown and raw HTML allow; what it names is what
/// the site copies when the body is published.
@Suite struct MediaReferenceTests {
    let site = "https://intranet.example.dk/advocacy/"

    func references(_ body: String, path: String = "share/a.md", page: String? = "share/a/", unsafe: Bool = true,
                    base: String = "/hub/") -> [String] {
        var source = MarkdownSource(text: body, displayPath: "content/" + path, firstLine: 1, contentPath: path)
        source.page = page
        return MarkdownRenderer(unsafeHTML: unsafe, baseURL: base, siteURL: site).render(source).mediaReferences
    }

    @Test("every form names the file", arguments: [
        "![a](../media/x-y.svg)",
        "[a](../media/x-y.svg#side-2)",
        "![a](./../media/x-y.svg?v=1)",
        "![a](../media/x%2Dy.svg)",
        "![a](..%2Fmedia%2Fx-y.svg)",
        "![a](/media/x-y.svg)",
        "![a](/hub/media/x-y.svg)",
        "![a](</media/x-y.svg> \"Titel\")",
        "![a](/media/x%2Dy.svg?x=1#y)",
        "![a](/media%2Fx-y.svg)",
        "![a](https://intranet.example.dk/advocacy/media/x-y.svg)",
        "Se https://intranet.example.dk/advocacy/media/x-y.svg her.",
        "Se <https://intranet.example.dk/advocacy/media/x-y.svg>.",
        "![a][ref]\n\n[ref]: /media/x-y.svg",
        "[a][ref]\n\n[ref]: ../media/x-y.svg \"Titel\"",
        "![a][]\n\n[a]: https://intranet.example.dk/advocacy/media/x-y.svg",
        "Tekst[^1].\n\n[^1]: Se [bilaget](/hub/media/x-y.svg).",
        "Tekst[^n].\n\n[^n]: ![b][r]\n\n[r]: ../media/x-y.svg",
        "Tekst <img src=\"/media/x-y.svg\" alt=\"\"> tekst.",
        "Tekst <img alt=x src='/hub/media/x&#45;y.svg'> tekst.",
        "Tekst <img src=../../media/x-y.svg> tekst.",
        "<div>\n<img srcset=\"/hub/assets/a.svg 1x, https://intranet.example.dk/advocacy/media/x-y.svg 2x\">\n</div>",
        "<p>\n<a href=\"/media/x%2Dy.svg?dl=1\">hent</a>\n</p>",
        "<video poster=\"/media/x-y.svg\"></video>",
        "- punkt\n  > ![a](/media/x-y.svg)",
        "| a |\n| --- |\n| ![a](../media/x-y.svg) |",
    ])
    func everyFormNamesTheFile(body: String) {
        #expect(references(body) == ["media/x-y.svg"], "\(body)")
    }

    @Test("other sites, other files and what is no link name nothing", arguments: [
        "![a](https://intranet.example.dk/other/media/x-y.svg)",
        "![a](https://evil.example/advocacy/media/x-y.svg)",
        "[a](mailto:media/x-y.svg)",
        "Tekst <img src=\"media/x-y.svg\"> tekst.",
        "`/media/x-y.svg` and ```\n/media/x-y.svg\n```",
        "Tekst <!-- <img src=\"/media/x-y.svg\"> --> tekst.",
        "/media/x-y.svg as text",
        "![a](/assets/x-y.svg)",
    ])
    func otherSitesAndTextNameNothing(body: String) {
        #expect(references(body).isEmpty, "\(body)")
    }

    @Test func rawHTMLNamesMediaOnlyWhenItIsLetThrough() {
        #expect(references("Tekst <img src=\"/media/x-y.svg\"> tekst.", unsafe: false).isEmpty)
        #expect(references("<div>\n<img src=\"/media/x-y.svg\">\n</div>", unsafe: false).isEmpty)
    }

    @Test func relativeLinksInRawHTMLLeadFromThePage() {
        #expect(references("<img src=\"media/x-y.svg\">", path: "_index.md", page: "") == ["media/x-y.svg"])
        #expect(references("<img src=\"../media/x-y.svg\">", path: "pages/om.md", page: "om/") == ["media/x-y.svg"])
        #expect(references("![a](media/x-y.svg)", path: "_index.md", page: "") == ["media/x-y.svg"])
    }

    @Test func theBaseURLIsOptionalFromTheRoot() {
        #expect(references("![a](/media/x-y.svg) ![b](/hub/media/z.svg)", base: "/hub/") == ["media/x-y.svg", "media/z.svg"])
        #expect(references("![a](/media/x-y.svg)", base: "/") == ["media/x-y.svg"])
    }

    @Test func srcsetCandidatesAreEachAnAddress() {
        #expect(RawHTMLLinks.candidates("a.svg 1x,b.svg 2x, c,d.svg 480w ,  e.svg,, f.svg") == ["a.svg", "b.svg", "c,d.svg", "e.svg", "f.svg"])
        #expect(RawHTMLLinks.urls(in: "<img\nSRC = \"a&amp;b\" data-src=\"no\" srcset='c 1x, d 2x'><a href=e>") == ["a&b", "c", "d", "e"])
        #expect(RawHTMLLinks.decodingReferences("&#x2F;&#47;&lt;&unknown;&") == "//<&unknown;&")
    }
}
