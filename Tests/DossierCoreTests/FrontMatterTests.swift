import Foundation
import Testing
@testable import DossierCore

@Suite("Front matter")
struct FrontMatterTests {
    let file = "content/articles/lavrov.md"

    func parse(_ text: String) -> Result<Article, DossierError> {
        Article.parse(text, file: file, defaultSlug: "lavrov")
    }

    func errors(_ text: String) -> [Diagnostic] {
        if case .failure(let error) = parse(text) { return error.diagnostics }
        return []
    }

    @Test func readsEveryField() throws {
        let text = """
        ---
        title: "Lavrov hails S-400 deal"
        date: 2021-12-06
        source: Hindustan Times
        url: https://example.com/lavrov
        topics: [S-400, CAATSA]
        summary: Lavrov said the deal is being implemented.
        author: A. Writer
        slug: lavrov-hails-deal
        draft: true
        ---

        Body **text**.
        """
        let article = try parse(text).get()
        #expect(article.title == "Lavrov hails S-400 deal")
        #expect(article.date == PublicationDate(year: 2021, month: 12, day: 6))
        #expect(article.source == "Hindustan Times")
        #expect(article.url == "https://example.com/lavrov")
        #expect(article.topics == ["S-400", "CAATSA"])
        #expect(article.summary == "Lavrov said the deal is being implemented.")
        #expect(article.author == "A. Writer")
        #expect(article.slug == "lavrov-hails-deal")
        #expect(article.draft)
        #expect(article.body.trimmingSpaces == "Body **text**.")
    }

    /// Scalars are read as the text written, whatever YAML would type them as (numbers,
    /// booleans, dates, null words in quotes), and a key given twice is still an error.
    @Test func valuesAreReadAsWrittenAndKeysOnce() throws {
        let article = try parse("---\ntitle: 0x1F\nsource: yes\nauthor: 2021-12-06T10:00:00Z\nsummary: \"null\"\ntopics: [NO, 3.50, 1_000]\ndraft: Off\n---\nx").get()
        #expect(article.title == "0x1F" && article.source == "yes" && article.author == "2021-12-06T10:00:00Z" && article.summary == "null")
        #expect(article.topics == ["NO", "3.50", "1_000"] && !article.draft)
        let found = errors("---\ntitle: T\nsource: A\nsource: B\n---\nx")
        #expect(found.count == 1 && found[0].file == file && found[0].message.contains("source"), "\(found)")
    }

    @Test func emptyOptionalFieldsStayEmpty() throws {
        let article = try parse("---\ntitle: T\ndate:\nsource:\nurl: ''\n---\nx").get()
        #expect(article.date == nil)
        #expect(article.source.isEmpty && article.url.isEmpty)
        #expect(article.slug == "lavrov")
    }

