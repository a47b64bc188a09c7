import Foundation
import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacyOutput

/// The kept folder keeps a file's bytes only when the new site has the very same bytes at that path,
/// and what it kept is never in the way of a file the new site has.
@Suite struct KeptBytesTests {
    /// A media file replaced by other bytes of the same size and `ContentHash` (the hash is not made to
    /// resist forgery, and a media file is copied as it is): the kept folder must not keep the old bytes,
    /// which the site no longer shows.
    @Test func aFileReplacedByOneOfTheSameHashIsNotKept() throws {
        let space = OutputFolderTests.Workspace()
        let media = space.root + "/content/media/aarhus.svg"
        let old = try [UInt8](Data(contentsOf: URL(fileURLWithPath: media)))
        let forged = Self.collision(with: old)
        try #require(forged != old && ContentHash(forged) == ContentHash(old) && forged.count == old.count)
        #expect(try space.build().status == 0)
        try Data(forged).write(to: URL(fileURLWithPath: media))
        #expect(try space.build().status == 0)
        let outputs = try space.outputs()
        #expect(outputs["_site/media/aarhus.svg"] == Data(forged))
        OutputFolderTests.expectKeptHoldsOnlyTheSitesBytes(outputs)
        #expect(outputs["._site.previous/media/aarhus.svg"] == Data(), "the replaced bytes are emptied")
    }

    /// A media file whose path becomes a folder of media, or a folder that becomes a file: the kept
    /// file at that path, which held the bytes the site had, is not in the way of the folder the next
    /// build needs, nor is the kept folder in the way of the file.
    @Test(arguments: [false, true]) func aKeptFileOrFolderIsNotInTheWayOfMediaAtItsPath(startingAsFolder: Bool) throws {
        let space = OutputFolderTests.Workspace()
        let page = space.root + "/content/guidelines/politik.md"
        let text = try String(contentsOfFile: page, encoding: .utf8)
        let media = space.root + "/content/media/holdet"
        let svg = try Data(contentsOf: URL(fileURLWithPath: space.root + "/content/media/logo.svg"))
        func use(folder: Bool) throws {
            try? FileManager.default.removeItem(atPath: media)
            if folder {
                try FileManager.default.createDirectory(atPath: media, withIntermediateDirectories: false)
                try svg.write(to: URL(fileURLWithPath: media + "/leder.svg"))
            } else {
                try svg.write(to: URL(fileURLWithPath: media))
            }
            let image = folder ? "../media/holdet/leder.svg" : "../media/holdet"
            try (text + "\n![holdet](\(image))\n").write(toFile: page, atomically: false, encoding: .utf8)
        }
        for folder in [startingAsFolder, !startingAsFolder] {
            try use(folder: folder)
            // Twice, so the kept folder holds the media's bytes at their path.
            for _ in 0..<2 {
                let run = try space.build()
                #expect(run.status == 0, "\(run.standardError)")
            }
            let kept = space.root + "/._site.previous/media/holdet" + (folder ? "/leder.svg" : "")
            #expect(FileManager.default.contents(atPath: kept) == svg, "the kept folder holds the media's bytes")
            let fresh = space.root + "/fresh"
            for folder in [fresh, space.root + "/.fresh.previous"] { try? FileManager.default.removeItem(atPath: folder) }
            #expect(try space.build(output: "fresh").status == 0)
            #expect(try InvalidFixtureTests.snapshot(fresh) == InvalidFixtureTests.snapshot(space.root + "/_site"))
        }
    }

    /// Bytes of the length of `bytes`, different from them in their first two 8-byte words, with the
    /// same `ContentHash`: the second word is chosen to bring the hash's state back to that of `bytes`.
    static func collision(with bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count >= 16)
        let multiplier: UInt64 = 0xC2B2_AE3D_27D4_EB4F, mixer: UInt64 = 0x9E37_79B9_7F4A_7C15
        func inverse(_ odd: UInt64) -> UInt64 {
            var value = odd
            for _ in 0..<6 { value = value &* (2 &- odd &* value) }
            return value
        }
        func mix(_ value: UInt64) -> UInt64 { ((value << 31) | (value >> 33)) &* mixer }
        func unmix(_ value: UInt64) -> UInt64 {
            let rotated = value &* inverse(mixer)
            return (rotated >> 31) | (rotated << 33)
        }
        func word(_ bytes: [UInt8], _ index: Int) -> UInt64 {
            (0..<8).reduce(0) { $0 | UInt64(bytes[index * 8 + $1]) << (8 * UInt64($1)) }
        }
        let start = mixer ^ UInt64(bytes.count)
        let second = mix(mix(start ^ (word(bytes, 0) &* multiplier)) ^ (word(bytes, 1) &* multiplier))
        var forged = bytes
        forged[0] ^= 0x20
        let first = mix(start ^ (word(forged, 0) &* multiplier))
        let chosen = (unmix(second) ^ first) &* inverse(multiplier)
        for index in 0..<8 { forged[8 + index] = UInt8(truncatingIfNeeded: chosen >> (8 * UInt64(index))) }
        return forged
    }
}
