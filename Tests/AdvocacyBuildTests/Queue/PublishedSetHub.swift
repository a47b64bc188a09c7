import Foundation
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacySite

/// A small hub for the published-set tests: documents of every kind, each in a state at the build's
/// `now` and with a secret word of its own in every text, linking media files (each with bytes of its
/// own) in every link form, and linking each other. Built twice into one output folder, so a document
/// can be pulled between the builds.
struct PublishedSetHub {
    enum Kind: CaseIterable { case share, story, guideline, page }

    /// Where a document stands in the first and the second build.
    enum State: CaseIterable {
        case published, expired, embargoed, draft
        /// Published in the first build, then set to draft, deleted, or (a share item) embargoed again.
        case pulledToDraft, pulledAway, pulledToEmbargo

        var isPulled: Bool { self == .pulledToDraft || self == .pulledAway || self == .pulledToEmbargo }
        /// Whether the second build publishes it.
        var isPublished: Bool { self == .published || self == .expired }
    }

    /// A way of writing a link to a media file.
    enum Form: String, CaseIterable {
        case image, relative, relativeLink, relativeWithFragment, relativePercent, relativeEncodedSlash
        case root, rootWithQuery, rootPercent, rootEncodedSlash, rootInAngles, base, siteURL, autolink, autolinkInAngles
        case reference, referenceRelative, collapsedReference, footnote, footnoteReference
        case htmlImage, htmlImageEntity, htmlRelative, htmlBlock, htmlSrcset, htmlAnchor

        var isRawHTML: Bool { rawValue.hasPrefix("html") }
    }

    struct Media {
        /// The path in the content folder, with capitals as on disk: `media/Teaser-zq….svg`.
        var path: String
        /// Unique to this file: in its name and in its bytes.
        var secret: String
        var bytes: Data { Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- \(secret) bytes --></svg>\n".utf8) }
    }

    struct Document {
        var kind: Kind
        var state: State
        /// Unique to this document: in its file name (so its slug), title, summary, body and share text.
        var secret: String
        /// The media it links, each in a form.
        var links: [(media: Int, form: Form)] = []
        /// The documents it links (only ones published in both builds), each as a file or from the root.
        var documentLinks: [(document: Int, fromRoot: Bool)] = []
        /// A share item's `publish` when published (before `now`, in the digest's week or the one before)
        /// and when embargoed (later that week or months ahead), and `expires` when active (this week or none).
        var published = "2026-12-01T08:00", embargo = "2027-05-01T07:30", expires: String?

        var folder: String {
            switch kind {
            case .share: "share"
            case .story: "stories"
            case .guideline: "guidelines"
            case .page: "pages"
            }
        }
        var path: String { "\(folder)/\(kindWord)-\(secret).md" }
        var slug: String { "\(kindWord)-\(secret)" }
        var kindWord: String {
            switch kind {
            case .share: "opslag"
            case .story: "historie"
            case .guideline: "retningslinje"
            case .page: "side"
            }
        }
        /// The page's address below the site's root.
        var page: String { kind == .page ? "\(slug)/" : "\(folder)/\(slug)/" }
    }

    var base = "/hub/"
    /// The site's address: its path is `base`, as hub.yml requires.
    var site: String { "https://intranet.example.dk" + base }
    var unsafeHTML = true
    var media: [Media] = []
    var documents: [Document] = []

    static let now = "2026-12-10T09:00"
    static let theme = Theme.load(TestPaths.theme, language: .da).0!

    /// Letters that spell no hex digit and no vowel, so a secret cannot turn up by chance in a hash or a word.
    static let letters = Array("ghjkmnpqrstvwxz")

    static func secret(_ random: inout some RandomNumberGenerator) -> String {
        "zq" + String((0..<10).map { _ in letters.randomElement(using: &random)! })
    }

