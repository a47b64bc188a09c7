import Foundation

/// Creates a file that must not exist yet, in one step (`O_CREAT|O_EXCL`): a file or a symbolic
/// link (even one that leads nowhere) at the name makes it fail with `EEXIST`, and nothing that
/// appears meanwhile is ever replaced.
package enum ExclusiveFile {
    /// Writes `bytes` to the new file at `path` with `mode` (less the umask); 0 or the `errno` of the
    /// failure. A file it created but could not fill is removed again.
    package static func create(_ path: String, _ bytes: [UInt8], mode: mode_t = 0o644) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { return errno }
        let code = bytes.withUnsafeBufferPointer { FileBytes.writeAll(fd, $0) }
        if close(fd) != 0 && code == 0 {
            let failure = errno
            unlink(path)
            return failure
        }
        if code != 0 { unlink(path) }
        return code
    }
}
