import Foundation

/// What tells one state of a file from another without reading it: its device, inode, size and
/// modification and change times. A write to a file, a change of its permissions or links, or
/// another file put at its name changes its change time, which no one can set back (only the
/// system's clock can), so a file whose identity is the one recorded when its bytes were known
/// still has those bytes. The exceptions: a change in the same tick of the file system's clock as
/// the recorded state (`isSettled(before:)` says when that cannot be); on tmpfs, a store through a
/// shared mapping (`SiteCheck.vouchesByIdentity` trusts no identity there); and elsewhere a store
/// through a shared mapping made before the state was recorded, to a page written to but not yet
/// written back (the kernel moves the change time at the first write to a clean page only).
package struct FileIdentity: Equatable, Sendable {
    package var device: UInt64
    package var inode: UInt64
    package var size: Int
    var modified: timespec
    package var changed: timespec

    package init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
    }

    package static func == (a: Self, b: Self) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }

    /// The identity of the file open at `fd`, nil when it cannot be read.
    package init?(of fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether the file's last change is stamped earlier than `time`, a change time the same file
    /// system gave a file after the identity was recorded: then a later change gets another change
    /// time. A change in the same tick as the recorded one could keep it, so an identity stamped in
    /// the tick of `time` is not trusted.
    package func isSettled(before time: timespec) -> Bool {
        changed.tv_sec < time.tv_sec || (changed.tv_sec == time.tv_sec && changed.tv_nsec < time.tv_nsec)
    }

    /// Appends the identity as a record writes it: `device:inode:modified:changed`, times as
    /// `seconds.nanoseconds` (nine digits); the size is the entry's.
    func append(to bytes: inout [UInt8]) {
        Self.append(device, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(inode, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(modified, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(changed, to: &bytes)
    }

    /// Reads an identity `append(to:)` wrote, of a file of `size` bytes; nil when it is not one.
    init?(_ text: ArraySlice<UInt8>, size: Int) {
        let colon = UInt8(ascii: ":")
        guard let (device, rest) = text.cut(at: colon), let (inode, times) = rest.cut(at: colon),
              let (modified, changed) = times.cut(at: colon), let device = Self.number(device), let inode = Self.number(inode),
              let modified = Self.time(modified), let changed = Self.time(changed) else { return nil }
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    /// Appends a time as `seconds.nanoseconds`, nine digits after the point.
    static func append(_ time: timespec, to bytes: inout [UInt8]) {
        append(UInt64(max(0, time.tv_sec)), to: &bytes)
        bytes.append(UInt8(ascii: "."))
        append(UInt64(max(0, time.tv_nsec)), to: &bytes, width: 9)
    }

    /// Reads a time `append(_:to:)` wrote.
    static func time(_ text: ArraySlice<UInt8>) -> timespec? {
        guard let point = text.firstIndex(of: UInt8(ascii: ".")), text.distance(from: point, to: text.endIndex) == 10,
              let seconds = number(text[..<point]), seconds <= UInt64(Int.max),
              let nanoseconds = number(text[text.index(after: point)...]) else { return nil }
        return timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds))
    }

    /// Appends a number in decimal, with leading zeros to at least `width` digits.
    static func append(_ number: UInt64, to bytes: inout [UInt8], width: Int = 1) {
        // A UInt64 has at most 20 digits; they are written from the end of a buffer of 24.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { digits in
            var start = digits.count, number = number
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(number % 10)
                number /= 10
            } while number > 0
            let zeros = max(0, width - (digits.count - start))
            if zeros > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros)) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Reads a number of decimal digits (nothing else), nil when there are none or it is too large.
    static func number(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard byte &- UInt8(ascii: "0") < 10 else { return nil }
            let (times, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(byte &- UInt8(ascii: "0")))
            guard !over && !carry else { return nil }
            value = sum
        }
        return value
    }
}

extension ArraySlice<UInt8> {
    /// The bytes before the first `separator` and those after it; nil when there is none.
    func cut(at separator: UInt8) -> (ArraySlice<UInt8>, ArraySlice<UInt8>)? {
        guard let index = firstIndex(of: separator) else { return nil }
        return (self[..<index], self[(index + 1)...])
    }
}
