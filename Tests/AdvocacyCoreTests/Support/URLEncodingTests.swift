import Foundation
import Testing
@testable import AdvocacyCore

@Suite struct URLEncodingTests {
    /// RFC 3986's unreserved characters, the only ones a query value keeps as they are.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    @Test func escapesEveryByteButTheUnreservedOnes() {
        let scalars = (0..<0x800).compactMap(Unicode.Scalar.init) + ["\u{FFFD}", "😀", "\u{10FFFF}"]
        for scalar in scalars {
            let text = "a" + String(scalar) + "b"
            #expect(URLEncoding.queryValue(text) == text.addingPercentEncoding(withAllowedCharacters: Self.unreserved),
                    "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func encodesWholeTexts() {
        #expect(URLEncoding.queryValue("") == "")
        #expect(URLEncoding.queryValue("employee-advocacy_2026.v~1") == "employee-advocacy_2026.v~1")
        #expect(URLEncoding.queryValue("Hej & dav: æøå?") == "Hej%20%26%20dav%3A%20%C3%A6%C3%B8%C3%A5%3F")
        #expect(URLEncoding.queryValue("https://example.dk/a?b=c#d") == "https%3A%2F%2Fexample.dk%2Fa%3Fb%3Dc%23d")
    }
}