    /// How `document` writes a link to `media` in `form`: the text in its body, the definitions at its end,
    /// and its front matter `image`.
    func link(_ form: Form, to media: Media, from document: Document, number: Int) -> (text: String, notes: String, image: String?) {
        let path = media.path, name = String(path.dropFirst("media/".count))
        let up = "../"  // every document but the home page sits one folder down
        let pageUp = String(repeating: "../", count: document.page.split(separator: "/").count)
        let percent = name.replacingOccurrences(of: "-", with: "%2D")
        let entity = name.replacingOccurrences(of: "-", with: "&#45;")
        let alt = "Billede \(document.secret)"
        switch form {
        case .image: return ("", "", ["media/", "/media/", "../media/", "./media/"][number % 4] + name)
        case .relative: return ("![\(alt)](\(up)\(path))", "", nil)
        case .relativeLink: return ("[\(alt)](\(up)\(path))", "", nil)
        case .relativeWithFragment: return ("[\(alt)](./\(up)\(path)#side-2)", "", nil)
        case .relativePercent: return ("![\(alt)](\(up)media/\(percent))", "", nil)
        case .relativeEncodedSlash: return ("![\(alt)](..%2F\(path.replacingOccurrences(of: "/", with: "%2F")))", "", nil)
        case .root: return ("![\(alt)](/\(path))", "", nil)
        case .rootWithQuery: return ("![\(alt)](/\(path)?v=2#top)", "", nil)
        case .rootPercent: return ("![\(alt)](/media/\(percent))", "", nil)
        case .rootEncodedSlash: return ("![\(alt)](/\(path.replacingOccurrences(of: "/", with: "%2F")))", "", nil)
        case .rootInAngles: return ("![\(alt)](</\(path)> \"Titel \(document.secret)\")", "", nil)
        case .base: return ("![\(alt)](\(base)\(path))", "", nil)
        case .siteURL: return ("![\(alt)](\(site)\(path))", "", nil)
        case .autolink: return ("Se \(site)\(path) her.", "", nil)
        case .autolinkInAngles: return ("Se <\(site)\(path)>.", "", nil)
        case .reference: return ("![\(alt)][ref-\(number)]", "[ref-\(number)]: /\(path)", nil)
        case .referenceRelative: return ("[\(alt)][ref-\(number)]", "[ref-\(number)]: \(up)\(path) \"Titel\"", nil)
        case .collapsedReference: return ("![ref \(number)][]", "[ref \(number)]: \(site)\(path)", nil)
        case .footnote: return ("Note\(number)[^n\(number)].", "[^n\(number)]: Se [bilaget \(document.secret)](\(base)\(path)).", nil)
        case .footnoteReference:
            return ("Note\(number)[^n\(number)].", "[^n\(number)]: Se ![b][fref-\(number)].\n\n[fref-\(number)]: \(up)media/\(percent)", nil)
        case .htmlImage: return ("Tekst <img src=\"/\(path)\" alt=\"\(alt)\"> tekst.", "", nil)
        case .htmlImageEntity: return ("Tekst <img alt=x src='\(base)media/\(entity)'> tekst.", "", nil)
        case .htmlRelative: return ("Tekst <img src=\(pageUp)\(path)> tekst.", "", nil)
        case .htmlBlock: return ("<div class=\"figur\">\n<img src=\"\(site)\(path)?w=2\" alt=\"\(alt)\">\n</div>", "", nil)
        case .htmlSrcset:
            return ("<p>\n<img srcset=\"\(base)assets/favicon.svg 1x, \(base)media/\(percent) 2x\" alt=\"\">\n</p>", "", nil)
        case .htmlAnchor: return ("Hent <a href='\(base)\(path)#x'>filen \(document.secret)</a>.", "", nil)
        }
    }

    /// The document's file as the given build reads it; nil when it is not there.
    func file(_ index: Int, build: Int) -> String? {
        let document = documents[index]
        if build == 2 && document.state == .pulledAway { return nil }
        // Only a share item can be embargoed; any other document is held back as a draft instead.
        let embargoed = document.state == .embargoed || build == 2 && document.state == .pulledToEmbargo
        let draft = document.state == .draft || build == 2 && document.state == .pulledToDraft || embargoed && document.kind != .share
        var front = ["title: \(document.kindWord.capitalized) \(document.secret)", "summary: Resumé \(document.secret)"]
        if draft { front.append("draft: true") }
        var body = ["Brødtekst \(document.secret)."], notes: [String] = []
        var image: String?
        for (number, link) in document.links.enumerated() {
            var form = link.form
            if form == .image && (document.kind != .share || image != nil) { form = .relative }
            let written = self.link(form, to: media[link.media], from: document, number: number)
            if let value = written.image { image = value }
            if !written.text.isEmpty { body.append(written.text) }
            if !written.notes.isEmpty { notes.append(written.notes) }
        }
        for (target, fromRoot) in document.documentLinks {
            let other = documents[target]
            body.append(fromRoot ? "[\(other.kindWord)](\(base)\(other.page))" : "[\(other.kindWord)](../\(other.path))")
        }
        switch document.kind {
        case .share:
            front += ["link: https://www.example.dk/\(document.secret)", "disciplines: [social-selling]"]
            if let image { front.append("image: \(image)") }
            front.append("publish: " + (embargoed ? document.embargo : document.state == .expired ? "2026-12-01T08:00" : document.published))
            if !embargoed, let expires = document.state == .expired ? "2026-12-05" : document.expires { front.append("expires: \(expires)") }
            body.append("```share social-selling\nDel \(document.secret) i dag.\n```")
        case .story:
            front += ["date: 2026-10-01", "disciplines: [social-selling]", "person: Person \(document.secret)", "role: Konsulent"]
        case .guideline, .page:
            front.append("order: 1")
        }
        return "---\n" + front.joined(separator: "\n") + "\n---\n" + (body + notes).joined(separator: "\n\n") + "\n"
    }

