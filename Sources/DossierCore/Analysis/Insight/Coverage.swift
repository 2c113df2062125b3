/// Who covered what: articles per outlet and topic, and which articles are one story
/// published by several outlets.
public struct Coverage: Sendable, Hashable {
    /// For each outlet slug, articles per topic slug.
    public var counts: [String: [String: Int]] = [:]
    /// Article slugs that carry the same story (two or more each), oldest cluster first.
    public var syndicated: [[String]] = []
    /// For each topic slug: how far its coverage reaches.
    public var reach: [String: Reach] = [:]

    public struct Reach: Sendable, Hashable {
        public var articles: Int
        /// Named outlets; articles without one are counted in `unknownOutlet`.
        public var outlets: Int
        public var unknownOutlet: Int
        /// Articles left once each syndicated story counts once.
        public var independentReports: Int
    }

    public init() {}

    init(articles: [AnalyzedArticle], signatures: [[UInt64]]) {
        self.init(articles: articles, clusters: Syndication.clusters(signatures: signatures))
    }

    /// `clusters`: positions of the articles that carry the same story (see `Syndication`).
    init(articles: [AnalyzedArticle], clusters: [[Int]]) {
        for analyzed in articles {
            for topic in analyzed.topicSlugs { counts[analyzed.outletSlug, default: [:]][topic, default: 0] += 1 }
        }
        syndicated = clusters.map { $0.map { articles[$0].article.slug } }
        var story = Array(articles.indices)
        for cluster in clusters { for index in cluster { story[index] = cluster[0] } }
        // Modified in place: copying an entry out and back would copy its sets on every article.
        var byTopic: [String: (articles: Int, outlets: Set<String>, unknown: Int, stories: Set<Int>)] = [:]
        for (index, analyzed) in articles.enumerated() {
            for topic in analyzed.topicSlugs {
                byTopic[topic, default: (0, [], 0, [])].articles += 1
                if analyzed.outletSlug == OutletCoverage.unknownSlug {
                    byTopic[topic]!.unknown += 1
                } else {
                    byTopic[topic]!.outlets.insert(analyzed.outletSlug)
                }
                byTopic[topic]!.stories.insert(story[index])
            }
        }
        reach = byTopic.mapValues {
            Reach(articles: $0.articles, outlets: $0.outlets.count, unknownOutlet: $0.unknown, independentReports: $0.stories.count)
        }
    }
}
