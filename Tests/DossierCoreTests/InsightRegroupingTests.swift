import Foundation
import Testing
@testable import DossierCore

/// The preview brings the cross-article comparisons up to date after an edit instead of
/// remaking them: after every edit, what it has must be what a full analysis makes.
@Suite("Insight regrouped after edits")
struct InsightRegroupingTests {
    /// The labelled insight fixtures and the demo's articles: figures, quotes and dates that
    /// several articles share.
    static func site() throws -> FixtureSite {
        let source = InsightGold.folder.appendingPathComponent("site")
        let site = try FixtureSite(config: try String(contentsOf: source.appendingPathComponent("dossier.yml"), encoding: .utf8))
        let folders = [(source.appendingPathComponent("content/articles"), "content/articles"),
                       (source.appendingPathComponent("content/topics"), "content/topics"),
                       (FixtureSite.repository.appendingPathComponent("content/articles"), "content/articles")]
        for (folder, target) in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
                try site.write("\(target)/\(name)", try Data(contentsOf: folder.appendingPathComponent(name)))
            }
        }
        return site
    }

    static func analyze(_ site: FixtureSite, cache: BuildCache?) throws -> DossierAnalyzer.Result {
        let loaded = ContentLoader(root: site.root, cache: cache).load()
        var corpus = try #require(loaded.corpus, "\(loaded.diagnostics)")
        return DossierAnalyzer().analyze(takingArticlesFrom: &corpus, cache: cache)
    }

    /// Everything the pages and reviews read of the insight, in order.
    static func describe(_ insight: Insight) -> [String] {
        func figure(_ figure: Figure) -> String {
            "\(figure.articleSlug) \(figure.text) \(figure.value) \(figure.measure) \(figure.corrected) \(figure.topicSlug ?? "-")"
        }
        var lines: [String] = []
        for group in insight.quoteGroups {
            lines.append("quote \(group.text) \(group.topicSlugs) \(group.speakers) \(group.articleCount)")
            lines += group.quotations.map { "  \($0.articleSlug) \($0.text) \($0.speaker ?? "-") \($0.speakerIsPerson) \($0.corrected)" }
        }
        for group in insight.figureGroups {
            lines.append("figures \(group.measure) \(group.unit) \(group.topicSlug ?? "-") \(group.articleCount) \(group.disagrees) \(group.isReconcilable)")
            lines += group.figures.map { "  " + figure($0) }
            lines += group.values.map { value in "  = \(value.value): " + value.figures.map(figure).joined(separator: "; ") }
        }
        lines.append("stories \(insight.coverage.syndicated)")
        for (outlet, topics) in insight.coverage.counts.sorted(by: { $0.key < $1.key }) {
            lines.append("outlet \(outlet) \(topics.sorted { $0.key < $1.key })")
        }
        for (topic, reach) in insight.coverage.reach.sorted(by: { $0.key < $1.key }) { lines.append("reach \(topic) \(reach)") }
        for entry in insight.timeline {
            lines.append("event \(entry.date) \(entry.key ?? "-") \(entry.topicSlugs) \(entry.articleCount) \(entry.statedDates)")
            lines += entry.reports.map { "  \($0.articleSlug) \($0.date) \($0.phrase) \($0.corrected) \($0.sentence)" }
        }
        return lines
    }

    /// Fails with the first line that differs, not both whole descriptions.
    static func expectSame(_ incremental: Insight, _ full: Insight, _ name: String) {
        let a = describe(incremental), b = describe(full)
        guard a != b else { return }
        let index = a.indices.first { $0 >= b.count || a[$0] != b[$0] } ?? b.count
        Issue.record("\(name): line \(index) is \(index < a.count ? a[index] : "missing"), a full analysis has \(index < b.count ? b[index] : "nothing")")
    }

    /// Sentences an editor adds: figures for measures other articles give, with values that
    /// agree or not, events other articles date the same way or otherwise, and quotes other
    /// articles carry, worded the same or not, said by the same speaker or another.
    static let additions = [
        "The S-400 contract was signed on 5 October 2018.",
        "The S-400 contract was signed in 2019, an official said.",
        // The same date and opening words, other endings (one not ASCII): ordered by sentence.
        "The S-400 contract was signed on 5 October 2018 in New Delhi.",
        "The S-400 contract was signed on 5 October 2018 — a first for India.",
        "The first S-400 squadron arrived in December 2021.",
        "Talks resumed in March 2020.",
        "The S-400 deal is worth $5.4 billion, officials said.",
        "The S-400 deal is worth $6.1 billion, a ministry source said.",
        "India will buy five S-400 units under the deal.",
        "The AK-203 contract covers more than 600,000 rifles.",
        "The deal is valued at ₹40,000 crore.",
        "\"No outside power can dictate to India and Russia how they should build their military partnership,\" Lavrov said.",
        "\"No outside power can dictate to India and Russia how to build their partnership,\" Shoigu said.",
        "\"Our requirements are assessed by our armed forces and by nobody else,\" the minister said.",
        "\"We have not made a determination on a potential waiver,\" a US official said. \"We see no obstacles to completing the contract as planned,\" he added.",
        "\"This is a quote nobody else carries, about the weather in Delhi this week,\" a reporter said.",
    ]

    @Test func editsRegroupToWhatAFullAnalysisMakes() throws {
        let site = try Self.site()
        defer { site.remove() }
        let cache = BuildCache()
        _ = try Self.analyze(site, cache: cache)
        let folder = site.root.appendingPathComponent("content/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        var originals: [String: String] = [:]
        for name in names { originals[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        var random = SplitMix(seed: 6)
        for step in 0..<50 {
            let name = names[random.int(0..<names.count)]
            let path = "content/articles/\(name)"
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let edit: String
            switch random.int(0..<5) {
            case 0, 1: edit = text + "\n" + Self.additions[random.int(0..<Self.additions.count)] + "\n"
            case 2:
                // The last paragraph dropped: figures leave their groups, sometimes the last of a group.
                var paragraphs = text.components(separatedBy: "\n\n")
                if paragraphs.count > 2 { paragraphs.removeLast() }
                edit = paragraphs.joined(separator: "\n\n") + "\n"
            case 3 where !text.contains("corrections:"):
                // A correction that hides a quote, figure or event it names, or matches none (a diagnostic).
                let (target, match) = [("figure", "billion"), ("figure", "no such figure"), ("event", "2018"), ("event", "no such date"),
                                       ("quote", "outside power"), ("quote", "no such quote")][random.int(0..<6)]
                edit = text.replacingOccurrences(of: "\ntitle:", with: "\ncorrections:\n  - \(target): \"\(match)\"\n    hide: true\ntitle:")
            default: edit = originals[name]!
            }
            try site.write(path, edit)
            let incremental = try Self.analyze(site, cache: cache)
            let full = try Self.analyze(site, cache: nil)
            Self.expectSame(incremental.dossier.insight, full.dossier.insight, "step \(step): \(name)")
            #expect(incremental.diagnostics == full.diagnostics, "step \(step): \(name)")
        }
        // The edits were brought up to date, not all remade.
        #expect(cache.regroupings["quotes", default: 0] >= 10, "\(cache.regroupings)")
        #expect(cache.regroupings["figures", default: 0] >= 10, "\(cache.regroupings)")
        #expect(cache.regroupings["timeline", default: 0] >= 10, "\(cache.regroupings)")
        #expect(cache.regroupings["coverage", default: 0] >= 10, "\(cache.regroupings)")
    }

    /// A shingle held by more than `QuoteGrouper.commonShingle` quotes links nothing: the same
    /// words in one quote more or one fewer join or part every quote that holds them, in
    /// articles the edit did not touch.
    @Test func aShingleThatStopsOrStartsBeingCommonRegroupsEveryQuoteHoldingIt() throws {
        let count = QuoteGrouper.commonShingle + 1
        var articles: [String: String] = [:]
        for index in 0..<count {
            articles["statement-\(index).md"] = """
                ---
                title: Statement \(index)
                date: 2021-12-\(String(format: "%02d", index % 28 + 1))
                source: Outlet \(index % 7)
                ---
                "We will keep to the agreed schedule for every delivery," the minister said in statement \(index).
                """
        }
        let site = try FixtureSite(articles: articles)
        defer { site.remove() }
        let cache = BuildCache()
        let quoted = try Self.analyze(site, cache: cache).dossier.insight
        #expect(quoted.quoteGroups.count == count, "as common as this, the words link nothing")
        let last = "statement-\(count - 1).md"
        for (step, text) in [articles[last]!.replacingOccurrences(of: "\"We will keep to the agreed schedule for every delivery,\" the minister said", with: "The minister spoke"), articles[last]!].enumerated() {
            try site.write("content/articles/" + last, text)
            let incremental = try Self.analyze(site, cache: cache).dossier.insight
            let full = try Self.analyze(site, cache: nil).dossier.insight
            #expect(full.quoteGroups.count == (step == 0 ? 1 : count))
            Self.expectSame(incremental, full, "step \(step)")
        }
        #expect(cache.regroupings["quotes", default: 0] == 2, "\(cache.regroupings)")
    }
}
