import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite

/// Property (c) of issue #20: random hubs with published, expired, embargoed, draft and pulled documents
/// of every kind, linking media and each other in every form, built twice into one output folder.
/// Invariant: no word of a document the second build does not publish, and no byte or name of a media
/// file that no published document uses, is anywhere under the output's parent; every media file a
/// published document uses is in the output. `ADVOCACY_PROPERTY_CASES` sets the number of hubs (200 by
/// default), `ADVOCACY_PROPERTY_SEED` the first seed (`Tests/Properties/published-set` runs more).
@Suite struct PublishedSetProperty {
    typealias Hub = PublishedSetHub

    static func randomHub(_ random: inout SeededRandom) -> Hub {
        var hub = Hub(base: ["/", "/hub/", "/a/b/"].randomElement(using: &random)!, unsafeHTML: random.below(5) != 0)
        for _ in 0..<(2 + random.below(7)) {
            let folder = ["media/", "media/", "media/billeder/2027/"].randomElement(using: &random)!
            let name = ["Teaser", "secret-launch", "Bæk", "x"].randomElement(using: &random)!
            let secret = Hub.secret(&random)
            hub.media.append(Hub.Media(path: folder + name + "-" + secret + ".svg", secret: secret))
        }
        for _ in 0..<(3 + random.below(8)) {
            let kind = Hub.Kind.allCases.randomElement(using: &random)!
            let states = kind == .share ? Hub.State.allCases : [.published, .draft, .pulledToDraft, .pulledAway]
            var document = Hub.Document(kind: kind, state: states.randomElement(using: &random)!, secret: Hub.secret(&random))
            document.published = ["2026-12-01T08:00", "2026-12-07T07:30", "2026-12-10T08:59"].randomElement(using: &random)!
            document.embargo = ["2026-12-10T09:01", "2026-12-13T07:30", "2027-05-01T07:30"].randomElement(using: &random)!
            document.expires = [nil, "2026-12-11", "2026-12-16T12:00"].randomElement(using: &random)!
            for _ in 0..<random.below(6) {
                document.links.append((random.below(hub.media.count), Hub.Form.allCases.randomElement(using: &random)!))
            }
            hub.documents.append(document)
        }
        let stable = hub.documents.indices.filter { hub.documents[$0].state.isPublished }
        for index in hub.documents.indices where !stable.isEmpty {
            for _ in 0..<random.below(3) {
                let target = stable.randomElement(using: &random)!
                if target != index { hub.documents[index].documentLinks.append((target, random.below(2) == 0)) }
            }
        }
        return hub
    }

    @Test func noUnpublishedTextOrMediaReachesTheOutputsParent() throws {
        let environment = ProcessInfo.processInfo.environment
        let cases = environment["ADVOCACY_PROPERTY_CASES"].flatMap(Int.init) ?? 200
        let first = environment["ADVOCACY_PROPERTY_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970)
        let started = Date()
        var hubs = 0, documents = 0, media = 0, failed = 0
        // One folder for every case, removed at the end by `rm`: Foundation takes milliseconds per file here.
        let run = TestPaths.temporaryFolder("published-set")
        defer { SecretScan.remove(run) }
        for number in 0..<UInt64(cases) {
            let seed = first &+ number
            var random = SeededRandom(state: seed)
            let hub = Self.randomHub(&random)
            hubs += 1
            documents += hub.documents.count
            media += hub.media.count
            let built = try hub.build(in: run + "/\(number)")
            let rerun = "ADVOCACY_PROPERTY_SEED=\(seed) ADVOCACY_PROPERTY_CASES=1 swift test --filter PublishedSetProperty"
            let errors = built.reports.flatMap(\.diagnostics).filter { $0.severity == .error }
            let leaks = SecretScan.findings(of: hub.secrets, under: built.parent)
            let copied = SecretScan.media(in: built.output)
            #expect(errors.isEmpty, "seed \(seed) (\(rerun)): \(errors.prefix(3))")
            #expect(leaks.isEmpty, "seed \(seed) (\(rerun)): \(leaks.prefix(5))")
            #expect(copied == hub.published, "seed \(seed) (\(rerun)): missing \(hub.published.subtracting(copied)), extra \(copied.subtracting(hub.published))")
            if !errors.isEmpty || !leaks.isEmpty || copied != hub.published {
                failed += 1
                if failed >= 3 { break }
            }
        }
        print("published-set property: \(hubs) hubs from seed \(first), \(documents) documents, \(media) media files, "
              + String(format: "%.1f s", Date().timeIntervalSince(started)))
    }
}
