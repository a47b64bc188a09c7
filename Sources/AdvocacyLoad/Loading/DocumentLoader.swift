import Foundation
import AdvocacyCore

/// Turns one Markdown file into its model: common front matter first, then the keys of its kind.
package struct DocumentLoader {
    package let folder: ContentFolder
    package let clock: HubClock

    /// Creates a value from its stored properties.
    package init(folder: ContentFolder, clock: HubClock) {
        self.folder = folder
        self.clock = clock
    }

    static let commonKeys: Set<String> = ["title", "summary", "slug", "draft", "tags"]
    // The keys of each kind, made once rather than for every file.
    static let disciplineKeys = commonKeys.union(["challenge", "colleagues", "content", "format", "order"])
    static let shareItemKeys = commonKeys.union(["link", "image", "disciplines", "publish", "expires", "best-time", "sponsored", "source", "via"])
    static let storyKeys = commonKeys.union(["date", "disciplines", "person", "role", "results"])
    static let guidelineKeys = commonKeys.union(["order", "quiz"])
    static let pageKeys = commonKeys.union(["order"])

    /// Reads a file and its front matter; nil with diagnostics when it cannot be read at all.
    package func open(_ path: String, diagnostics: inout Diagnostics) -> (DocumentInfo, YAMLFields)? {
        let display = folder.display(path)
        let start = SourceLocation(file: display)
        if let problem = ContentFolder.problem(folder.entry(path), at: path, outside: MessageID.fileLeadsOutside) {
            diagnostics.error(problem, at: start)
            return nil
        }
        var text: String
        do {
            text = try SourceText.read(folder.absolute(path))
        } catch {
            diagnostics.error(error.message, at: error.location(in: display))
            return nil
        }
        let hash = Self.hash(text)
        let read = text
        text = CharacterScan.clean(text, file: display, diagnostics: &diagnostics)
        let split: FrontMatter
        do {
            split = try FrontMatter.split(text)
        } catch .missing {
            diagnostics.error(.missingFrontMatter, at: start)
            return nil
        } catch {
            diagnostics.error(.unclosedFrontMatter, at: start)
            return nil
        }
        var fields = YAMLFields.parse(split.yaml, file: display, firstLine: split.yamlLine, what: Message(.wholeFrontMatter))
        let title = fields.requiredString("title", published: true)
        let fileName = Self.fileName(path)
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let slugValue = fields.string("slug", published: true)
        let slug = slugValue.map { Located(Slug.make($0.value), at: $0.location) }
            ?? Located(Slug.make(stem), at: start)
        if slug.value.isEmpty {
            fields.diagnostics.error(.emptySlug, at: slug.location)
        }
        let summary = fields.string("summary", published: true)
        let params = fields.params()
        var info = DocumentInfo(
            path: path, displayPath: display,
            title: title ?? Located(stem, at: start),
            summary: summary?.value, summaryLocation: summary?.location,
            slug: slug,
            draft: fields.bool("draft") ?? false,
            tags: fields.stringList("tags").map(\.value),
            body: split.body, bodyLine: split.bodyLine, texts: fields.published, frontMatterIsValid: fields.isValid)
        info.params = params
        info.emptyKeys = fields.emptyKeys
        info.sourceHash = hash
        info.sourceHadUnsafeCharacters = text != read
        info.bodyHoldsNoUnsafeCharacters = true
        return (info, fields)
    }

    /// `info` with its body read from its file again (`body(of:)`), which holds none of the characters
    /// no output may hold, as the body loaded did not; nil when the file no longer holds the text it
    /// was loaded from.
    package func withBody(_ info: DocumentInfo) -> DocumentInfo? {
        guard let body = body(of: info) else { return nil }
        var read = info
        read.body = body
        read.bodyHoldsNoUnsafeCharacters = true
        return read
    }

    /// The body of the document `info` loaded, read from its file again: nil when the file no longer
    /// holds the text it was loaded from.
    package func body(of info: DocumentInfo) -> String? {
        guard var text = try? SourceText.read(folder.absolute(info.path)), Self.hash(text) == info.sourceHash else { return nil }
        if info.sourceHadUnsafeCharacters {
            var ignored = Diagnostics()
            text = CharacterScan.clean(text, file: info.displayPath, diagnostics: &ignored)
        }
        return (try? FrontMatter.split(text))?.body
    }

    /// The last part of a content file's path (`share/item.md` → `item.md`), as `NSString`'s
    /// `lastPathComponent` gives it without the bridge to `NSString` (14 K instructions a call); a path that ends
    /// in `/` (never a file) is left to `NSString`, which drops the slash.
    static func fileName(_ path: String) -> String {
        guard !path.hasSuffix("/") else { return (path as NSString).lastPathComponent }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// SipHash with the process's random seed: no one who can write a content file can make another
    /// text of the same hash, as they could for `ContentHash`, whose rounds can be undone.
    private static func hash(_ text: String) -> Int {
        var text = text
        var hasher = Hasher()
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        return hasher.finalize()
    }

    package func discipline(_ path: String, diagnostics: inout Diagnostics) -> Discipline? {
        guard var (info, fields) = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        fields.checkKeys(Self.disciplineKeys, params: true)
        let id = String(Self.fileName(path).dropLast(3))
        info.slug = Located(id, at: SourceLocation(file: info.displayPath))
        if id.isEmpty || Slug.make(id) != id {
            let suggestion = Slug.make(id).isEmpty ? Message(.renameExample) : Message(.renameTo(name: "\(Slug.make(id)).md"))
            fields.diagnostics.error(.disciplineFileName(name: "\(id).md", suggestion: suggestion),
                                     at: info.slug.location)
        }
        let challenge = fields.string("challenge", published: true), colleagues = fields.string("colleagues", published: true)
        let content = fields.string("content", published: true), format = fields.string("format", published: true)
        info.texts = fields.published
        return Discipline(
            id: id, info: info, challenge: challenge?.value, colleagues: colleagues?.value,
            content: content?.value, format: format?.value, order: fields.int("order") ?? 1000)
    }

    package func shareItem(_ path: String, diagnostics: inout Diagnostics) -> ShareItem? {
        guard case (var info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        let misspelt = fields.checkKeys(Self.shareItemKeys, params: true)
        let link = fields.string("link", published: true)
        let image = fields.string("image", published: true)
        let (source, via) = source(in: &fields)
        info.texts = fields.published
        if let link, LinkAuthority.hasBackslash(link.value) {
            fields.diagnostics.error(.linkKeyBackslash, at: link.location)
        } else if let link, !Self.isWebAddress(link.value) {
            fields.diagnostics.error(.linkKeyNotWebAddress, at: link.location)
        }
        let disciplines = fields.stringList("disciplines")
        if disciplines.isEmpty && fields.node("disciplines") == nil && info.frontMatterIsValid && !misspelt.contains(.disciplines) {
            fields.diagnostics.error(.missingDisciplines,
                                     at: fields.keyLocation("disciplines") ?? info.title.location)
        }
        let publishDate = date("publish", in: &fields, endOfDay: false)
        let expiresDate = date("expires", in: &fields, endOfDay: true)
        let publish = publishDate?.value, expires = expiresDate?.value
        if let publish, let expires, expires.value <= publish.value {
            fields.diagnostics.error(.expiresNotAfterPublish, at: expires.location)
        }
        var bestTime: BestTime?
        if let text = fields.string("best-time") {
            bestTime = BestTime(text.value)
            if bestTime == nil {
                fields.diagnostics.error(YAMLMistake.curlyQuotes(text.value) ? YAMLMistake.curlyQuoted("best-time", text.value)
                    : Message(.bestTimeNotWindow), at: text.location)
            }
        }
        var item = ShareItem(
            info: info, link: link, image: image, disciplines: disciplines,
            publish: publish, expires: expires, bestTime: bestTime,
            sponsored: fields.bool("sponsored") ?? false)
        item.publishIsDay = publishDate?.isDay ?? false
        item.expiresIsDay = expiresDate?.isDay ?? false
        (item.source, item.via) = (source, via)
        return item
    }

    /// `source:` and `via:`: own content (the default) names no publisher, and curated content must.
    private func source(in fields: inout YAMLFields) -> (ShareSource, Located<String>?) {
        let written = fields.string("source")
        // `via: " "` names no one, as `via:` does not.
        let via = fields.string("via", published: true).flatMap { $0.value.allSatisfy(\.isWhitespace) ? nil : $0 }
        var source = ShareSource.own
        if let written {
            guard let known = ShareSource(rawValue: written.value) else {
                fields.diagnostics.error(.sourceNotKnown(value: written.value), at: written.location)
                return (.own, nil)
            }
            source = known
        }
        switch (source, via) {
        case (.curated, nil):
            fields.diagnostics.error(.curatedWithoutVia, at: written?.location ?? fields.location)
        case (.own, let via?):
            fields.diagnostics.error(.viaWithoutCurated(via: via.value), at: via.location)
            return (.own, nil)
        default: break
        }
        return (source, via)
    }

    package func story(_ path: String, diagnostics: inout Diagnostics) -> Story? {
        guard case (var info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        fields.checkKeys(Self.storyKeys, params: true)
        var results: [StoryResult] = []
        if let node = fields.node("results") {
            if let list = node.sequence {
                for entry in list {
                    var result = fields.nested(entry, what: Message(.eachEntryOf(key: "results")))
                    let label = result.requiredString("label", published: true), value = result.requiredString("value", published: true)
                    result.checkKeys(["label", "value"])
                    fields.append(result)
                    if let label, let value {
                        results.append(StoryResult(label: label.value, value: value.value, location: label.location))
                    }
                }
            } else {
                fields.diagnostics.error(.resultsNotList, at: fields.location(of: node))
            }
        }
        let person = fields.string("person", published: true), role = fields.string("role", published: true)
        info.texts = fields.published
        return Story(
            info: info, date: date("date", in: &fields, endOfDay: false)?.value,
            disciplines: fields.stringList("disciplines"), person: person?.value, role: role?.value, results: results)
    }

    package func guideline(_ path: String, diagnostics: inout Diagnostics) -> Guideline? {
        guard case (var info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        fields.checkKeys(Self.guidelineKeys, params: true)
        let quiz = fields.quiz()
        info.texts = fields.published
        return Guideline(info: info, order: fields.int("order") ?? 1000, quiz: quiz)
    }

    package func page(_ path: String, diagnostics: inout Diagnostics) -> Page? {
        guard case (let info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        fields.checkKeys(Self.pageKeys, params: true)
        return Page(info: info, order: fields.int("order") ?? 1000)
    }

    /// An evaluation, `results/<period>.md`: its file name must be a period.
    package func evaluation(_ path: String, diagnostics: inout Diagnostics) -> Evaluation? {
        let name = Self.fileName(path)
        guard let period = Period(String(name.dropLast(3))) else {
            diagnostics.error(.resultsFileNotPeriod(name: name), at: SourceLocation(file: folder.display(path)))
            return nil
        }
        guard case (let info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }
        fields.checkKeys(Self.commonKeys, params: true)
        return Evaluation(period: period, info: info)
    }

    package func home(_ path: String, diagnostics: inout Diagnostics) -> DocumentInfo? {
        guard case (let info, var fields)? = open(path, diagnostics: &diagnostics) else { return nil }
        fields.checkKeys(Self.commonKeys, params: true)
        diagnostics.append(contentsOf: fields.diagnostics)
        return info
    }

    /// A date value, and whether it was written as a day without a time.
    private func date(_ key: String, in fields: inout YAMLFields, endOfDay: Bool) -> (value: Located<Date>, isDay: Bool)? {
        guard let text = fields.string(key) else { return nil }
        let parsed: QueueDate
        do {
            parsed = try clock.parse(text.value)
        } catch {
            let message = switch error {
            case .malformed where YAMLMistake.curlyQuotes(text.value):
                YAMLMistake.curlyQuoted(key, text.value)
            case .malformed:
                Message(.notADate(key: key, value: text.value))
            case .year:
                Message(.yearOutOfRange(key: key, value: text.value, first: "\(HubClock.years.lowerBound)",
                                        last: "\(HubClock.years.upperBound)"))
            case .skipped(let day, let from, let to):
                Message(.skippedTime(key: key, zone: clock.timeZone.identifier, day: day, from: from, to: to))
            }
            fields.diagnostics.error(message, at: text.location)
            return nil
        }
        let isDay = if case .day = parsed { true } else { false }
        return (Located(clock.instant(parsed, endOfDay: endOfDay), at: text.location), isDay)
    }

    package static func isWebAddress(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !hasForbiddenCharacter(text),
              let url = URL(string: text), let host = url.host, !host.isEmpty else { return false }
        return true
    }

    /// Whether a space, `"`, `<` or `>` stands alone in `text`. In ASCII, every byte is a character
    /// but CR LF, so the bytes are searched; other text is read by character, as one of them followed
    /// by a combining mark is another character.
    private static func hasForbiddenCharacter(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" })
        }
        return text.utf8.contains { $0 == 0x20 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }
    }
}
