extension String {
    /// The path without its last name: `a/b/c` → `a/b`, `q/index.html` → `q`, `a` → ``, `/a` → `/`;
    /// slashes at the end are ignored. Every parent folder is taken here: Foundation's
    /// `deletingLastPathComponent` traps on Linux (Swift 6.3) when the parent is one character long
    /// (`q/index.html`, `./site`), which a page named `q.md` or `--output ./site` would reach.
    /// Cut at the bytes of `/`, as the kernel cuts a path, not at characters.
    package var parentPath: String {
        var path = self
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            while end > 1 && bytes[end - 1] == slash { end -= 1 }
            guard var parentEnd = bytes[..<end].lastIndex(of: slash) else { return "" }
            while parentEnd > 0 && bytes[parentEnd - 1] == slash { parentEnd -= 1 }
            return parentEnd == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<parentEnd]), as: UTF8.self)
        }
    }
}
