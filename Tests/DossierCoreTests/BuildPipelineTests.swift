import Foundation
import Testing
@testable import DossierCore

@Suite("Building a fixture site")
struct BuildPipelineTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(
            articles: [
                "older.md": FixtureSite.article("Older S-400 news", date: "2018-10-05",
                                                body: "India wants the S400 system. Nothing else here."),
                "newer.md": FixtureSite.article("Newer report", date: "2021-12-06", topics: "[Drones]",
                                                body: "Lavrov said the S-400 deal is being implemented.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
                "undated.md": FixtureSite.article("Undated clipping", date: "", body: "No topic here."),
            ],
            topics: ["s-400.md": FixtureSite.s400Topic])
    }

    @Test func writesPrettyURLsWithContent() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build()
        // home, topics, outlets, 404, feed, all articles; 2 topics with a feed each; 1 outlet; 3 articles;
        // sitemap and robots.txt; quotes, figures, timeline and coverage
        #expect(report.pages == 6 + 4 + 1 + 3 + 2 + 4)
        for path in ["index.html", "topics/index.html", "topics/s-400/index.html", "topics/drones/index.html",
                     "articles/older/index.html", "articles/newer/index.html", "articles/undated/index.html",
                     "articles/index.html", "outlets/index.html", "outlets/test-times/index.html", "404.html",
                     "feed.xml", "topics/s-400/feed.xml", "topics/drones/feed.xml", "sitemap.xml", "robots.txt",
                     "assets/favicon.svg"] {
            #expect(site.exists(path), "missing \(path)")
        }
        let article = try site.read("articles/newer/index.html")
        #expect(article.contains("<h1 data-pagefind-meta=\"title\">Newer report</h1>"))
        #expect(article.contains("<td>1</td>"), "tables render")
        #expect(article.contains("<time datetime=\"2021-12-06\">6 December 2021</time>"))
        #expect(article.contains("href=\"https://example.com/newer-report\""))
        #expect(article.contains("href=\"/dossier/topics/s-400/\""), "links carry the base URL's subpath")
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.org/dossier/articles/newer/\">"))
    }

    @Test func topicPageListsMentionsNewestFirstWithPassages() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        let topic = try site.read("topics/s-400/index.html")
        #expect(topic.contains("The S-400 is a Russian air defence system."), "explainer")
        #expect(topic.contains("2 articles"))
        let newer = try #require(topic.range(of: "Newer report"))
        let older = try #require(topic.range(of: "Older S-400 news"))
        #expect(newer.lowerBound < older.lowerBound, "newest first")
        #expect(topic.contains("<p>Lavrov said the <mark>S-400</mark> deal is being implemented.</p>"), "passage, mention highlighted")
        #expect(!topic.contains("Undated clipping"))

        let home = try site.read("index.html")
        #expect(home.contains("<a class=\"topic-tile__name\" href=\"/dossier/topics/s-400/\">S-400</a> <span class=\"count\">2 articles</span>"))
        let undated = try #require(home.range(of: "Undated clipping"))
        let older2 = try #require(home.range(of: "Older S-400 news"))
        #expect(older2.lowerBound < undated.lowerBound, "undated articles come last")
    }

    @Test func topicWithoutAFileGetsAPageAndAWarning() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try site.build()
        let warning = try #require(report.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.file == "content/articles/newer.md" && warning.line == 6)
        #expect(warning.message.contains("topic 'Drones' has no file"))
        #expect(site.exists("topics/drones/index.html"))

        let strict = site.buildErrors(strict: true)
        #expect(strict.map(\.severity) == [.error])
        #expect(strict[0].message.contains("Drones"))
    }

    @Test func contentIsDataNeverTemplateCode() throws {
        let site = try FixtureSite(articles: [
            "evil.md": FixtureSite.article("\"{{site.title}} <script>alert(1)</script>\"",
                                           body: "Text {{#site}}{{title}}{{/site}} and <script>alert(2)</script> here."),
        ])
        defer { site.remove() }
        _ = try site.build()
        let page = try site.read("articles/evil/index.html")
        #expect(page.contains(">{{site.title}} &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(page.contains("Text {{#site}}{{title}}{{/site}} and"))
        #expect(!page.contains("<script>"))
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try FixtureSite(articles: [
            "draft.md": FixtureSite.article("Draft piece", extra: "draft: true"),
            "live.md": FixtureSite.article("Live piece"),
        ])
        defer { site.remove() }
        _ = try site.build()
        #expect(!site.exists("articles/draft/index.html"))
        #expect(site.exists("articles/live/index.html"))
        _ = try site.build(drafts: true)
        #expect(site.exists("articles/draft/index.html"))
    }

    @Test func allProblemsOfARunAreReportedTogether() throws {
        let site = try FixtureSite(articles: [
            "a.md": FixtureSite.article("A", date: "2021-02-30"),
            "b.md": FixtureSite.article("B", topics: "S-400"),
            "c.md": FixtureSite.article("C", extra: "slug: g"),
            "g.md": FixtureSite.article("G"),
            "d.md": "---\ntitle: D\n",
            "e.md": FixtureSite.article("E", extra: "slug: ../../etc"),
        ])
        defer { site.remove() }
        try site.write("templates/topic.mustache", "{{<base}}{{$content}}{{#topic}}{{/topics}}{{/content}}{{/base}}\n")
        try site.write("content/articles/f.md", Data("---\ntitle: F".utf8) + Data([0xFF]) + Data("\n---\n".utf8))
        let errors = site.buildErrors()
        let places = Set(errors.map(\.file))
        #expect(places == ["content/articles/a.md", "content/articles/b.md", "content/articles/g.md",
                           "content/articles/d.md", "content/articles/e.md", "content/articles/f.md",
                           "templates/topic.mustache"])
        #expect(errors.allSatisfy { $0.severity == .error })
        #expect(errors.contains { $0.file == "content/articles/g.md" && $0.message.contains("already used by content/articles/c.md") })
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing written")
    }

    @Test func templateErrorsNameFileAndLine() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("templates/article.mustache", "{{<base}}\n{{$content}}\n{{>partials/heder}}\n{{/content}}\n{{/base}}\n")
        try site.write("templates/topics.mustache", "line one\n{{#topics}}\nunclosed\n")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/index.mustache"))
        let errors = site.buildErrors()
        #expect(errors.contains { $0.file == "templates/article.mustache" && $0.line == 3
            && $0.message.contains("partial 'partials/heder' not found (did you mean 'partials/header'?)") })
        #expect(errors.contains { $0.file == "templates/topics.mustache" && $0.line != nil
            && $0.message.contains("never closed") })
        #expect(errors.contains { $0.file == "templates/index.mustache" && $0.message.contains("missing template") })
    }

    @Test func aCardValueWithoutItsPartialIsAnError() throws {
        let site = try makeSite()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/partials/article-card.mustache"))
        let errors = site.buildErrors()
        #expect(errors.contains { $0.file == "templates/articles.mustache" && $0.line == 7
            && $0.message == "'card_html' is rendered from partials/article-card.mustache, which is missing from the templates folder" })
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "nothing written")
    }

    @Test func aBrokenTemplateLeavesThePreviousOutputByteForByte() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        try site.write("public/.gitkeep", "")
        let before = try site.snapshot()
        #expect(before.count == 24)

        try site.write("templates/article.mustache", "{{#article}}unclosed\n")
        try site.write("content/articles/new.md", FixtureSite.article("Brand new"))
        #expect(!site.buildErrors().isEmpty)
        #expect(try site.snapshot() == before)

        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".public") }
        #expect(leftovers.isEmpty, "no staging folder left behind")
    }

    @Test func aSuccessfulRebuildReplacesStalePagesAndKeepsThePlaceholder() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        try site.write("public/.gitkeep", "")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/older.md"))
        _ = try site.build()
        #expect(!site.exists("articles/older/index.html"))
        #expect(site.exists(".gitkeep"))
    }

    @Test func refusesAnOutputThatWouldSwallowTheSources() throws {
        let site = try makeSite()
        defer { site.remove() }
        for output in [site.root, site.root.deletingLastPathComponent(), site.root.appendingPathComponent("content"),
                       site.root.appendingPathComponent("templates/out")] {
            let pipeline = BuildPipeline(options: BuildOptions(source: site.root, output: output))
            #expect(throws: DossierError.self) { try pipeline.build() }
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("content/articles/older.md").path))
    }

    @Test func baseURLOverrideChangesEveryLink() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build(baseURL: URL(string: "https://news.example.net/")!)
        let home = try site.read("index.html")
        #expect(home.contains("href=\"/topics/s-400/\""))
        #expect(home.contains("href=\"/assets/favicon.svg\""))
        #expect(!home.contains("/dossier/"))
    }

    @Test func checkWritesNothingAndListsReview() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try BuildPipeline(options: BuildOptions(source: site.root)).check()
        #expect(report.pages == 20)
        #expect(report.review.contains(ReviewItem(file: "content/articles/undated.md", reason: "publication date unknown (date is empty)")))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
