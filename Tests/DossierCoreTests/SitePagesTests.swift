import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierCore

@Suite("Pages, metadata and feeds")
struct SitePagesTests {
    /// Seven articles over two outlets and two topics, three to a page.
    func makeSite(pageSize: Int = 3) throws -> FixtureSite {
        var articles: [String: String] = [:]
        for day in 1...7 {
            let outlet = day % 2 == 0 ? "Even Herald" : "Odd Times"
            let topic = day <= 4 ? "The S-400 order." : "CAATSA and the S-400."
            articles["a\(day).md"] = """
            ---
            title: Article \(day)
            date: 2021-12-0\(day)
            source: \(outlet)
            url: https://example.com/\(day)
            summary: Summary \(day) <b>&</b>.
            ---

            # A heading in the body

            \(topic)
            """
        }
        let caatsa = "---\nname: CAATSA\naliases: [CAATSA]\n---\nA US sanctions law.\n"
        return try FixtureSite(config: FixtureSite.config + "\npage_size: \(pageSize)\n", articles: articles,
                               topics: ["s-400.md": FixtureSite.s400Topic, "caatsa.md": caatsa])
    }

    @Test func longListsArePaginatedWithRelPrevNext() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        for path in ["articles/index.html", "articles/page/2/index.html", "articles/page/3/index.html",
                     "topics/s-400/index.html", "topics/s-400/page/2/index.html", "topics/s-400/page/3/index.html",
                     "outlets/odd-times/index.html", "outlets/odd-times/page/2/index.html"] {
            #expect(site.exists(path), "missing \(path)")
        }
        #expect(!site.exists("articles/page/4/index.html"))
        let second = try site.read("articles/page/2/index.html")
        #expect(second.contains("<link rel=\"prev\" href=\"/dossier/articles/\">"))
        #expect(second.contains("<link rel=\"next\" href=\"/dossier/articles/page/3/\">"))
        #expect(second.contains("aria-current=\"page\">2</a>"))
        #expect(second.contains("Article 4") && second.contains("Article 3") && !second.contains("Article 7"))
        let first = try site.read("articles/index.html")
        #expect(!first.contains("rel=\"prev\"") && first.contains("<link rel=\"next\" href=\"/dossier/articles/page/2/\">"))
    }

    @Test func pagersLinkTheEndsAndTheNeighbourhoodNotEveryPage() throws {
        func window(_ page: Int, of count: Int) -> [Int?] {
            Pagination(page: page, pageCount: count, range: 0..<0).window().flatMap { $0.gapBefore ? [nil, $0.number] : [$0.number] }
        }
        #expect(window(1, of: 1) == [1])
        #expect(window(1, of: 5) == [1, 2, 3, 4, 5])
        #expect(window(4, of: 7) == [1, 2, 3, 4, 5, 6, 7], "a gap of one page shows the page")
        #expect(window(1, of: 500) == [1, 2, 3, nil, 500])
        #expect(window(250, of: 500) == [1, nil, 248, 249, 250, 251, 252, nil, 500])
        #expect(window(499, of: 500) == [1, nil, 497, 498, 499, 500])

        let site = try makeSite(pageSize: 1)
        defer { site.remove() }
        _ = try site.build()
        let first = try site.read("articles/index.html")
        #expect(first.contains("href=\"/dossier/articles/page/3/\">3</a>") && first.contains("href=\"/dossier/articles/page/7/\">7</a>"))
        #expect(!first.contains(">4</a>") && first.contains("<li class=\"pagination__gap\" aria-hidden=\"true\">…</li>"))
    }

    @Test func articlePageHasOneH1MetadataRelatedAndNeighbours() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        let page = try site.read("articles/a4/index.html")
        #expect(page.components(separatedBy: "<h1").count == 2, "one h1: the body's heading is demoted")
        #expect(page.contains("<h2>A heading in the body</h2>"))
        #expect(page.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(page.contains("<meta property=\"article:published_time\" content=\"2021-12-04\">"))
        #expect(page.contains("<meta property=\"article:tag\" content=\"S-400\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/dossier/articles/a4/\">"))
        #expect(page.contains("Newer: <a href=\"/dossier/articles/a5/\">Article 5</a>"))
        #expect(page.contains("Older: <a href=\"/dossier/articles/a3/\">Article 3</a>"))
        #expect(page.contains("id=\"related-heading\""))
        #expect(page.contains("href=\"/dossier/outlets/even-herald/\">Even Herald</a>"))

        let json = try #require(jsonLD(in: page))
        #expect(json["@type"] as? String == "NewsArticle")
        #expect(json["headline"] as? String == "Article 4")
        #expect(json["datePublished"] as? String == "2021-12-04")
        #expect((json["publisher"] as? [String: Any])?["name"] as? String == "Even Herald")
        #expect(json["isBasedOn"] as? String == "https://example.com/4")
    }

    /// Cards are rendered once per build (`card_html`, `meta_html`) and printed raw on every
    /// page that lists the article: they must follow the theme's partials and stay escaped.
    @Test func cardPartialsRenderedOnceShowOnEveryListAndStayEscaped() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("templates/partials/article-card.mustache", "<div data-card=\"{{slug}}\">{{title}}: {{summary}} {{{meta_html}}}</div>\n")
        try site.write("templates/partials/meta.mustache", "<p data-meta=\"{{slug}}\">{{source}}</p>\n")
        _ = try site.build()
        let list = try site.read("articles/index.html")
        #expect(list.contains("<div data-card=\"a7\">Article 7: Summary 7 &lt;b&gt;&amp;&lt;/b&gt;. <p data-meta=\"a7\">Odd Times</p></div>\n"))
        #expect(!list.contains("<b>&</b>"))
        #expect(try site.read("outlets/odd-times/index.html").contains("<div data-card=\"a7\">"))
        #expect(try site.read("articles/a4/index.html").contains("<div data-card=\"a3\">"), "related articles")
        #expect(try site.read("index.html").contains("<div data-card=\"a7\">"), "latest articles")
        #expect(try site.read("topics/s-400/index.html").contains("<p data-meta=\"a7\">Odd Times</p>"), "topic mentions use the meta line")
    }

    /// The masthead, footer and a topic's related topics are rendered once per build and
    /// printed raw on every page: they follow the theme's partials and stay escaped.
    @Test func partialsRenderedOnceFollowTheThemeOnEveryPage() throws {
        let site = try makeSite(pageSize: 1)
        defer { site.remove() }
        try site.write("templates/partials/header.mustache", "<header data-masthead>{{site.title}} <b>&</b></header>\n")
        try site.write("templates/partials/footer.mustache", "<footer data-count=\"{{site.article_count}}\">{{site.title}}</footer>\n")
        try site.write("templates/partials/related-topics.mustache", "<ul data-related>{{#related_topics}}<li>{{name}}: {{shared_label}}</li>{{/related_topics}}</ul>\n")
        _ = try site.build()
        let title = try #require(try site.read("index.html").firstMatch(of: /<title>([^<]*)<\/title>/)).1
        for path in ["index.html", "articles/a4/index.html", "topics/caatsa/index.html", "topics/caatsa/page/2/index.html", "404.html"] {
            let page = try site.read(path)
            #expect(page.contains("<header data-masthead>\(title) <b>&</b></header>\n<main"), "\(path)")
            #expect(page.contains("<footer data-count=\"") && page.contains("\(title)</footer>\n</body>"), "\(path)")
        }
        for path in ["topics/caatsa/index.html", "topics/caatsa/page/2/index.html", "topics/caatsa/page/3/index.html"] {
            #expect(try site.read(path).contains("<ul data-related><li>S-400: 3 articles</li>"), "\(path)")
        }
        // A page value in the masthead would render as nothing there: the build says so.
        try site.write("templates/partials/header.mustache", "<header>{{site.title}}\n{{page.title}}</header>\n")
        let report = try site.build()
        #expect(report.diagnostics.contains { $0.file == "templates/partials/header.mustache" && $0.line == 2
            && $0.message.contains("'page.title' renders as nothing here") }, "\(report.diagnostics)")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/partials/header.mustache"))
        let errors = site.buildErrors()
        #expect(errors.contains { $0.file == "templates/base.mustache" && $0.line == 6
            && $0.message == "'site.header_html' is rendered from partials/header.mustache, which is missing from the templates folder" })
    }

    @Test func topicPageIsACollectionWithItsFeedAndRelatedTopics() throws {
        let site = try makeSite(pageSize: 10)
        defer { site.remove() }
        _ = try site.build()
        let page = try site.read("topics/caatsa/index.html")
        let graph = try #require(jsonLD(in: page)?["@graph"] as? [[String: Any]])
        let json = try #require(graph.first { $0["@type"] as? String == "CollectionPage" })
        let list = try #require(json["mainEntity"] as? [String: Any])
        #expect(list["@type"] as? String == "ItemList" && list["numberOfItems"] as? Int == 3)
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(page.contains("href=\"/dossier/topics/caatsa/feed.xml\">Atom feed</a>"))
        #expect(page.contains("<a href=\"/dossier/topics/s-400/\">S-400</a> <span class=\"count\">in 3 articles with this topic</span>"))
    }

    @Test func feedsAreWellFormedAtom() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        for path in ["feed.xml", "topics/s-400/feed.xml", "topics/caatsa/feed.xml"] {
            let document = try XMLDocument(data: Data(try site.read(path).utf8))
            let feed = try #require(document.rootElement())
            #expect(feed.name == "feed" && feed.uri == "http://www.w3.org/2005/Atom")
            for required in ["id", "title", "updated", "author"] {
                #expect(!feed.elements(forName: required).isEmpty, "\(path) lacks \(required)")
            }
            let links = feed.elements(forName: "link")
            #expect(links.contains { $0.xmlString.contains("rel=\"self\"") }, "\(path) lacks its self link")
            for entry in feed.elements(forName: "entry") {
                for required in ["id", "title", "updated", "link"] {
                    #expect(!entry.elements(forName: required).isEmpty, "\(path) entry lacks \(required)")
                }
            }
        }
        let all = try XMLDocument(data: Data(try site.read("feed.xml").utf8)).rootElement()!
        #expect(all.elements(forName: "entry").count == 7)
        #expect(all.elements(forName: "updated").first?.stringValue == "2021-12-07T00:00:00Z")
        #expect(try site.read("feed.xml").contains("<summary>Summary 7 &lt;b&gt;&amp;&lt;/b&gt;.</summary>"))
        let caatsa = try XMLDocument(data: Data(try site.read("topics/caatsa/feed.xml").utf8)).rootElement()!
        #expect(caatsa.elements(forName: "entry").count == 3)
    }

    /// A topic's feed holds its newest `entryLimit` articles, found through the build's own
    /// lookup of articles (the build reads no more of the topic than that).
    @Test func aTopicFeedHoldsItsNewestEntriesOnly() throws {
        var articles: [String: String] = [:]
        for day in 1...(AtomFeed.entryLimit + 5) {
            let date = PublicationDate(year: 2021, month: 1, day: 1)!.adding(days: day)
            articles["a\(day).md"] = "---\ntitle: Article \(day)\ndate: \(date.iso)\n---\n\nThe S-400 order.\n"
        }
        let site = try FixtureSite(articles: articles, topics: ["s-400.md": FixtureSite.s400Topic])
        defer { site.remove() }
        _ = try site.build()
        let feed = try XMLDocument(data: Data(try site.read("topics/s-400/feed.xml").utf8)).rootElement()!
        let titles = feed.elements(forName: "entry").compactMap { $0.elements(forName: "title").first?.stringValue }
        #expect(titles == (6...(AtomFeed.entryLimit + 5)).reversed().map { "Article \($0)" })
    }

    @Test func outletsAndNotFound() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        let outlets = try site.read("outlets/index.html")
        #expect(outlets.contains("<a href=\"/dossier/outlets/odd-times/\">Odd Times</a> <span class=\"count\">4 articles</span>"))
        #expect(outlets.contains("<a href=\"/dossier/outlets/even-herald/\">Even Herald</a> <span class=\"count\">3 articles</span>"))
        let missing = try site.read("404.html")
        #expect(missing.contains("<h1>Page not found</h1>") && missing.contains("href=\"/dossier/\""))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        let first = try site.snapshot()
        _ = try site.build()
        #expect(try site.snapshot() == first)
    }

    private func jsonLD(in page: String) -> [String: Any]? { FixtureSite.jsonLD(in: page) }

    /// The vocabulary check is only as good as its list: every key any page context holds
    /// must be in it, and everything in it must be used.
    @Test func theVocabularyIsExactlyWhatContextsHold() throws {
        var seen = Set<String>()
        for source in [try makeSite().root, FixtureSite.repository] {
            let corpus = try #require(ContentLoader(root: source).load().corpus)
            var dossier = DossierAnalyzer().analyze(corpus).dossier
            dossier.hasSearch = true
            let contexts = try PageContext(dossier: dossier, urls: SiteURLs(baseURL: corpus.config.baseURL), templates: FixtureSite.templates())
            for page in PagePlanner.plan(dossier) { seen.formUnion(FixtureSite.names(in: contexts.context(for: page))) }
        }
        #expect(seen.subtracting(TemplateVocabulary.names).isEmpty, "keys missing from the vocabulary: \(seen.subtracting(TemplateVocabulary.names))")
        #expect(TemplateVocabulary.names.subtracting(seen).isEmpty, "names no context holds: \(TemplateVocabulary.names.subtracting(seen))")
    }

    @Test func unknownTemplateVariablesAreReportedWithFileAndLine() throws {
        let site = try makeSite()
        defer { site.remove() }
        try site.write("templates/articles.mustache", "{{<base}}\n{{$content}}\n<h1>{{titel}}</h1>\n{{#artcles}}{{.}}{{/artcles}}{{{site.home_url}}}\n{{/content}}\n{{/base}}\n")
        let report = try site.build()
        let warnings = report.diagnostics.map(\.description)
        #expect(warnings.contains("templates/articles.mustache:3: warning: unknown variable 'titel' (did you mean 'title'?): Mustache would render it as nothing"))
        #expect(warnings.contains { $0.hasPrefix("templates/articles.mustache:4: warning: unknown variable 'artcles' (did you mean 'articles'?)") })
        #expect(warnings.count == 2)
        #expect(site.buildErrors(strict: true).count == 2)
    }
}
