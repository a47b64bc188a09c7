import CCmarkGFM
import CmarkTables

/// The GFM extensions every parser gets, set up once for the process so that parsers can run at
/// the same time.
///
/// cmark-gfm's inline parser stops a run of text at the characters of one process-wide table. Each
/// extension names the characters it starts at (strikethrough `~`, autolinks `:` and `w`), and
/// `cmark_parser_finish` adds the parser's extensions' characters to the table before it parses the
/// inlines and takes them out again after (`cmark_manage_extensions_special_characters`; Debian's
/// 0.29.0.gfm.6 still does, upstream's fix github/cmark-gfm#176 was never merged). A parse that
/// finishes thus takes `~`, `:` and `w` from under every parse still running, and those lose their
/// strikethroughs and autolinks.
///
/// So the table gets the characters once, here, and the extensions then name none that a parse
/// would flip: autolink none, and strikethrough only NUL, which never reaches the inline parser
/// (cmark replaces it with U+FFFD when it reads a line), so adding and taking it out changes
/// nothing a parse reads. Strikethrough still has to name the character of the delimiters it
/// pushes, since that is how the parser finds the extension that closes them; its match function
/// is wrapped to push them as NUL instead of `~`. Everything else (flanking rules, rendering) is
/// the library's own code.
///
/// Parsers get a copy of the table extension that hands the extension's code a paragraph's last
/// line alone when it looks for a header row (`CmarkTables`), since reading the whole paragraph
/// again at every line costs time with the square of its length, and that bounds the tables of a
/// parse where it reads their rows (`MarkdownBounds`).
enum GFMExtensions {
    /// The extensions attached to every parser, in the order they are tried.
    static var all: [UnsafeMutablePointer<cmark_syntax_extension>] { state.extensions }

    private static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The extensions and strikethrough's own match function, which the wrapper calls. Made once;
    /// the library's extension objects are only read after that.
    nonisolated(unsafe) private static let state = makeExtensions()

    private static func makeExtensions() -> (extensions: [UnsafeMutablePointer<cmark_syntax_extension>],
                                             strikethroughMatch: cmark_match_inline_func?) {
        cmark_gfm_core_extensions_ensure_registered()
        let extensions = names.compactMap { name in
            cmark_find_syntax_extension(name).map { name == "table" ? tableReadingLastRow($0) : $0 }
        }
        // The characters every parse would add, added once and for good.
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        cmark_manage_extensions_special_characters(parser, 1)
        cmark_parser_free(parser)

        let memory = cmark_get_default_mem_allocator()
        for syntaxExtension in extensions {
            cmark_llist_free(memory, syntaxExtension.pointee.special_inline_chars)
            cmark_syntax_extension_set_special_inline_chars(syntaxExtension, nil)
        }
        // The one extension that pushes delimiters.
        let strikethrough = cmark_find_syntax_extension("strikethrough")!
        let strikethroughMatch = strikethrough.pointee.match_inline
        cmark_syntax_extension_set_match_inline_func(strikethrough, matchPushingNUL)
        cmark_syntax_extension_set_special_inline_chars(strikethrough, cmark_llist_append(memory, nil, nil))
        // `~` is among the table's emphasis characters for good already.
        cmark_syntax_extension_set_emphasis(strikethrough, 0)
        return (extensions, strikethroughMatch)
    }

    /// A copy of the table extension that reads a paragraph's last line alone for a header row (`CmarkTables`).
    private static func tableReadingLastRow(_ table: UnsafeMutablePointer<cmark_syntax_extension>) -> UnsafeMutablePointer<cmark_syntax_extension> {
        advocacy_tables_reading_last_row(table).assumingMemoryBound(to: cmark_syntax_extension.self)
    }

    /// Strikethrough's match, with the delimiter it pushes (if any) marked NUL.
    private static let matchPushingNUL: cmark_match_inline_func = { syntaxExtension, parser, parent, character, inlineParser in
        let before = cmark_inline_parser_get_last_delimiter(inlineParser)
        let node = state.strikethroughMatch?(syntaxExtension, parser, parent, character, inlineParser)
        if let pushed = cmark_inline_parser_get_last_delimiter(inlineParser), pushed != before {
            pushed.pointee.delim_char = 0
        }
        return node
    }
}
