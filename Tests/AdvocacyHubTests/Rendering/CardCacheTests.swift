import Testing
@testable import AdvocacyHub

@Suite struct CardCacheTests {
    @Test func cardsRenderOnceAndAreLetGoAfterTheirLastPage() {
        let cache = CardCache(uses: ["share/a.md": 3])
        var renders = 0
        let render = { () -> [String] in renders += 1; return ["<section>\(renders)</section>"] }
        #expect(cache.html(for: "share/a.md", render: render) == ["<section>1</section>"])
        #expect(cache.html(for: "share/a.md", render: render) == ["<section>1</section>"])
        #expect(cache.html(for: "share/a.md", render: render) == ["<section>1</section>"])
        #expect(renders == 1, "three pages, one rendering")
        _ = cache.html(for: "share/a.md", render: render)
        #expect(renders == 2, "after the third page the cards were let go")
    }
}