    @Test func windowsLineEndingsAndBOMAreAccepted() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("---\r\ntitle: T\r\ndate: 2021-12-06\r\n---\r\nBody\r\n".utf8)
        let text = try TextFile.decode(data, displayPath: file).get()
        let article = try parse(text).get()
        #expect(article.title == "T")
        #expect(article.date?.iso == "2021-12-06")
    }

    @Test func invalidYAMLNamesTheLine() {
        let found = errors("---\ntitle: T\ntopics: [S-400\nsummary: x\n---\n")
        #expect(found.count == 1)
        #expect(found[0].file == file)
        #expect(found[0].line != nil && found[0].line! >= 3)
        #expect(found[0].message.contains("invalid YAML"))
    }

    @Test func unclosedFrontMatter() {
        let found = errors("---\ntitle: T\n\nBody without a closing line\n")
        #expect(found.map(\.line) == [1])
        #expect(found[0].message.contains("never closed"))
    }

    @Test func delimitersMustBeWholeLines() {
        #expect(errors("---\ntitle: T\n----\nbody\n").first?.message.contains("never closed") == true)
        #expect(errors("--- \ntitle: T\n---  \nbody").isEmpty)
        #expect(errors("title: T\n---\n").first?.message.contains("missing front matter") == true)
    }

    /// The byte-level split that builds use gives exactly the line-by-line split, and
    /// declines whatever the line-by-line split refuses.
    @Test(arguments: [
        "---\ntitle: A\n---\n\nBody\n", "---\n---\n", "---\n---", "--- \t\ntitle: A\n---  \nBody", "---\ntitle: A\n---",
        "---\ntitle: A\n----\n---\nx\n\n", "---\n", "---", "", "\n---\n---\n", "---\ntitle: A\n--- x\n", "title: A\n---\n",
        "---\nsummary: \"é\u{301} — ok\"\n---\nΣ body\n---\nmore\n", "---\n\n\n---\n\n\n",
    ])
    func byteSplitMatchesTheLineSplit(text: String) {
        let byLines = try? FrontMatter.splitByLines(text, file: "a.md").get()
        #expect(FrontMatter.splitAtNewlines(text) == byLines)
    }

    @Test func topicsMustBeAList() {
        let found = errors("---\ntitle: T\ntopics: S-400\n---\n")
        #expect(found.map(\.line) == [3])
        #expect(found[0].message.contains("'topics' must be a list, e.g. topics: [S-400, CAATSA]"))
    }

    @Test(arguments: ["2021-13-01", "2021-02-30", "last Monday", "06/12/2021", "2021-12-6"])
    func aDateThatIsNotADate(_ date: String) {
        let found = errors("---\ntitle: T\ndate: \(date)\n---\n")
        #expect(found.map(\.line) == [3])
        #expect(found.first?.message.contains("YYYY-MM-DD") == true)
    }

    @Test func unknownKeySuggestsTheNearest() {
        let found = errors("---\ntitel: T\ntitle: T\n---\n")
        #expect(found.map(\.line) == [2])
        #expect(found[0].message.contains("unknown key 'titel' (did you mean 'title'?)"))
    }

    @Test func everyProblemOfAFileIsReported() {
        let found = errors("---\ntitle: T\ndate: soon\ntopics: S-400\nurl: javascript:alert(1)\nsoruce: X\n---\n")
        #expect(found.compactMap(\.line).sorted() == [3, 4, 5, 6])
    }

    @Test(arguments: ["../escape", "a/b", "..", "", "Upper", "-lead"])
    func slugsThatCouldEscapeAreRefused(_ slug: String) {
        let found = errors("---\ntitle: T\nslug: \"\(slug)\"\n---\n")
        #expect(found.contains { $0.message.contains("slug") })
    }

    @Test func titleIsRequired() {
        #expect(errors("---\ndate: 2021-12-06\n---\n").first?.message.contains("'title' is required") == true)
    }

    @Test func invalidUTF8IsRefusedWithItsOffset() {
        let data = Data("---\ntitle: Caf".utf8) + Data([0xE9]) + Data("\n---\n".utf8)
        guard case .failure(let error) = TextFile.decode(data, displayPath: file) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(error.diagnostics[0].line == 2)
        #expect(error.diagnostics[0].message.contains("invalid UTF-8 at byte 14"))
    }

    @Test func siteConfigRejectsUnknownKeysAndBadBaseURL() {
        guard case .failure(let error) = SiteConfig.parse("title: X\nbase_url: not a url\nlanguag: en\n", file: "dossier.yml") else {
            Issue.record("bad config accepted")
            return
        }
        let messages = error.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("dossier.yml:3:") && $0.contains("did you mean 'language'") })
        #expect(messages.contains { $0.hasPrefix("dossier.yml:2:") && $0.contains("base_url") })
    }

    @Test func siteConfigDefaults() throws {
        let config = try SiteConfig.parse("title: X\n", file: "dossier.yml").get()
        #expect(config.language == "en")
        #expect(config.rawHTML == false)
        #expect(config.baseURL.absoluteString == "http://localhost:1313/")
    }
}
