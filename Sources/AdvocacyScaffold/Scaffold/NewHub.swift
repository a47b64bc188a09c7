import Foundation
import AdvocacyCore

/// Writes a new hub that checks and builds at once, as `advocacy init` does: hub.yml, the three
/// disciplines, an example guideline, share item and story, readiness.yml in the hub's language, the
/// default theme, a `.gitignore`, and the nightly job's recipes with the settings file `ci/advocacy.env`.
public enum NewHub {
    /// What the new hub's hub.yml says.
    public struct Settings: Sendable {
        /// The hub's name.
        public var title: String
        /// The language of the site's own words and of the files written.
        public var language: HubLanguage
        /// The hub's time zone.
        public var timeZone: TimeZone

        /// Reads the values `init` is given; an empty title, an unknown language or an unknown time zone is
        /// a usage error. Without a title, the language's default name is used.
        public init(title: String?, language: String, timeZone: String) throws(UsageError) {
            guard let language = HubLanguage(rawValue: language) else {
                let known = HubLanguage.allCases.map(\.rawValue)
                throw UsageError(.initUnknownLanguage(name: language, others: Array(known.dropLast()), last: known.last!))
            }
            guard let zone = HubConfig.timeZone(named: timeZone) else {
                let advice = EditDistance.suggestion(for: timeZone, in: TimeZone.knownTimeZoneIdentifiers)
                    .map { Message(.didYouMean(name: $0)) } ?? Message(.timeZoneExamples)
                throw UsageError(.initUnknownTimeZone(name: timeZone, advice: advice))
            }
            let title = (title ?? NewHubFiles.defaultTitle(language)).trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty, !title.contains(where: \.isNewline),
                  !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw UsageError(.titleNotOneLine(example: NewHubFiles.defaultTitle(language)))
            }
            self.title = title
            self.language = language
            self.timeZone = zone
        }
    }

    /// The only entry a folder may already hold: what `git init` or cloning an empty repository leaves.
    static let allowedEntries: Set<String> = [".git"]

    /// Writes the hub into `folder`, created with its parents when missing, and returns the paths written,
    /// relative to it. A folder that exists and holds anything but `.git` is refused untouched.
    /// Dates are relative to `now` in the hub's time zone.
    public static func create(in folder: String, settings: Settings, now: Date = Date()) throws(UsageError) -> [String] {
        guard !folder.isEmpty else { throw UsageError(.initFolderNameEmpty) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw UsageError(.initFolderIsFile(folder: folder))
            }
            let entries = try? FileManager.default.contentsOfDirectory(atPath: folder)
            guard let entries else { throw UsageError(.initFolderNotEmpty(folder: folder, entry: nil)) }
            let others = entries.filter { !allowedEntries.contains($0) }.sorted()
            if let entry = others.first {
                let more = others.count - 1
                let holds = Message(more == 0 ? .initFolderHolds(name: entry) : .initFolderHoldsMore(name: entry, more: more))
                throw UsageError(.initFolderNotEmpty(folder: folder, entry: holds))
            }
        }
        let files = self.files(settings, now: now)
        for (path, data) in files {
            let target = folder + "/" + path
            do {
                try FileManager.default.createDirectory(atPath: target.parentPath,
                                                        withIntermediateDirectories: true)
            } catch {
                throw UsageError(.cannotWrite(path: target, reason: reason(error)))
            }
            // Scripts are executable, so `ci/nightly.sh` runs as it is.
            let code = ExclusiveFile.create(target, Array(data), mode: path.hasSuffix(".sh") ? 0o755 : 0o644)
            guard code == 0 else { throw UsageError(.cannotWrite(path: target, reason: systemReason(code))) }
        }
        return files.map(\.path)
    }

    /// Every file of the new hub by its path, sorted.
    package static func files(_ settings: Settings, now: Date) -> [(path: String, data: Data)] {
        let clock = HubClock(timeZone: settings.timeZone)
        let today = clock.localDay(now)
        func day(_ offset: Int) -> String {
            let (year, month, day) = HubClock.civil(today + offset)
            return "\(year)-\(DateDisplay.two(month))-\(DateDisplay.two(day))"
        }
        let dates = Starter.Dates(today: day(0), expires: day(14))
        var files = NewHubFiles.texts(settings, dates: dates).map { ($0.path, Data($0.text.utf8)) }
        files.append(("content/readiness.yml", BundledFiles.data(readinessModel(settings.language))))
        files += BundledFiles.files(under: "site-templates")
        // The nightly job's files, at their path in examples/nightly/.
        let nightly = "examples/nightly/"
        files += BundledFiles.files(under: "examples/nightly").map { (String($0.path.dropFirst(nightly.count)), $0.data) }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The carried readiness model in `language`, by its path in the repository: the example hub's own
    /// for Danish.
    package static func readinessModel(_ language: HubLanguage) -> String {
        switch language {
        case .da: "content/readiness.yml"
        case .en: "examples/readiness/en.yml"
        }
    }

    /// The system's words for why a file could not be written, such as "permission denied".
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying, code.domain == NSPOSIXErrorDomain { return systemReason(Int32(code.code)) }
        return error.localizedDescription
    }
}

extension BundledFiles {
    /// The bytes of a carried file; the path is one the build plugin lists, so it is always there.
    package static func data(_ path: String) -> Data {
        Data(base64Encoded: encoded.first { $0.path == path }!.base64)!
    }

    /// Every carried file under `folder`, by its path in the repository (which starts with `folder`).
    package static func files(under folder: String) -> [(path: String, data: Data)] {
        encoded.filter { $0.path.hasPrefix(folder + "/") }.map { ($0.path, Data(base64Encoded: $0.base64)!) }
    }
}
