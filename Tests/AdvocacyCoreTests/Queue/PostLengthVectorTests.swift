import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// The shared test vectors of Tests/Fixtures/post-length-vectors.json, which the JavaScript counter
/// of the share cards (site-templates/assets/post-length.js) runs too: both count alike.
@Suite struct PostLengthVectorTests {
    struct Vector: Decodable, CustomTestStringConvertible {
        let note: String
        let platform: String
        let text: String
        let link: Bool
        let count: Int
        let folds: Bool?

        var testDescription: String { "\(platform): \(note)" }
    }

    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: TestPaths.fixtures + "/post-length-vectors.json")
        return (try? JSONDecoder().decode([Vector].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func theTableCoversEveryPlatformAndTheFold() {
        #expect(Set(Self.vectors.map(\.platform)) == Set(Platform.allCases.map(\.rawValue)))
        #expect(Self.vectors.contains { $0.folds == true } && Self.vectors.contains { $0.folds == false })
    }

    @Test(arguments: vectors)
    func countsAsThePlatformDoes(_ vector: Vector) throws {
        let platform = try #require(Platform(rawValue: vector.platform))
        #expect(PostLength.count(vector.text, on: platform, link: vector.link ? "https://www.example.dk/a?utm_source=x" : nil)
                == vector.count)
        if let folds = vector.folds {
            #expect((PostLength.linkedInFoldIndex(vector.text) != nil) == folds)
        }
    }
}
