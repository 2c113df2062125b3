import Testing
@testable import DossierCore

@Suite("Related articles")
struct RelationsTests {
    /// The definition, pair by pair: most shared topics first, then the newest (lowest index).
    static func bruteForce(_ topicSets: [[String]]) -> [[String]] {
        topicSets.indices.map { index in
            let mine = Set(topicSets[index])
            return topicSets.indices.filter { $0 != index }
                .map { (count: topicSets[$0].filter(mine.contains).count, index: $0) }
                .filter { $0.count > 0 }
                .sorted { ($0.count, -$0.index) > ($1.count, -$1.index) }
                .prefix(Relations.relatedArticleLimit).map { "a\($0.index)" }
        }
    }

    /// Skewed like a real dossier (a few topics in most articles, some articles with many),
    /// over more than 64 topics, so topic sets take more than one word of bits.
    @Test(arguments: [1, 2, 3]) func bitSetsAgreeWithTheDefinition(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let topicSets: [[String]] = (0..<400).map { _ in
            let count = random.int(0..<12) == 0 ? random.int(7...12) : random.int(0...4)
            var topics: [String] = []
            while topics.count < count {
                let topic = random.int(0..<3) == 0 ? "t\(random.int(0..<90))" : "t\(random.int(0..<4))"
                if !topics.contains(topic) { topics.append(topic) }
            }
            return topics
        }
        let articles = topicSets.enumerated().map { index, topics in
            AnalyzedArticle(article: Article(file: "a\(index).md", slug: "a\(index)", title: "A", date: nil, body: ""),
                            html: "", topicSlugs: topics, outletSlug: "x")
        }
        #expect(Set(topicSets.joined()).count > 64)
        #expect(Relations.relatedArticles(articles).map { $0.map { "a\($0)" } } == Self.bruteForce(topicSets))
    }
}
