import Foundation
import Testing
@testable import DossierCore

/// The repository's own content/: the demo the README builds.
@Suite("The demo dossier")
struct DemoDossierTests {
    @Test func buildsFiveArticlesAndFourTopicsWithTheExpectedCounts() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try BuildPipeline(options: BuildOptions(source: FixtureSite.repository, output: output)).build()
        #expect(report.diagnostics.isEmpty)

        let articles = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("articles").path)
            .filter { $0 != "index.html" }
        #expect(articles.count == 5)
        let expected = ["s-400": 5, "caatsa": 5, "aukus": 2, "ak-203": 2]
        let topics = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("topics").path)
            .filter { $0 != "index.html" }
        #expect(Set(topics) == Set(expected.keys))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for (slug, count) in expected {
            let page = try String(contentsOf: output.appendingPathComponent("topics/\(slug)/index.html"), encoding: .utf8)
            #expect(page.components(separatedBy: "class=\"passage\"").count - 1 == count, "\(slug) passages")
            #expect(home.contains("href=\"/topics/\(slug)/\">") && home.contains("\(count) articles"))
        }
    }

    @Test func reviewListsWhatTheClippingsDoNotSay() throws {
        let report = try BuildPipeline(options: BuildOptions(source: FixtureSite.repository)).check()
        let missingDates = report.review.filter { $0.reason.hasPrefix("publication date unknown") }
        let missingURLs = report.review.filter { $0.reason.hasPrefix("original article address unknown") }
        #expect(missingDates.count == 4, "only one clipping carries a date marker")
        #expect(missingURLs.count == 5, "no clipping carries its address")
        // `build` counts what `check` lists, without wording each item.
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-review-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try BuildPipeline(options: BuildOptions(source: FixtureSite.repository, output: output)).build()
        #expect(built.reviewCount == report.review.count && report.reviewCount == report.review.count)
        #expect(built.review.isEmpty)
    }
}
