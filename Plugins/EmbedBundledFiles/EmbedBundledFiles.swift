import Foundation
import PackagePlugin

/// Puts into the scaffold target, as `BundledFiles.swift`, the repository files `advocacy init` writes into a new
/// hub: the default theme `site-templates/`, the readiness model in Danish (the example hub's
/// `content/readiness.yml`) and in English (`examples/readiness/en.yml`), and the nightly job's recipes
/// and scripts (`examples/nightly/`, hidden files included: `.github/`, `.gitlab-ci.yml`). The executable
/// carries them, so it needs no folder of the repository at run time.
///
/// `bundle.sh` writes the source. Its inputs are those files and the folders they lie in, whose
/// modification time changes when a file is added or removed, so the build runs it again on any
/// change. It is a shell script rather than a tool built for the purpose: a tool would be compiled with
/// the flags of the build it serves, and the fuzzing build's `-sanitize=fuzzer` gives every executable
/// libFuzzer's `main`.
///
/// `commit.sh` writes `SourceCommit.swift` into the core target, the commit `advocacy --version` names; it runs again when
/// the checkout moves to another commit.
@main
struct EmbedBundledFiles: BuildToolPlugin {
    /// Single files to carry, by their path in the repository.
    static let singleFiles = ["content/readiness.yml", "examples/readiness/en.yml"]
    /// The folder whose every file (hidden ones left out) is carried.
    static let theme = "site-templates"
    /// The folder whose every file, hidden ones included, is carried.
    static let nightly = "examples/nightly"

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let script = root.appending(path: "Plugins/EmbedBundledFiles/bundle.sh")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledFiles.swift")
        let folders = [Self.theme, Self.nightly]
        let entries = try Self.entries(under: Self.theme, in: root, hidden: false) + Self.entries(under: Self.nightly, in: root, hidden: true)
        let inputs = [script] + (folders + Self.singleFiles + entries).map { root.appending(path: $0) }
        let commitScript = root.appending(path: "Plugins/EmbedBundledFiles/commit.sh")
        let commitOutput = context.pluginWorkDirectoryURL.appending(path: "SourceCommit.swift")
        let bundle = Command.buildCommand(displayName: "Bundling the default theme and the files of a new hub",
                                          executable: URL(fileURLWithPath: "/bin/sh"),
                                          arguments: [script.path, root.path, output.path],
                                          inputFiles: inputs, outputFiles: [output])
        let commit = Command.buildCommand(displayName: "Recording the commit the source is checked out at",
                                          executable: URL(fileURLWithPath: "/bin/sh"),
                                          arguments: [commitScript.path, root.path, commitOutput.path],
                                          inputFiles: [commitScript] + Self.headFiles(in: root), outputFiles: [commitOutput])
        // The core says which commit it is (`--version`); the scaffold carries the files `init` writes.
        return target.name == "AdvocacyCore" ? [commit] : [bundle]
    }

    /// The files git rewrites whenever the checkout moves to another commit: HEAD and its log, in the
    /// repository's git folder (`.git`, or the folder a worktree's `.git` file names). None outside git.
    static func headFiles(in root: URL) -> [URL] {
        let dotGit = root.appending(path: ".git")
        var folder = dotGit
        if let link = try? String(contentsOf: dotGit, encoding: .utf8), link.hasPrefix("gitdir: ") {
            let path = link.dropFirst("gitdir: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
            folder = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
        }
        return [folder.appending(path: "HEAD"), folder.appending(path: "logs/HEAD")]
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The paths, relative to `root`, of the files and folders under `folder`, hidden ones left out
    /// unless `hidden`.
    static func entries(under folder: String, in root: URL, hidden: Bool) throws -> [String] {
        let base = root.appending(path: folder).standardizedFileURL.path
        guard let walk = FileManager.default.enumerator(at: root.appending(path: folder), includingPropertiesForKeys: nil,
                                                        options: hidden ? [] : [.skipsHiddenFiles]) else { return [] }
        return walk.compactMap { ($0 as? URL).map { folder + "/" + $0.standardizedFileURL.path.dropFirst(base.count + 1) } }
    }
}
