import Foundation
import AdvocacyCore
import AdvocacyLoad

/// `advocacy import`: the entries of a newsroom's Atom or RSS feed as draft share items, one file
/// each, written as `new` writes a draft (placeholders for the background and one share text per
/// discipline). An entry whose link an item already has, in any state, is skipped, so running it
/// every morning on the same feed writes each entry once.
public enum FeedImport {
    /// What to import, and into which hub.
    public struct Request: Sendable {
        /// The feed as read, and its name in messages (the path, or `stdin`).
        public var feed: Data
        public var feedName: String
        /// The disciplines to write share texts for; empty means all of the hub's.
        public var disciplines: [String]
        /// The original publisher of curated content; nil for the company's own.
        public var via: String?
        public var content: String
        public var now: Date

        /// Creates a request from its stored properties.
        public init(feed: Data, feedName: String, disciplines: [String], via: String?, content: String, now: Date = Date()) {
            self.feed = feed
            self.feedName = feedName
            self.disciplines = disciplines
            self.via = via
            self.content = content
            self.now = now
        }
    }

    /// What an import did: a line per file written and entry skipped, in feed order, the entries
    /// left out for a missing title or link (warnings at their line), or the reason nothing was
    /// written (an error at the feed's line and column).
    public struct Outcome: Sendable {
        public var lines: [Message] = []
        public var warnings: [Diagnostic] = []
        public var failure: Diagnostic?
        public var written = 0
        public var skipped = 0
    }

    /// The longest file name `import` makes from a title, before `.md` and a `-2`: titles of news can
    /// run to a sentence.
    static let longestSlug = 60

    /// Imports the feed; usage errors (unknown discipline, no content folder) are thrown.
    public static func run(_ request: Request) throws(UsageError) -> Outcome {
        let folder = ContentFolder(request.content)
        guard folder.exists else { throw ContentFolder.missing(request.content) }
        var ignored = Diagnostics()
        let config = HubConfigLoader.load(folder, diagnostics: &ignored)
        let known = folder.entries("disciplines").filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        guard !known.isEmpty else { throw UsageError(.importNoDisciplines) }
        for name in request.disciplines where !known.contains(name) {
            throw UsageError(.importUnknownDiscipline(name: name, known: known))
        }
        let disciplines = request.disciplines.isEmpty ? known : request.disciplines.reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        var outcome = Outcome()
        let feed: Feed
        do {
            feed = try Feed.parse(request.feed)
        } catch {
            outcome.failure = Diagnostic(.error, error.message,
                                         at: SourceLocation(file: request.feedName, line: error.line, column: error.column))
            return outcome
        }
        guard !feed.entries.isEmpty else {
            outcome.warnings.append(Diagnostic(.warning, Message(.importNoEntries), at: SourceLocation(file: request.feedName)))
            return outcome
        }
        let clock = HubClock(timeZone: config.timeZone)
        var taken = existingLinks(in: folder, clock: clock)
        let language = config.language
        for entry in feed.entries {
            let at = SourceLocation(file: request.feedName, line: entry.line)
            let link = FeedLink.written(entry.link)
            guard !entry.title.isEmpty else {
                outcome.warnings.append(Diagnostic(.warning, Message(.importEntryWithoutTitle), at: at))
                outcome.skipped += 1
                continue
            }
            guard DocumentLoader.isWebAddress(link), !LinkAuthority.hasBackslash(link) else {
                outcome.warnings.append(Diagnostic(.warning, Message(.importEntryWithoutLink(title: entry.title)), at: at))
                outcome.skipped += 1
                continue
            }
            let key = FeedLink.key(link)
            if let holder = taken[key] {
                outcome.skipped += 1
                let why = switch holder {
                case .file(let path): Message(.importSkippedLinkPresent(title: entry.title, path: folder.display(path)))
                case .entry(let line): Message(.importSkippedRepeated(title: entry.title, line: "\(line)"))
                }
                outcome.lines.append(why)
                continue
            }
            let publish = entry.date.flatMap(writable) ?? request.now
            let draft = Scaffold.ShareDraft(
                title: entry.title, summary: FeedText.summary(entry.summary), link: link, disciplines: disciplines,
                publish: DateDisplay.iso(publish, clock: clock).replacingOccurrences(of: " ", with: "T"),
                expires: DateDisplay.isoDay(publish.addingTimeInterval(13 * 86_400), clock: clock),
                via: request.via)
            let path = try write(Scaffold.shareDraft(draft, language: language), named: entry.title, in: folder)
            taken[key] = .entry(entry.line)
            outcome.written += 1
            outcome.lines.append(Message(.importWroteFile(path: folder.display(path))))
        }
        return outcome
    }

    /// An entry's date when a draft can say it: the expiry day written two weeks on (13 days, in
    /// the hub's zone) is still within the years a hub reads; else the entry is dated as one without a date.
    private static func writable(_ date: Date) -> Date? {
        date.addingTimeInterval(14 * 86_400) <= DateDisplay.latest ? date : nil
    }

    /// The feed at `path`, or standard input for `-`.
    public static func read(_ path: String) throws(UsageError) -> Data {
        let fd = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw UsageError(.importCannotRead(path: path, reason: systemReason(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw UsageError(.importCannotRead(path: path, reason: systemReason(EISDIR)))
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true).readDataToEndOfFile()
    }

    /// Who already has a link: an item's file, or an entry earlier in the feed (at its line).
    private enum Holder { case file(String), entry(Int) }

    /// The links of every share item, draft, embargoed, expired or not, by `FeedLink.key`.
    private static func existingLinks(in folder: ContentFolder, clock: HubClock) -> [String: Holder] {
        let loader = DocumentLoader(folder: folder, clock: clock)
        var links: [String: Holder] = [:]
        for name in folder.entries("share").sorted() where name.hasSuffix(".md") {
            var ignored = Diagnostics()
            let path = "share/" + name
            guard let link = loader.shareItem(path, diagnostics: &ignored)?.link?.value else { continue }
            links[FeedLink.key(link)] = links[FeedLink.key(link)] ?? .file(path)
        }
        return links
    }

    /// Creates `share/<slug>.md`, or `<slug>-2.md`, `-3` … when the name is taken: never replaces a file.
    private static func write(_ text: String, named title: String, in folder: ContentFolder) throws(UsageError) -> String {
        let slug = shortened(Slug.make(title))
        do {
            try FileManager.default.createDirectory(atPath: folder.absolute("share"), withIntermediateDirectories: true)
        } catch {
            throw UsageError(.cannotWrite(path: folder.display("share"), reason: error.localizedDescription))
        }
        var number = 1
        while true {
            let path = "share/" + (slug.isEmpty ? "item" : slug) + (number == 1 ? "" : "-\(number)") + ".md"
            switch ExclusiveFile.create(folder.absolute(path), Array(text.utf8)) {
            case 0: return path
            case EEXIST: number += 1
            case let code: throw UsageError(.cannotWrite(path: folder.display(path), reason: systemReason(code)))
            }
        }
    }

    /// A slug cut to `longestSlug` characters at a `-`, so a file name stays readable.
    static func shortened(_ slug: String) -> String {
        guard slug.count > longestSlug else { return slug }
        let head = slug.prefix(longestSlug)
        guard let dash = head.lastIndex(of: "-"), dash > head.startIndex else { return String(head) }
        return String(head[..<dash])
    }
}
