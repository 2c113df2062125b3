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

    /// For each article (in the given newest-first order), the articles sharing most topics;
    /// among equals, the newest.
    ///
    /// Comparing every pair is quadratic, and a few topics cover most of a dossier. Instead,
    /// each set of topics lists the articles holding all of it, newest first; an article with
    /// topics T finds the articles sharing c of them in the lists of T's c-topic subsets, from
    /// c = |T| down, and takes the newest ones it still needs. Articles with more than
    /// `subsetLimit` topics (rare) would have too many subsets: they are compared one by one.
    static func relatedArticles(_ articles: [AnalyzedArticle]) -> [[String]] {
        var topicIDs: [String: Int] = [:]
        let topicSets = articles.indices.map { index in
            articles[index].topicSlugs.map { slug in
                if let id = topicIDs[slug] { return id }
                topicIDs[slug] = topicIDs.count
                return topicIDs.count - 1
            }.sorted()
        }
        let wide = topicSets.indices.filter { topicSets[$0].count > subsetLimit }
        var holders: [[Int]: [Int]] = [:]
        for (index, topics) in topicSets.enumerated() where topics.count <= subsetLimit {
            for subset in subsets(of: topics) { holders[subset, default: []].append(index) }
        }
        return topicSets.indices.map { index in
            let ranked = topicSets[index].count > subsetLimit
                ? counted(index, among: topicSets.indices, topicSets)
                : rankedFirst(listed(index, topicSets, holders) + counted(index, among: wide, topicSets))
            return ranked.map { articles[$0.index].article.slug }
        }
    }

    static let subsetLimit = 6

    /// Best first: most shared topics, then the newest (lowest index); at most the limit.
    private static func rankedFirst(_ candidates: [(count: Int, index: Int)]) -> [(count: Int, index: Int)] {
        Array(candidates.sorted { ($0.count, -$0.index) > ($1.count, -$1.index) }.prefix(relatedArticleLimit))
    }

    /// The best related articles among those with at most `subsetLimit` topics, from the subset lists.
    private static func listed(_ index: Int, _ topicSets: [[Int]], _ holders: [[Int]: [Int]]) -> [(count: Int, index: Int)] {
        let topics = topicSets[index]
        var chosen: [(count: Int, index: Int)] = []
        var size = topics.count
        while size > 0, chosen.count < relatedArticleLimit {
            // Every article sharing more than `size` topics is already chosen, so the others in
            // these lists share exactly `size`. Merge the lists, newest first.
            let lists = subsets(of: topics).filter { $0.count == size }.map { holders[$0] ?? [] }
            var positions = [Int](repeating: 0, count: lists.count)
            while chosen.count < relatedArticleLimit {
                var newest = Int.max
                for (list, position) in zip(lists, positions) where position < list.count { newest = min(newest, list[position]) }
                guard newest != .max else { break }
                for which in lists.indices where positions[which] < lists[which].count && lists[which][positions[which]] == newest {
                    positions[which] += 1
                }
                if newest != index, !chosen.contains(where: { $0.index == newest }) { chosen.append((size, newest)) }
            }
            size -= 1
        }
        return chosen
    }

    /// The best related articles among `others`, counting shared topics one by one.
    private static func counted(_ index: Int, among others: some Sequence<Int>, _ topicSets: [[Int]]) -> [(count: Int, index: Int)] {
        let topics = Set(topicSets[index])
        var candidates: [(count: Int, index: Int)] = []
        for other in others where other != index {
            let shared = topicSets[other].reduce(0) { $0 + (topics.contains($1) ? 1 : 0) }
            if shared > 0 { candidates.append((shared, other)) }
        }
        return rankedFirst(candidates)
    }

    /// The non-empty subsets of a sorted list, each sorted.
    private static func subsets(of items: [Int]) -> [[Int]] {
        (1..<(1 << items.count)).map { mask in items.indices.filter { mask & (1 << $0) != 0 }.map { items[$0] } }
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
