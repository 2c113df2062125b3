import CMarkGFM
import Foundation

/// The one place that talks to cmark-gfm's C API.
///
/// Parses Markdown once and returns both the HTML body and its plain text (used for
/// topic matching and passages). Raw HTML is omitted unless `allowRawHTML`, and even
/// then GitHub's tagfilter neutralises `<script>`, `<iframe>` and friends.
public struct MarkdownRenderer: Sendable {
    public struct Output: Sendable, Equatable {
        public var html: String
        public var plainText: String
    }

    public var allowRawHTML: Bool
    /// Added to every heading level (capped at 6): bodies render under the page's own h1,
    /// so an author's "# Heading" becomes an h2 and the page keeps a single h1.
    public var headingOffset: Int

    public init(allowRawHTML: Bool = false, headingOffset: Int = 0) {
        self.allowRawHTML = allowRawHTML
        self.headingOffset = headingOffset
    }

    /// GFM extensions attached to every parser. `tagfilter` only matters when raw HTML passes.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registering the core extensions mutates global state in cmark-gfm; do it exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm keeps the table of inline "special characters" in process-wide state: attaching
    /// an extension adds `~` for strikethrough, and freeing a parser removes it again. Two parsers
    /// at once would drop each other's characters (seen as "~~strike~~" left unrendered under
    /// parallel tests), so parsing is serialised; rendering the parsed document is not.
    private static let lock = NSLock()

    /// The extensions' list for the renderers, made once and never freed: a parser's own list
    /// goes with the parser, which is freed inside the lock.
    /// Read-only once made, so sharing it between threads is safe.
    nonisolated(unsafe) private static let renderExtensions: UnsafeMutablePointer<cmark_llist>? = {
        _ = registered
        var list: UnsafeMutablePointer<cmark_llist>?
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                list = cmark_llist_append(cmark_get_default_mem_allocator(), list, UnsafeMutableRawPointer(syntaxExtension))
            }
        }
        return list
    }()

    public func render(_ markdown: String) -> Output {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let document = parse(markdown, options: options) else { return Output(html: "", plainText: "") }
        defer { cmark_node_free(document) }

        if headingOffset != 0 { shiftHeadings(in: document) }
        let html = Self.take(cmark_render_html(document, options, Self.renderExtensions))
        let plainText = Self.take(cmark_render_plaintext(document, options, 0))
        return Output(html: html, plainText: plainText)
    }

    /// The document tree, which outlives its parser.
    private func parse(_ markdown: String, options: Int32) -> OpaquePointer? {
        _ = Self.renderExtensions
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            // The buffer ends with a NUL that is not part of the text.
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        return cmark_parser_finish(parser)
    }

    private func shiftHeadings(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            let level = cmark_node_get_heading_level(node)
            cmark_node_set_heading_level(node, min(6, max(1, level + Int32(headingOffset))))
        }
    }

    /// Copies a string that cmark allocated, then frees it.
    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
