import CLibFuzzer
import Foundation

/// The repository this file lies in: the fixtures and the default theme are read from it.
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// One content folder per process, in a fresh temporary folder, reused for every input. libFuzzer
/// runs inputs one at a time on one thread.
nonisolated(unsafe) private let hub: FuzzHub = {
    let parent = NSTemporaryDirectory() + "advocacy-fuzz-\(getpid())"
    do {
        return try FuzzHub(scaffold: repository + "/Tests/Fixtures/valid-hub", templates: repository + "/site-templates", in: parent)
    } catch {
        fatalError("cannot make the fuzz hub in \(parent): \(error)")
    }
}()

/// libFuzzer's entry point: one input through load, publish, check and render. A crash, a
/// sanitizer report, a timeout or too much memory is a finding; any report is a pass.
private func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(Array(UnsafeBufferPointer(start: data, count: size)))
    do {
        _ = try hub.run(input)
    } catch {
        fatalError("the fuzz hub could not run an input: \(error)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOneInput($0, $1) })
