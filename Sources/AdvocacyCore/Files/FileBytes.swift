import Foundation

/// Writing bytes to an open file descriptor.
package enum FileBytes {
    /// Writes every byte to an open file; 0 or the `errno` of the failure.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : EIO }
            offset += n
        }
        return 0
    }

    /// Whether the plain file at `path`, which no other name links to, holds exactly `bytes`: read
    /// whole and compared, never judged by a hash. False when it cannot be read. `info` is the file's
    /// status as it was opened, before it was read.
    package static func holds(_ path: String, _ bytes: UnsafeBufferPointer<UInt8>, info: inout stat) -> Bool {
        holds(in: AT_FDCWD, path, bytes, info: &info)
    }

    /// Whether the plain file `name` in the folder open at `folder` holds exactly `bytes`; see `holds`.
    package static func holds(in folder: Int32, _ name: String, _ bytes: UnsafeBufferPointer<UInt8>, info: inout stat) -> Bool {
        // Without waiting: a named pipe put in the file's place is told apart by `fstat`, never read.
        let fd = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1, Int(info.st_size) == bytes.count else {
            return false
        }
        guard let expected = bytes.baseAddress, bytes.count > 0 else { return true }
        let read = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 16)
        defer { read.deallocate() }
        var count = 0
        while count <= bytes.count {
            let n = Glibc.read(fd, read.baseAddress! + count, bytes.count + 1 - count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return false }
            if n == 0 { break }
            count += n
        }
        return count == bytes.count && memcmp(read.baseAddress!, expected, count) == 0
    }
}
