extension String {
    /// The path without its last name: `a/b/c` → `a/b`, `q/index.html` → `q`, `a` → ``, `/a` → `/`;
    /// slashes at the end are ignored. Every parent folder is taken here: Foundation's
    /// `deletingLastPathComponent` traps on Linux (Swift 6.3) when the parent is one character long
    /// (`q/index.html`, `./site`), which a page named `q.md` or `--output ./site` would reach.
    package var parentPath: String {
        var path = Substring(self)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        var parent = path[..<slash]
        while parent.hasSuffix("/") { parent.removeLast() }
        return parent.isEmpty ? "/" : String(parent)
    }
}
