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
        var outlets = order.compactMap { bySlug[$0] }.sorted {
            ($0.articleSlugs.count, $1.name) > ($1.articleSlugs.count, $0.name)
        }
        for index in outlets.indices { outlets[index].key = PageKeys.outlet(outlets[index]) }
        return outlets
    }

    static func outletSlug(for source: String) -> String {
        let slug = Slug.make(from: source)
        return slug.isEmpty ? OutletCoverage.unknownSlug : slug
    }

    /// For each article (in the given newest-first order), the articles sharing most topics;
    /// among equals, the newest.
    ///
    /// Every pair is compared, but as bit sets: one AND and a population count per 64 topics,
    /// so 10,000 articles take about a tenth of a second on two cores. (Lists per topic looked
    /// cheaper, but a few topics cover most of a dossier, which makes them quadratic too.)
    /// Positions in `articles`, best first.
    static func relatedArticles(_ articles: [AnalyzedArticle]) -> [[Int]] {
        var topicIDs: [String: Int] = [:]
        for index in articles.indices {
            for slug in articles[index].topicSlugs where topicIDs[slug] == nil { topicIDs[slug] = topicIDs.count }
        }
        let words = max(1, (topicIDs.count + 63) / 64)
        // Article i's topics are bits of words i*words ..< (i+1)*words.
        var bits = [UInt64](repeating: 0, count: articles.count * words)
        for index in articles.indices {
            for slug in articles[index].topicSlugs {
                let id = topicIDs[slug]!
                bits[index * words + id / 64] |= 1 << UInt64(id % 64)
            }
        }
        let related = Parallel.map(Array(articles.indices)) { index -> [Int] in
            // Best first: most shared, then lowest index. Scanning in index order, a later
            // article only enters with strictly more shared topics than the worst kept.
            var best: [(count: Int, index: Int)] = []
            var floor = 0
            bits.withUnsafeBufferPointer { bits in
                // No article shares more topics than this one has: once the list is full of
                // articles sharing all of them, none can enter and the scan stops.
                var most = 0
                for word in 0..<words { most += bits[index * words + word].nonzeroBitCount }
                for other in 0..<articles.count where other != index {
                    if floor == most { break }
                    var shared = 0
                    if words == 1 {
                        shared = (bits[index] & bits[other]).nonzeroBitCount
                    } else {
                        for word in 0..<words { shared += (bits[index * words + word] & bits[other * words + word]).nonzeroBitCount }
                    }
                    guard shared > floor else { continue }
                    let position = best.firstIndex { $0.count < shared } ?? best.count
                    best.insert((shared, other), at: position)
                    if best.count > relatedArticleLimit { best.removeLast() }
                    if best.count == relatedArticleLimit { floor = best[best.count - 1].count }
                }
            }
            return best.map(\.index)
        }
        return related
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
