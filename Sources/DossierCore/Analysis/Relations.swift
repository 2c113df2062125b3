/// What connects articles, topics and outlets: computed once from the analysed articles.
enum Relations {
    /// How many related articles an article page lists.
    static let relatedArticleLimit = 5

    /// Outlets by name, most articles first; articles keep their newest-first order.
    static func outlets(of articles: [AnalyzedArticle]) -> [OutletCoverage] {
        var bySlug: [String: OutletCoverage] = [:]
        var order: [String] = []
        // By index: copying a whole article costs more than the work.
        for index in articles.indices {
            let slug = articles[index].outletSlug
            if bySlug[slug] == nil {
                let source = articles[index].article.source
                bySlug[slug] = OutletCoverage(name: source.isEmpty ? OutletCoverage.unknownName : source, slug: slug, articleSlugs: [])
                order.append(slug)
            }
            bySlug[slug]!.articleSlugs.append(articles[index].article.slug)
        }
        return order.compactMap { bySlug[$0] }.sorted {
            ($0.articleSlugs.count, $1.name) > ($1.articleSlugs.count, $0.name)
        }
    }

    static func outletSlug(for source: String) -> String {
        let slug = Slug.make(from: source)
        return slug.isEmpty ? OutletCoverage.unknownSlug : slug
    }

    /// For each article (in the given newest-first order), the articles sharing most topics.
    static func relatedArticles(_ articles: [AnalyzedArticle]) -> [[String]] {
        var byTopic: [String: [Int]] = [:]
        for (index, analyzed) in articles.enumerated() {
            for topic in analyzed.topicSlugs { byTopic[topic, default: []].append(index) }
        }
        // One counting array reused for every article: a dictionary per article costs more than the rest.
        var shared = [Int](repeating: 0, count: articles.count)
        var touched: [Int] = []
        return articles.enumerated().map { index, analyzed in
            for topic in analyzed.topicSlugs {
                for other in byTopic[topic] ?? [] where other != index {
                    if shared[other] == 0 { touched.append(other) }
                    shared[other] += 1
                }
            }
            // Most shared topics first; among equals, the nearer in the newest-first order.
            var best: [(count: Int, index: Int)] = []
            for other in touched {
                let candidate = (count: shared[other], index: other)
                if best.count == relatedArticleLimit,
                   let last = best.last, (last.count, -last.index) >= (candidate.count, -candidate.index) { continue }
                let position = best.firstIndex { ($0.count, -$0.index) < (candidate.count, -candidate.index) } ?? best.count
                best.insert(candidate, at: position)
                if best.count > relatedArticleLimit { best.removeLast() }
            }
            for other in touched { shared[other] = 0 }
            touched.removeAll(keepingCapacity: true)
            return best.map { articles[$0.index].article.slug }
        }
    }

    /// For each topic slug, the topics appearing in the same articles, most shared first.
    static func relatedTopics(_ articles: [AnalyzedArticle], names: [String: String]) -> [String: [(slug: String, shared: Int)]] {
        var counts: [String: [String: Int]] = [:]
        for index in articles.indices {
            let topics = articles[index].topicSlugs
            for topic in topics {
                for other in topics where other != topic { counts[topic, default: [:]][other, default: 0] += 1 }
            }
        }
        return counts.mapValues { others in
            others.map { (slug: $0.key, shared: $0.value) }
                .sorted { ($0.shared, names[$1.slug] ?? $1.slug) > ($1.shared, names[$0.slug] ?? $0.slug) }
        }
    }
}