    /// Writes the hub as the given build reads it into `content`.
    func write(to content: String, build: Int) throws {
        let files = FileManager.default
        for folder in ["disciplines", "share", "stories", "guidelines", "pages", "media"] {
            try files.createDirectory(atPath: content + "/" + folder, withIntermediateDirectories: true)
        }
        try Self.put(Data("""
        title: Egenskabshubben
        language: da
        timezone: Europe/Copenhagen
        base-url: \(base)
        site-url: \(site)
        unsafe-html: \(unsafeHTML)

        """.utf8), at: content + "/hub.yml")
        try Self.put(Data("---\ntitle: Social selling\norder: 1\n---\nStart med en pilotgruppe.\n".utf8),
                     at: content + "/disciplines/social-selling.md")
        for item in media {
            let path = content + "/" + item.path
            try files.createDirectory(atPath: String(path[..<path.lastIndex(of: "/")!]), withIntermediateDirectories: true)
            try Self.put(item.bytes, at: path)
        }
        for index in documents.indices {
            let path = content + "/" + documents[index].path
            if let text = file(index, build: build) {
                try Self.put(Data(text.utf8), at: path)
            } else if files.fileExists(atPath: path) {
                try files.removeItem(atPath: path)
            }
        }
    }

    /// Writes a file with plain system calls: Foundation's writes take milliseconds each here.
    static func put(_ bytes: Data, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    /// The media the second build must copy: what its published documents link, in a form that
    /// reaches the page (raw HTML only when hub.yml lets it through).
    var published: Set<String> {
        Set(documents.filter(\.state.isPublished).flatMap { document in
            document.links.filter { !$0.form.isRawHTML || unsafeHTML }.map { media[$0.media].path }
        })
    }

    /// The secrets nothing under the output's parent may hold after the second build: the words of
    /// the documents it does not publish, and the media only they link or nothing links.
    var secrets: Set<String> {
        let copied = published
        return Set(documents.filter { !$0.state.isPublished }.map(\.secret) + media.filter { !copied.contains($0.path) }.map(\.secret))
    }

    /// The result of building the hub twice into one output folder: the output's parent and each build's report.
    struct Built {
        var parent: String
        var output: String
        var reports: [BuildReport]
    }

    /// Writes and builds the hub twice, the second time after the pulled documents were pulled, into
    /// one output folder in a parent folder of its own, as `advocacy build` does (the replaced site is kept).
    func build(in folder: String) throws -> Built {
        let content = folder + "/hub/content", parent = folder + "/out"
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.theme = Self.theme
        options.output = parent + "/_site"
        options.now = Self.now
        var reports: [BuildReport] = []
        for build in 1...2 {
            try write(to: content, build: build)
            reports.append(try Builder.build(options, removal: .keepForNextBuild))
        }
        return Built(parent: parent, output: options.output, reports: reports)
    }
}

/// Every secret found under a folder: in a file's or folder's name, or in a file's bytes. Follows no link.
enum SecretScan {
    /// The places (`path: secret`) where a secret of `secrets`, all `zq` and ten letters, turns up.
    static func findings(of secrets: Set<String>, under folder: String) -> [String] {
        var found: [String] = []
        func scan(_ data: Data, at place: String) {
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                guard let start = bytes.baseAddress else { return }
                var offset = 0
                while offset + 12 <= bytes.count, let hit = memchr(start + offset, Int32(UInt8(ascii: "z")), bytes.count - offset - 11) {
                    let at = start.distance(to: UnsafeRawPointer(hit))
                    let word = String(decoding: bytes[at..<(at + 12)], as: UTF8.self)
                    if secrets.contains(word) { found.append("\(place): \(word)") }
                    offset = at + 1
                }
            }
        }
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        while let path = walker.nextObject() as? String {
            scan(Data(path.utf8), at: path)
            let full = folder + "/" + path
            guard let type = try? FileManager.default.attributesOfItem(atPath: full)[.type] as? FileAttributeType,
                  type == .typeRegular, let data = FileManager.default.contents(atPath: full) else { continue }
            scan(data, at: path)
        }
        return found
    }

    /// The media files under a site's `media/`, relative to the site.
    static func media(in site: String) -> Set<String> {
        Set((FileManager.default.enumerator(atPath: site + "/media")?.allObjects as? [String] ?? [])
            .filter { !isFolder(site + "/media/" + $0) }.map { "media/" + $0 })
    }

    /// Removes a folder and everything in it with `rm -rf`, much faster here than Foundation.
    static func remove(_ folder: String) {
        let rm = Process()
        rm.executableURL = URL(fileURLWithPath: "/bin/rm")
        rm.arguments = ["-rf", folder]
        try? rm.run()
        rm.waitUntilExit()
    }

    static func isFolder(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
