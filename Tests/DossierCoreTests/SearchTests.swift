import Foundation
import Testing
@testable import DossierCore

/// Site search with Pagefind (installed by `.ci/install-deps`).
@Suite("Site search")
struct SearchTests {
    func makeSite() throws -> FixtureSite {
        try FixtureSite(articles: [
            "lavrov.md": FixtureSite.article("Lavrov hails the deal", date: "2021-12-06", topics: "[S-400]",
                                             body: "Lavrov said the S-400 deal is being implemented."),
            "other.md": FixtureSite.article("Another story", date: "2021-12-07", body: "Nothing to see."),
        ], topics: ["s-400.md": FixtureSite.s400Topic])
    }

    @Test func theBuildIndexesArticlesWithTopicAndOutletFiltersAndADateSort() throws {
        let indexer = try #require(SearchIndexer.locate(), "Pagefind is not installed: bash .ci/install-deps")
        let site = try makeSite()
        defer { site.remove() }
        let report = try BuildPipeline(options: BuildOptions(source: site.root, search: indexer)).build()
        #expect(report.searchIndexed)
        let entry = try site.read("pagefind/pagefind-entry.json")
        #expect(entry.contains("\"page_count\":2"), "only the two article pages are indexed: \(entry)")
        let search = try site.read("search/index.html")
        #expect(search.contains("bundlePath: \"/dossier/pagefind/\"") && search.contains("baseUrl: \"/dossier/\""))
        #expect(try site.read("index.html").contains("<a href=\"/dossier/search/\">Search</a>"))
        let article = try site.read("articles/lavrov/index.html")
        #expect(article.contains("data-pagefind-body data-pagefind-sort=\"date:2021-12-06\""))
        #expect(article.contains("data-pagefind-filter=\"outlet\">Test Times</a>"))
        #expect(article.contains("data-pagefind-filter=\"topic\">S-400</a>"))
    }

    @Test func withoutPagefindThereIsNoSearchBoxAndTheSiteStillWorks() throws {
        let site = try makeSite()
        defer { site.remove() }
        let report = try BuildPipeline(options: BuildOptions(source: site.root, search: nil)).build()
        #expect(!report.searchIndexed)
        #expect(!site.exists("search/index.html") && !site.exists("pagefind"))
        #expect(!(try site.read("index.html")).contains("Search</a>"))
    }

    @Test func aFailingIndexerLeavesThePreviousSiteInPlace() throws {
        let site = try makeSite()
        defer { site.remove() }
        _ = try site.build()
        let before = try site.snapshot()
        let broken = SearchIndexer(command: ["false"])
        #expect(throws: DossierError.self) {
            try BuildPipeline(options: BuildOptions(source: site.root, search: broken)).build()
        }
        #expect(try site.snapshot() == before)
    }
}
