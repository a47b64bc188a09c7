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
}
