import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Vi åbner kontor i Aarhus", "vi-aabner-kontor-i-aarhus"),
        ("Første kunde", "foerste-kunde"),
        ("Ærø & Ålborg", "aeroe-aalborg"),
        ("Café Zürich", "cafe-zurich"),
        ("  --Hej!!  verden-- ", "hej-verden"),
        ("ÆØÅ", "aeoeaa"),
        ("Straße", "strasse"),
        ("🎉 Fest", "fest"),
    ])
    func slugs(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }
}
