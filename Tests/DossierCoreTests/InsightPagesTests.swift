import Foundation
import Testing
@testable import DossierCore

/// What a reader of the built demo sees of the cross-source insight, what `dossier check`
/// tells an editor, and how front matter corrections change both.
@Suite("Quotes, figures, timeline and coverage pages")
struct InsightPagesTests {
    static func buildDemo() throws -> (output: URL, report: BuildPipeline.Report) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-insight-\(UUID().uuidString)")
        let report = try BuildPipeline(options: BuildOptions(source: FixtureSite.repository, output: output)).build()
        return (output, report)
    }

    static func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Topic pages get the first listed entries of their timeline and the count of listed
    /// ones, made in one pass: the same as listing each topic's whole timeline and cutting it.
    @Test func eachTopicsTimelineIsItsListedEntriesCut() {
        let entries = (0..<500).map { number -> TimelineEntry in
            // "big" has 400 entries (more than a list holds: only notable ones are listed), "small" 200, half of them shared.
            let topics = number < 400 ? (number % 4 == 0 ? ["big", "small"] : ["big"]) : ["small"]
            let stated = number % 7 == 0 ? [EventDate(year: 2018), EventDate(year: 2019)] : [EventDate(year: 2018)]
            return TimelineEntry(date: EventDate(year: 2018), reports: [], topicSlugs: topics, key: "event \(number)",
                                 statedDates: stated, articleCount: number % 5 == 0 ? 2 : 1)
        }
        let made = PageContext.TopicInsight.timelines(entries, shown: 10)
        #expect(made.keys.sorted() == ["big", "small"])
        for slug in ["big", "small"] {
            let listed = Insight.listed(entries.filter { $0.topicSlugs.contains(slug) })
            #expect(made[slug]?.listed == listed.count)
            #expect(made[slug]?.shown.map(\.key) == listed.prefix(10).map(\.key))
        }
        #expect(made["big"]!.listed < 400 && made["small"]!.listed == 200)
    }

    @Test func theS400PageShowsTheSeedConflicts() throws {
        let (output, _) = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(at: output) }
        let page = try Self.text(output, "topics/s-400/index.html")
        // The quote's speaker: Lavrov in three articles, Shoigu in Republic's.
        let quotes = try #require(page.components(separatedBy: "id=\"quotes-heading\"").last?.components(separatedBy: "id=\"figures-heading\"").first)
        #expect(quotes.contains("Attribution conflict: Sergey Shoigu · Sergei Lavrov"))
        #expect(quotes.contains("Our Indian friends clearly and firmly explained"))
        // The deal's value: three values, each with its sentence.
        let figures = try #require(page.components(separatedBy: "id=\"figures-heading\"").last?.components(separatedBy: "id=\"timeline-heading\"").first)
        #expect(figures.contains("S-400 deal value"))
        for value in ["4.5 billion USD", "5 billion USD", "5.4 billion USD"] { #expect(figures.contains("<dt>\(value)</dt>"), "\(value)") }
        #expect(figures.contains("The articles give different values"))
        // When the deal was signed: 2015, October 2016 and 2018, each marked.
        let timeline = try #require(page.components(separatedBy: "id=\"timeline-heading\"").last)
        for (date, others) in [("2015", "October 2016, 2018"), ("October 2016", "2015, 2018"), ("2018", "2015, October 2016")] {
            #expect(timeline.contains(">\(date)</time></p>"), "\(date)")
            #expect(timeline.contains("Other reports date this \(others)"), "\(date)")
        }
        #expect(page.contains("5 articles from 1 named outlet (and 4 articles whose outlet is unknown), 5 independent reports"))
    }

    @Test func siteWidePagesCarrySchemaOrgQuotationsAndClaims() throws {
        let (output, _) = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(at: output) }
        let quotes = try #require(FixtureSite.jsonLD(in: try Self.text(output, "quotes/index.html"))?["@graph"] as? [[String: Any]])
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0["@type"] as? String == "Quotation" })
        let friends = try #require(quotes.first { ($0["text"] as? String)?.hasPrefix("Our Indian friends") == true })
        #expect((friends["spokenByCharacter"] as? [String: Any])?["name"] as? String == "Sergei Lavrov")
        #expect((friends["isPartOf"] as? [[String: Any]])?.count == 4)

        let claims = try #require(FixtureSite.jsonLD(in: try Self.text(output, "figures/index.html"))?["@graph"] as? [[String: Any]])
        let dealValues = claims.filter { ($0["text"] as? String)?.hasPrefix("S-400 deal value") == true }
        #expect(dealValues.count == 3)
        #expect(dealValues.allSatisfy { $0["@type"] as? String == "Claim" && ($0["appearance"] as? [[String: Any]])?.count == 1 })

        let coverage = try Self.text(output, "coverage/index.html")
        #expect(coverage.contains("Every article is an independent report"))
        let timeline = try Self.text(output, "timeline/index.html")
        #expect(timeline.contains("3 events dated differently"))
    }

    /// Site-wide lists come in pages of `page_size`, like article lists: each page its part of
    /// the list, its own JSON-LD, links to the others, and a place in the sitemap.
    @Test func siteWideListsAreSplitIntoPages() throws {
        let site = try IncrementalBuildTests.demoCopy()
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("dossier.yml"), encoding: .utf8)
        try site.write("dossier.yml", config + "\npage_size: 2\n")
        _ = try site.build()
        func graph(_ path: String) throws -> [[String: Any]] {
            try #require(FixtureSite.jsonLD(in: try site.read(path))?["@graph"] as? [[String: Any]])
        }
        #expect(try graph("quotes/index.html").count == 2)
        #expect(try graph("quotes/page/2/index.html").count == 1)
        #expect(!site.exists("quotes/page/3/index.html"))
        let second = try site.read("quotes/page/2/index.html")
        #expect(second.contains("Shared quotations, conflicts first, page 2 of 2"))
        #expect(second.contains("<title>Quotes, page 2"))
        #expect(second.contains("href=\"/quotes/\" rel=\"prev\">Previous</a>"))
        #expect(try site.read("quotes/index.html").contains("href=\"/quotes/page/2/\" rel=\"next\">Next</a>"))
        // Newest-first lists keep their own words.
        #expect(try site.read("articles/index.html").contains("rel=\"next\">Older</a>"))
        let timeline = try site.read("timeline/index.html")
        #expect(timeline.contains("Dated events, page 1 of "))
        #expect(!timeline.contains("more not shown"))
        let sitemap = try site.read("sitemap.xml")
        for path in ["quotes/page/2/", "figures/page/2/", "timeline/page/2/"] { #expect(sitemap.contains(path), "\(path)") }
    }

    /// A site-wide list stops at 200 items (10 pages of 20); the last page says how many more.
    @Test func aLongListStopsAtTheLimitAndSaysHowManyMore() throws {
        func figure(_ measure: String, _ article: String) -> Figure {
            Figure(articleSlug: article, kind: .count, text: "5 units", value: 5, unit: "unit", qualifier: "",
                   measure: measure, topicSlug: nil, sentence: "Five units.")
        }
        var dossier = Dossier(config: SiteConfig(title: "Long", baseURL: URL(string: "https://example.org/")!),
                              articles: [], topics: [], outlets: [])
        dossier.insight.figureGroups = (1...205).map { number in
            FigureGroup(measure: "measure \(number)", unit: "unit", topicSlug: nil, figures: [figure("measure \(number)", "a"), figure("measure \(number)", "b")])
        }
        let pages = PagePlanner.plan(dossier).filter { if case .figures = $0.route { return true } else { return false } }
        #expect(pages.count == 10)
        let contexts = try PageContext(dossier: dossier, urls: SiteURLs(baseURL: dossier.config.baseURL), templates: FixtureSite.templates())
        let first = contexts.context(for: pages[0]), last = contexts.context(for: pages[9])
        #expect((first["figure_groups"] as? [Any])?.count == 20)
        #expect(first["figure_groups_more"] as? String == "")
        #expect(last["figure_groups_more"] as? String == "5 more not shown")
        #expect(((last["figure_groups"] as? [[String: Any]])?.last?["measure"] as? String) == "measure 200")
    }

    /// Past the limit, one more listed event changes what the last page says, not which pages
    /// there are: the plan's key stays, so a preview rebuild keeps its quick path. Below the
    /// limit, the count is part of it.
    @Test func aListPastItsLimitKeepsThePlan() {
        func dossier(events: Int) -> Dossier {
            var dossier = Dossier(config: SiteConfig(title: "Long", baseURL: URL(string: "https://example.org/")!),
                                  articles: [], topics: [], outlets: [])
            dossier.insight.timeline = (0..<events).map { day in
                TimelineEntry(date: EventDate(year: 2018, month: 1 + day / 28 % 12, day: 1 + day % 28), reports: [], topicSlugs: [],
                              key: nil, statedDates: [], articleCount: 2)
            }
            return dossier
        }
        let limit = Insight.listLimit
        #expect(PagePlanner.key(dossier(events: limit + 1)) == PagePlanner.key(dossier(events: limit + 40)))
        #expect(PagePlanner.plan(dossier(events: limit + 1)).map(\.route) == PagePlanner.plan(dossier(events: limit + 40)).map(\.route))
        #expect(PagePlanner.key(dossier(events: limit - 19)) != PagePlanner.key(dossier(events: limit)))
        #expect(PagePlanner.key(dossier(events: limit - 1)) != PagePlanner.key(dossier(events: limit)))
    }

    @Test func checkListsEveryConflictForTheEditor() throws {
        let report = try BuildPipeline(options: BuildOptions(source: FixtureSite.repository)).check()
        let reasons = report.review.map(\.reason)
        #expect(reasons.filter { $0.hasPrefix("attribution conflict") }.count == 4)
        #expect(reasons.contains { $0.hasPrefix("attribution conflict: “Our Indian friends clearly and firmly…” is attributed to Sergey Shoigu here, to Sergei Lavrov in 3 other articles") })
        #expect(reasons.filter { $0.hasPrefix("figure conflict: S-400 deal value") }.count == 3)
        #expect(reasons.filter { $0.hasPrefix("date conflict") }.count == 5)
    }

    static let article = """
    ---
    title: Lavrov hails the deal
    date: 2021-12-06
    source: Wire
    topics: [S-400]
    %@
    ---

    “We witnessed attempts on the part of the United States to undermine this cooperation,” Sergey Shoigu said on Monday.

    The deal worth $4.5 billion was signed in 2015.
    """

    static let other = """
    ---
    title: The deal stands
    date: 2021-12-07
    source: Other Wire
    topics: [S-400]
    ---

    “We witnessed attempts on the part of the United States to undermine this cooperation,” Sergey Lavrov said.

    The $5.4-billion deal was signed in 2018.
    """

    static let topic = "---\nname: S-400\naliases: [S-400]\n---\n\nThe system.\n"

    static func site(corrections: String) throws -> FixtureSite {
        try FixtureSite(articles: ["a.md": String(format: article, corrections), "b.md": other], topics: ["s-400.md": topic])
    }

    @Test func withoutCorrectionsTheFixtureDisagreesThreeWays() throws {
        let site = try Self.site(corrections: "")
        defer { site.remove() }
        let report = try site.check()
        #expect(report.review.contains { $0.reason.hasPrefix("attribution conflict") })
        #expect(report.review.contains { $0.reason.hasPrefix("figure conflict") })
        #expect(report.review.contains { $0.reason.hasPrefix("date conflict") })
    }

    @Test func correctionsWinOverExtraction() throws {
        let site = try Self.site(corrections: """
        corrections:
          - quote: "We witnessed attempts"
            speaker: Sergey Lavrov
          - figure: "$4.5 billion"
            hide: true
          - event: "signed in 2015"
            date: 2018
        """)
        defer { site.remove() }
        _ = try site.build()
        let report = try site.check()
        #expect(report.reviewCount == report.review.count)
        #expect(!report.review.contains { $0.reason.contains("conflict") }, "\(report.review)")
        let quotes = try site.read("quotes/index.html")
        #expect(!quotes.contains("Attribution conflict"))
        #expect(quotes.contains("Sergey Lavrov</span> <span class=\"meta\">(corrected by the editor)</span>"))
        let figures = try site.read("figures/index.html")
        #expect(!figures.contains("4.5 billion"))
        let timeline = try site.read("timeline/index.html")
        #expect(!timeline.contains(">2015</time>"))
        #expect(timeline.contains("corrected by the editor"))
    }

    @Test func aCorrectionThatMatchesNothingFailsTheBuildNamingItsLine() throws {
        let site = try Self.site(corrections: """
        corrections:
          - quote: "words nobody said"
            speaker: Sergey Lavrov
        """)
        defer { site.remove() }
        let errors = site.buildErrors()
        #expect(errors.count == 1)
        #expect(errors.first?.file == "content/articles/a.md" && errors.first?.line == 7, "\(errors)")
        #expect(errors.first?.message.contains("matches no quote found in this article; found: “We witnessed attempts on the part") == true)
        #expect(!site.exists("index.html"), "nothing is written")
    }

    @Test(arguments: [
        ("  - speaker: Sergey Lavrov", "each correction names exactly one of quote:, figure: or event:"),
        ("  - quote: \"We witnessed\"\n    date: 2018", "'date' does not apply to a quote"),
        ("  - figure: \"$4.5 billion\"", "this correction changes nothing"),
        ("  - event: \"signed in 2015\"\n    date: 2015-13", "'date' in a correction must be YYYY, YYYY-MM or YYYY-MM-DD"),
        ("  - quote: \"We witnessed\"\n    speakr: X", "unknown field 'speakr' in 'corrections' (did you mean 'speaker'?)"),
        ("  quote: x", "'corrections' must be a list of entries"),
        ("  - quote: \"We witnessed\"\n    quote: \"attempts\"\n    hide: true", "'quote' given twice in one mapping; keep one"),
    ])
    func badCorrectionsAreClearErrors(entry: String, message: String) throws {
        let site = try Self.site(corrections: "corrections:\n" + entry)
        defer { site.remove() }
        let errors = site.buildErrors()
        #expect(errors.contains { $0.file == "content/articles/a.md" && $0.line != nil && $0.message.contains(message) }, "\(errors)")
    }

    @Test func quotedTextIsDataNeverMarkup() throws {
        let hostile = """
        ---
        title: Hostile
        source: Wire
        topics: [S-400]
        ---

        “Prices 5 < 6 & {{site.title}} <script>alert(1)</script> is what we will buy,” Sergey Lavrov said.
        """
        let copy = hostile.replacingOccurrences(of: "Hostile", with: "Copy").replacingOccurrences(of: "Wire", with: "Other")
        let site = try FixtureSite(articles: ["h.md": hostile, "c.md": copy], topics: ["s-400.md": Self.topic])
        defer { site.remove() }
        _ = try site.build()
        let quotes = try site.read("quotes/index.html")
        // Raw HTML is off, so the script never reaches the text; what does is escaped, and
        // Mustache tags in content stay text.
        #expect(quotes.contains("Prices 5 &lt; 6 &amp; {{site.title}}"))
        #expect(!quotes.contains("<script>alert"))
    }

    @Test func syndicatedFixturesAreFoundAndNothingElse() throws {
        let dossier = try InsightQualityTests.fixtures()
        let files = Dictionary(uniqueKeysWithValues: dossier.articles.map { ($0.article.slug, $0.article.file) })
        let found = Set(dossier.insight.coverage.syndicated.map { Set($0.compactMap { files[$0] }) })
        let gold = Set(try InsightGold.load("site-gold.yml").duplicates.map(Set.init))
        #expect(found == gold)
        let heldOut = try InsightQualityTests.heldOut()
        let heldOutFiles = Dictionary(uniqueKeysWithValues: heldOut.articles.map { ($0.article.slug, $0.article.file) })
        let heldOutFound = Set(heldOut.insight.coverage.syndicated.map { Set($0.compactMap { heldOutFiles[$0] }) })
        #expect(heldOutFound == Set(try InsightGold.load("heldout-gold.yml").duplicates.map(Set.init)), "\(heldOutFound)")
    }
}
