import Foundation
import Testing
@testable import DossierCore

@Suite("Markdown through cmark-gfm")
struct MarkdownRendererTests {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/markdown")
    /// Set DOSSIER_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
    static let updating = ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1"

    /// Golden cases: `<name>.md` renders to `<name>.html` (and `<name>.unsafe.html` with raw HTML on).
    @Test(arguments: ["table", "footnote", "autolink", "raw-html"])
    func golden(_ name: String) throws {
        let markdown = try String(contentsOf: Self.folder.appendingPathComponent("\(name).md"), encoding: .utf8)
        try compare(MarkdownRenderer().render(markdown).html, golden: "\(name).html")
        if name == "raw-html" {
            try compare(MarkdownRenderer(allowRawHTML: true).render(markdown).html, golden: "\(name).unsafe.html")
        }
    }

    func compare(_ html: String, golden: String) throws {
        // Golden files are read from the source tree so they can be updated in place.
        let source = FixtureSite.repository.appendingPathComponent("Tests/DossierCoreTests/Fixtures/markdown/\(golden)")
        if Self.updating { try html.write(to: source, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: source, encoding: .utf8)
        #expect(html == expected, "\(golden) differs")
    }

    @Test func tablesNeedTheExtensionListAtRenderTime() {
        let html = MarkdownRenderer().render("| a | b |\n| - | - |\n| 1 | 2 |\n").html
        #expect(html.contains("<table>") && html.contains("<td>1</td>"))
    }

    @Test func rawHTMLIsOmittedByDefault() {
        let html = MarkdownRenderer().render("Hi <script>alert(1)</script> <b>bold</b>\n\n<iframe src=x></iframe>\n").html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<iframe"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func allowedRawHTMLStillFiltersDangerousTags() {
        let html = MarkdownRenderer(allowRawHTML: true).render("Hi <b>bold</b> <script>alert(1)</script>\n").html
        #expect(html.contains("<b>bold</b>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func javascriptLinksAreDropped() {
        let html = MarkdownRenderer().render("[x](javascript:alert(1))\n").html
        #expect(!html.contains("javascript:"))
    }

    @Test func plainTextKeepsTheWordsWithoutMarkup() {
        let output = MarkdownRenderer().render("The **S-400** deal, see [report](https://example.com).\n")
        #expect(output.plainText.trimmingSpaces == "The S-400 deal, see report.")
    }

    @Test func typographicCharactersSurvive() {
        let html = MarkdownRenderer().render("“We witnessed” – ₹5,100 crore » America’s\n").html
        #expect(html.contains("“We witnessed” – ₹5,100 crore » America’s"))
    }
}
