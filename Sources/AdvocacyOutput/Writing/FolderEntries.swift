import Foundation
import AdvocacyCore

/// The entries of an open folder, read with the kernel's `getdents64` straight into a buffer: one
/// call for every few hundred names and nothing else, where `fdopendir` on a copy of the descriptor
/// costs four more system calls a folder (`dup`, two `fcntl`, `close`). A site has a folder
/// for every page, and a build lists each several times. Where the C library has no `getdents64`
/// (glibc before 2.30), `readdir` on a copy of the descriptor.
enum FolderEntries {
    private typealias GetDents = @convention(c) (Int32, UnsafeMutableRawPointer, Int) -> Int
    private static let getdents: GetDents? = dlsym(nil, "getdents64").map { unsafeBitCast($0, to: GetDents.self) }
    private static let bufferSize = 32 << 10

    /// The entries of the folder open at `fd` (which stays open, read from its start), without `.` and `..`.
    static func read(_ fd: Int32) -> [(name: String, kind: OutputFolder.Kind)] {
        guard let getdents, lseek(fd, 0, SEEK_SET) == 0 else { return readingDirectory(fd) }
        var entries: [(name: String, kind: OutputFolder.Kind)] = []
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = getdents(fd, buffer, bufferSize)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            // struct linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name (NUL-terminated).
            while offset < count {
                let record = buffer + offset
                let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                let type = record.load(fromByteOffset: 18, as: UInt8.self)
                let name = String(cString: (record + 19).assumingMemoryBound(to: CChar.self))
                offset += length
                if name == "." || name == ".." { continue }
                entries.append((name, kind(fd, name, type: Int32(type))))
            }
        }
        return entries
    }

    /// A folder, a plain file or something else, by the type the listing gives, or by `fstatat`
    /// where the file system gives none.
    private static func kind(_ fd: Int32, _ name: String, type: Int32) -> OutputFolder.Kind {
        switch type {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        default: return .other
        }
    }

    /// The entries by `readdir` on a copy of the descriptor (which `closedir` closes): where the C
    /// library has no `getdents64`.
    static func readingDirectory(_ fd: Int32) -> [(name: String, kind: OutputFolder.Kind)] {
        let own = dup(fd)
        guard own >= 0 else { return [] }
        guard let directory = fdopendir(own) else { close(own); return [] }
        defer { closedir(directory) }
        rewinddir(directory)
        var entries: [(String, OutputFolder.Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            entries.append((name, kind(fd, name, type: Int32(entry.pointee.d_type))))
        }
        return entries
    }
}
