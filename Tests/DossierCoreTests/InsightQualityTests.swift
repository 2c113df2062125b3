import Foundation
import Testing
@testable import DossierCore

/// Extraction quality measured against hand labels: the five demo articles, 27 short
/// articles written to cover the patterns, and 16 more written blind to the extractors
/// (held out: measured, not tuned on). Prints precision and recall per kind; fails
/// below precision 0.9 or recall 0.8.
@Suite("Insight extraction quality on labelled articles")
struct InsightQualityTests {
    static func dossier(at root: URL) throws -> Dossier {
        let loaded = ContentLoader(root: root).load()
        let corpus = try #require(loaded.corpus, "\(loaded.diagnostics)")
        let result = DossierAnalyzer().analyze(corpus)
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return result.dossier
    }

    static func demo() throws -> Dossier { try dossier(at: FixtureSite.repository) }
    static func fixtures() throws -> Dossier { try dossier(at: InsightGold.folder.appendingPathComponent("site")) }
    static func heldOut() throws -> Dossier { try dossier(at: InsightGold.folder.appendingPathComponent("heldout")) }

    @Test func precisionAndRecallPerKind() throws {
        let sets = [("demo", try InsightGold.load("demo-gold.yml").score(try Self.demo())),
                    ("fixtures", try InsightGold.load("site-gold.yml").score(try Self.fixtures())),
                    ("held-out", try InsightGold.load("heldout-gold.yml").score(try Self.heldOut()))]
        var totals = [InsightGold.Score(name: "quotes"), InsightGold.Score(name: "figures"), InsightGold.Score(name: "events")]
        for (name, scores) in sets {
            for (index, score) in [scores.quotes, scores.figures, scores.events].enumerated() {
                print("insight \(name) \(score)")
                for miss in score.misses { print("  \(miss)") }
                totals[index].found += score.found
                totals[index].gold += score.gold
                totals[index].matched += score.matched
            }
        }
        for total in totals {
            print("insight all \(total)")
            #expect(total.precision >= 0.9, "\(total)")
            #expect(total.recall >= 0.8, "\(total)")
        }
    }
}
