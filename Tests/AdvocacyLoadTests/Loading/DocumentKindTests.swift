import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// The one list of document kinds (`DocumentKind`) against what the loader reads and the hub holds.
@Suite struct DocumentKindTests {
    @Test("each kind's files are read from its own folder into its own list, in the order of the kinds")
    func everyKindIsReadFromItsFolder() throws {
        let (hub, diagnostics) = ContentLoader.load(TestPaths.exampleHub)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        for kind in DocumentKind.allCases {
            let documents = hub.documents(of: kind)
            #expect(!documents.isEmpty, "the example hub holds no \(kind)")
            for info in documents {
                #expect(info.path == kind.folder.map { $0 + "/" + info.path.split(separator: "/").last! } ?? DocumentKind.homePath)
                #expect(ContentLoader.markdownFile(at: info.path)?.kind == kind, "\(info.path)")
            }
        }
        #expect(hub.documents.map(\.path) == DocumentKind.allCases.flatMap { hub.documents(of: $0) }.map(\.path))
        #expect(ContentLoader.markdownFile(at: "drafts/x.md") == nil)
    }

    @Test("leaving documents out takes them from every kind's list and keeps the others in order")
    func keepingDocumentsReachesEveryKind() throws {
        var (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let first = Set(DocumentKind.allCases.compactMap { hub.documents(of: $0).first?.path })
        let expected = hub.documents.map(\.path).filter { !first.contains($0) }
        hub.keepDocuments { !first.contains($0.path) }
        #expect(hub.documents.map(\.path) == expected)
        #expect(hub.home == nil)
    }
}
