extension String {
    /// The path without its last name: `a/b/c` → `a/b`, `q/index.html` → `q`, `a` → ``, `/a` → `/`;
    /// slashes at the end are ignored. Every parent folder is taken here: Foundation's
    /// `deletingLastPathComponent` traps on Linux (Swift 6.3) when the parent is one character long
    /// (`q/index.html`, `./site`), which a page named `q.md` or `--output ./site` would reach.
    package var parentPath: String {
        withLastName { bytes, parentEnd, _ in
            guard let parentEnd else { return "" }
            return parentEnd == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<parentEnd]), as: UTF8.self)
        }
    }

    /// The last name of the path: `a/b/c` → `c`, `a/b/` → `b`, `a` → `a`, `/` → `/`, `` → ``, as
    /// `NSString`'s `lastPathComponent` gives it, but cut as `parentPath` cuts (`NSString` cuts at characters).
    package var lastPathName: String {
        withLastName { bytes, _, name in
            name.isEmpty ? (name.upperBound == 0 ? "" : "/")
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self)
        }
    }

    /// The path's bytes cut at its last `/`, slashes at the end ignored: where its parent ends (before
    /// the slashes that end it; nil when there is no `/`) and where its last name lies. Cut at the
    /// bytes of `/`, as the kernel cuts a path, not at characters: a name that starts with an accent
    /// on its own makes one character of it and the `/` before it.
    private func withLastName<T>(_ body: (UnsafeBufferPointer<UInt8>, _ parentEnd: Int?, _ name: Range<Int>) -> T) -> T {
        var path = self
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            while end > 1 && bytes[end - 1] == slash { end -= 1 }
            guard let last = bytes[..<end].lastIndex(of: slash) else { return body(bytes, nil, 0..<end) }
            var parentEnd = last
            while parentEnd > 0 && bytes[parentEnd - 1] == slash { parentEnd -= 1 }
            return body(bytes, parentEnd, last + 1..<end)
        }
    }

    /// Whether the path lies inside `folder` (not at it), compared byte by byte, as the kernel names
    /// files: `å` written as one character and as `a` with a ring are two folders to it, and one
    /// string to Swift.
    package func isInside(folder: String) -> Bool {
        let path = utf8, folder = folder.utf8
        guard path.count > folder.count, path.starts(with: folder) else { return false }
        return folder.last == UInt8(ascii: "/") || path[path.index(path.startIndex, offsetBy: folder.count)] == UInt8(ascii: "/")
    }

    /// The path below `folder`, which it lies inside (`isInside(folder:)`), cut at bytes.
    package func relative(toFolder folder: String) -> String {
        let skipped = folder.utf8.count + (folder.utf8.last == UInt8(ascii: "/") ? 0 : 1)
        return String(decoding: utf8.dropFirst(skipped), as: UTF8.self)
    }
}
