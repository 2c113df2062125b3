import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DossierCore

@Suite("Hosting-ready output")
struct HostingOutputTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(articles: [
            "past.md": FixtureSite.article("Past piece", date: "2021-12-06", body: "About the S-400."),
            "future.md": FixtureSite.article("Future piece", date: "2031-01-01"),
            "draft.md": FixtureSite.article("Draft piece", extra: "draft: true"),
        ], topics: ["s-400.md": FixtureSite.s400Topic])
    }

    func build(_ site: FixtureSite, drafts: Bool = false) throws {
        _ = try BuildPipeline(options: BuildOptions(source: site.root, includeDrafts: drafts,
                                                    today: PublicationDate(iso: "2026-11-23")!)).build()
    }

    @Test func theSitemapListsEveryPageAndRobotsPointsAtIt() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let document = try XMLDocument(data: Data(try site.read("sitemap.xml").utf8))
        let locations = Set(try document.nodes(forXPath: "//*[local-name()='loc']").compactMap(\.stringValue))
        let pages = Set(try site.snapshot().keys
            .filter { $0.hasSuffix("index.html") }
            .map { "https://example.org/dossier/" + $0.dropLast("index.html".count) })
        #expect(!pages.isEmpty && locations == pages, "sitemap: \(locations.symmetricDifference(pages))")
        #expect(try site.read("sitemap.xml").contains("<loc>https://example.org/dossier/articles/past/</loc><lastmod>2021-12-06</lastmod>"))
        #expect(try site.read("robots.txt").contains("Sitemap: https://example.org/dossier/sitemap.xml"))
    }

    @Test func aSitemapPastFiftyThousandURLsBecomesAnIndex() {
        let pages = (0..<50_001).map { PlannedPage(route: .article(slug: "a\($0)"), renderer: .template("article")) }
        let sitemaps = PagePlanner.sitemaps(listing: pages)
        #expect(sitemaps.map(\.route) == [.sitemap, .sitemapPart(1), .sitemapPart(2)])
        guard case .sitemap(let second) = sitemaps[2].renderer else { Issue.record("no part 2"); return }
        #expect(second == [.article(slug: "a50000")])
        let urls = SiteURLs(baseURL: URL(string: "https://example.org/d/")!)
        #expect(Sitemap.renderIndex(parts: 2, urls: urls).contains("<loc>https://example.org/d/sitemap-2.xml</loc>"))
    }

    @Test func draftsAndFutureArticlesWaitUnlessAsked() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        #expect(site.exists("articles/past/index.html"))
        #expect(!site.exists("articles/future/index.html") && !site.exists("articles/draft/index.html"))
        #expect(!(try site.read("feed.xml")).contains("Future piece"))
        #expect(!(try site.read("sitemap.xml")).contains("future"))
        try build(site, drafts: true)
        #expect(site.exists("articles/future/index.html") && site.exists("articles/draft/index.html"))
    }

    @Test func stylesheetsGetContentHashedNames() throws {
        let site = try makeSite()
        defer { site.remove() }
        try build(site)
        let assets = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("assets").path)
        let stylesheet = try #require(assets.first { $0.hasPrefix("style.") && $0.hasSuffix(".css") })
        #expect(stylesheet.split(separator: ".").count == 3 && stylesheet != "style.css")
        #expect(assets.contains("favicon.svg"), "images keep their names")
        #expect(try site.read("index.html").contains("<link rel=\"stylesheet\" href=\"/dossier/assets/\(stylesheet)\">"))
        let original = try Data(contentsOf: site.root.appendingPathComponent("templates/assets/style.css"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("assets/\(stylesheet)")) == original)

        // A changed stylesheet gets a new name; an unchanged one keeps it.
        try site.write("templates/assets/style.css", String(decoding: original, as: UTF8.self) + "\n/* changed */\n")
        try build(site)
        let renamed = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("assets").path)
        #expect(!renamed.contains(stylesheet) && renamed.contains { $0.hasPrefix("style.") && $0.hasSuffix(".css") })
    }
}
