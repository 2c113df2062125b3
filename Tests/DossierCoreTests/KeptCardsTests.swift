import Foundation
import Testing
@testable import DossierCore

@Suite("Article cards kept between preview builds")
struct KeptCardsTests {
    /// The preview keeps the article cards a build made (`KeptCards`): the next build uses an
    /// article's card (and its rendered `card_html`) again while its card key, the templates
    /// and the base path stay the same, and makes it afresh otherwise.
    @Test func articleCardsAreKeptWhileTheirArticleIsUnchanged() throws {
        let site = try IncrementalBuildTests.demoCopy()
        defer { site.remove() }
        let cache = BuildCache()
        // The objects themselves, not their identifiers: a freed card's address can be reused.
        func fragments() -> [String: Fragment] {
            guard let kept: KeptCards = cache.take(KeptCards.cacheName) else { return [:] }
            cache.keep(KeptCards.cacheName, kept)
            var found: [String: Fragment] = [:]
            for (slug, index) in kept.position {
                if let fragment = kept.memo.made[index]?["card_html"] as? Fragment { found[slug] = fragment }
            }
            return found
        }
        _ = try IncrementalBuildTests.build(site, cache: cache)
        let first = fragments()
        #expect(first.count == 5)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        try site.write(article, text.replacingOccurrences(of: "title: US Can’t Arm-Twist India – Russian Media", with: "title: A new headline"))
        _ = try IncrementalBuildTests.expectSameAsScratch(site, cache: cache, "a title changed")
        let second = fragments()
        #expect(second.count == 5)
        for (slug, fragment) in second {
            #expect((first[slug] === fragment) == (slug != "us-cant-arm-twist-india"), "\(slug)")
        }
        let config = try String(contentsOf: site.root.appendingPathComponent("dossier.yml"), encoding: .utf8)
        try site.write("dossier.yml", config.replacingOccurrences(of: "http://localhost:1313/", with: "http://localhost:1313/dossier/"))
        _ = try IncrementalBuildTests.expectSameAsScratch(site, cache: cache, "the base path changed")
        let third = fragments()
        #expect(third.count == 5)
        for (slug, fragment) in third { #expect(second[slug] !== fragment, "\(slug)") }
    }
}
