import Foundation

/// A file's size, modification time and inode: equal stamps mean the file was not touched.
struct FileStamp: Equatable, Hashable, Sendable {
    let size: Int
    let seconds: Int
    let nanoseconds: Int
    let inode: UInt64

    /// The stamp of the file at `path`, or nil when it cannot be read.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}
