import Mustache
import Testing
@testable import DossierCore

@Suite("HTML escaping")
struct HTMLEscapingTests {
    /// swift-mustache's own HTML escaping, as a template with no content type of its own renders it.
    static func library(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{.}}").render(text)
    }

    @Test(arguments: ["", "plain text", "<script>alert('x')</script>", "Tom & Jerry's \"show\"", "a > b < c",
                      "₹5,100 crore — “quoted” ‘single’", "emoji 🇮🇳 & <b>", "&amp; already", "'\"<>&", String(repeating: "x&", count: 500)])
    func escapesLikeTheLibrary(text: String) throws {
        #expect(HTMLEscaping().escapeText(text) == (try Self.library(text)))
    }

    /// Random text over the five special characters, ASCII and multi-byte letters.
    @Test func randomTextEscapesLikeTheLibrary() throws {
        var random = SplitMix(seed: 7)
        let pieces = ["<", ">", "&", "\"", "'", "a", " ", "é", "—", "₹", "🙂", "\n"]
        for _ in 0..<300 {
            let text = (0..<random.int(0...40)).map { _ in random.pick(pieces) }.joined()
            #expect(HTMLEscaping().escapeText(text) == (try Self.library(text)), "\(text)")
        }
    }

    /// The templates select it, and their own lines still count from 1 in messages.
    @Test func templatesUseItAndKeepTheirLineNumbers() throws {
        let site = try FixtureSite(config: "title: T\n")
        defer { site.remove() }
        let folder = site.root.appendingPathComponent("templates")
        try site.write("templates/page.mustache", "<p>{{text}}</p>\n")
        let set = try TemplateSet.load(from: folder, displayFolder: "templates", required: ["page"]).get()
        #expect(set.render(["text": "a < b"], template: "page") == "<p>a &lt; b</p>\n")
        try site.write("templates/page.mustache", "<p>{{#open}}\n{{/shut}}</p>\n")
        guard case .failure(let error) = TemplateSet.load(from: folder, displayFolder: "templates", required: ["page"]) else {
            Issue.record("an unclosed section is an error")
            return
        }
        #expect(error.diagnostics.map(\.description).contains { $0.hasPrefix("templates/page.mustache:2: error") }, "\(error.diagnostics)")
    }
}
