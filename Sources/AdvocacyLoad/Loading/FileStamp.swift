import Foundation
import AdvocacyCore

/// A file's size, modification and change times and inode: equal stamps mean the file was not
/// touched. The change time is the one a copy that keeps the modification time (`cp -p`, `rsync -t`,
/// `tar x`) cannot set back.
package struct FileStamp: Equatable, Hashable, Sendable {
    package let size: Int
    package let seconds: Int
    package let nanoseconds: Int
    package let inode: UInt64
    package let changed: Int
    package let changedNanoseconds: Int

    /// The stamp of the file at `path`, or nil when it cannot be read.
    package init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
        changed = Int(info.st_ctim.tv_sec)
        changedNanoseconds = Int(info.st_ctim.tv_nsec)
    }
}
