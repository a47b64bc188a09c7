import Testing
@testable import AdvocacyCore

/// An item's `image` may be written as links in its body are; the item knows the content path it names
/// from the moment it is made.
@Suite struct ShareItemImagePathTests {
    @Test(arguments: [
        ("media/aarhus.svg", "media/aarhus.svg"), ("/media/aarhus.svg", "media/aarhus.svg"),
        ("./media/aarhus.svg", "media/aarhus.svg"), ("../media/aarhus.svg", "media/aarhus.svg"),
        ("media/%C3%A5%20b.png?v=2#x", "media/å b.png"), ("media/./a/../b.svg", nil), ("/media/../../a.svg", nil),
        ("../../media/aarhus.svg", nil), ("https://example.dk/a.png", nil),
    ] as [(String, String?)])
    func theItemKnowsItsImagesPathFromTheStart(_ written: String, _ path: String?) {
        let at = SourceLocation(file: "content/share/a.md", line: 2, column: 8)
        let info = DocumentInfo(path: "share/a.md", displayPath: "content/share/a.md", title: Located("A", at: at), summary: nil,
                                summaryLocation: nil, slug: Located("a", at: at), draft: false, tags: [], body: "", bodyLine: 4)
        let item = ShareItem(info: info, link: nil, image: Located(written, at: at), disciplines: [], publish: nil, expires: nil,
                             bestTime: nil, sponsored: false)
        #expect(item.imagePath == path)
        #expect(ShareItem(info: info, link: nil, image: nil, disciplines: [], publish: nil, expires: nil, bestTime: nil,
                          sponsored: false).imagePath == nil)
    }
}
