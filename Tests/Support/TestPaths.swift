import Foundation
import AdvocacyBuild

/// Paths of the repository, the fixtures and the default theme, and temporary folders for tests.
public enum TestPaths {
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    public static let fixtures = repository + "/Tests/Fixtures"
    public static let validHub = fixtures + "/valid-hub"
    public static let theme = repository + "/site-templates"
    public static let exampleHub = repository + "/content"

    /// The built `advocacy` executable next to the test bundle.
    public static var executable: String {
        var url = Bundle.main.bundleURL
        while url.path != "/" {
            let candidate = url.appendingPathComponent("advocacy").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return repository + "/.build/debug/advocacy"
    }

    /// A fresh, empty temporary folder, inside one folder of this test process that is removed when
    /// the process exits.
    public static func temporaryFolder(_ name: String = "test") -> String {
        let path = session + "/advocacy-\(name)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The folder that holds every temporary folder of this test process.
    static let session: String = {
        let path = NSTemporaryDirectory() + "advocacy-tests-\(getpid())"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { removeSession() }
        return path
    }()

    /// Removes the session folder, making every folder in it writable first (tests make private
    /// and read-only folders).
    private static func removeSession() {
        makeWritable(session)
        try? FileManager.default.removeItem(atPath: session)
    }

    private static func makeWritable(_ folder: String) {
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        chmod(folder, 0o755)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] { makeWritable(folder + "/" + name) }
    }

    /// Removes the temporary folders a test made (for a copy, the folder holding it).
    public static func remove(_ folders: String...) {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Copies a folder to a temporary place, so a test can change it.
    /// A new folder holding `invalid/<name>`: the invalid fixture made whole, `invalid-base/` (hub.yml,
    /// a discipline and a valid share item) with the fixture's own files laid over it, as Hugo's tests
    /// keep one base and the files each case changes. Run a command in it with `--content invalid/<name>`.
    public static func invalidFixture(_ name: String) -> String {
        let folder = temporaryFolder("fixture")
        let hub = folder + "/invalid/" + name
        let files = FileManager.default
        try! files.createDirectory(atPath: folder + "/invalid", withIntermediateDirectories: true)
        try! files.copyItem(atPath: fixtures + "/invalid-base", toPath: hub)
        let own = fixtures + "/invalid/" + name
        for path in (files.enumerator(atPath: own)?.allObjects as? [String] ?? []).sorted() {
            var isFolder: ObjCBool = false
            let link = (try? files.destinationOfSymbolicLink(atPath: own + "/" + path)) != nil
            if !link, files.fileExists(atPath: own + "/" + path, isDirectory: &isFolder), isFolder.boolValue {
                try! files.createDirectory(atPath: hub + "/" + path, withIntermediateDirectories: true)
                continue
            }
            try? files.removeItem(atPath: hub + "/" + path)
            try! files.copyItem(atPath: own + "/" + path, toPath: hub + "/" + path)
        }
        return folder
    }

    public static func copy(_ folder: String) -> String {
        let target = temporaryFolder("copy") + "/hub"
        try! FileManager.default.copyItem(atPath: folder, toPath: target)
        return target
    }
}

/// Builds a hub into a temporary folder and reads what came out.
public struct BuiltSite: Sendable {
    public let output: String
    public let report: BuildReport

    public init(content: String = TestPaths.validHub, now: String, drafts: Bool = false, baseURL: String? = nil) throws {
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = TestPaths.temporaryFolder("site") + "/_site"
        options.now = now
        options.drafts = drafts
        options.baseURL = baseURL
        output = options.output
        report = try Builder.build(options)
    }

    /// A file of the site as text; empty when missing.
    public func file(_ path: String) -> String {
        (try? String(contentsOfFile: output + "/" + path, encoding: .utf8)) ?? ""
    }

    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + path) }

    /// Every file of the site, relative, sorted.
    public var files: [String] {
        (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? [])
            .filter { !isDirectory(output + "/" + $0) }.sorted()
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Runs the `advocacy` executable.
public struct CommandRun: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    /// Runs `advocacy` with `arguments`; messages are in `language` (`--lang`), or the hub's when it is nil.
    public init(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                language: String? = "en") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = Self.arguments(arguments, language: language)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are read at once: a process that fills one while the other is read would wait forever.
        let errors = ErrorReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        status = process.terminationStatus
        standardOutput = String(decoding: outData, as: UTF8.self)
        standardError = String(decoding: errData, as: UTF8.self)
    }
}

extension CommandRun {
    /// `arguments` with `--lang language` after the command, when the command takes it and none is given.
    static func arguments(_ arguments: [String], language: String?) -> [String] {
        guard let language, let command = arguments.first, ["build", "check", "serve", "new", "init", "plan", "import"].contains(command),
              !arguments.contains(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) else { return arguments }
        return [command, "--lang", language] + arguments.dropFirst()
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe held, once it is closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
