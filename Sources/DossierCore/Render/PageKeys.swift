/// For each page, a hash of everything its data is made from, worked out without building
/// the data: an incremental build skips a page whose key is the one it was last written
/// from. Keys err on the safe side (a list page re-renders when any card on it changes);
/// a missed dependency would leave a page stale, so `BuildCache.checksKeys` makes tests
/// render every page and compare.
struct PageKeys {
    private let contexts: PageContext
    private let cache: BuildCache?
    /// Read once here: each key would otherwise copy the dossier (and retain all its parts).
    private let articles: [AnalyzedArticle]
    private let topicList: [TopicCoverage]
    private let latestArticles: Int
    private let digests: Insight.Digests
    /// What every page shares: settings, the `site` context and the templates.
    private let shared: Int
    /// Each article's card: everything a list, feed or neighbour link shows of it.
    private let cards: PageContext.ArticleLookup
    /// Every card, in order: for pages that may show any article.
    private let catalog: Int
    /// Each topic's coverage: the topic, its explainer, mentions with passages and related topics.
    private let topics: [String: Int]
    private let allTopics: Int
    /// Names and counts of every topic, as topic cards show them.
    private let topicCards: Int
    private let outlets: [String: Int]
    private let allOutlets: Int
    /// The coverage page, made from one part of the insight and cards of any article.
    private let coverage: Int
    /// The quotes, figures and timeline lists and each topic's first page, keyed by the items they show.
    private let insight: InsightKeys

    init(contexts: PageContext, templates: UInt64, cache: BuildCache?) {
        self.contexts = contexts
        self.cache = cache
        let dossier = contexts.dossier
        var sharedHasher = Hasher()
        sharedHasher.combine(dossier.config)
        sharedHasher.combine(ContextHash.value(contexts.site))
        sharedHasher.combine(templates)
        shared = sharedHasher.finalize()

        let articles = dossier.articles
        self.articles = articles
        topicList = dossier.topics
        latestArticles = dossier.config.latestArticles
        digests = dossier.insight.digests
        cards = contexts.articlesBySlug
        var catalogHasher = Hasher()
        for index in articles.indices { catalogHasher.combine(articles[index].cardKey) }
        catalog = catalogHasher.finalize()

        var topics: [String: Int] = [:]
        var allTopicsHasher = Hasher(), topicCardsHasher = Hasher()
        for coverage in dossier.topics {
            let key = coverage.key != 0 ? coverage.key : Self.topic(coverage)
            topics[coverage.topic.slug] = key
            allTopicsHasher.combine(key)
            topicCardsHasher.combine(coverage.topic.slug)
            topicCardsHasher.combine(coverage.topic.name)
            topicCardsHasher.combine(coverage.mentions.count)
        }
        self.topics = topics
        allTopics = allTopicsHasher.finalize()
        topicCards = topicCardsHasher.finalize()

        var outlets: [String: Int] = [:]
        var allOutletsHasher = Hasher()
        for outlet in dossier.outlets {
            let key = outlet.key != 0 ? outlet.key : Self.outlet(outlet)
            outlets[outlet.slug] = key
            allOutletsHasher.combine(key)
        }
        self.outlets = outlets
        allOutlets = allOutletsHasher.finalize()

        coverage = Hashing.of(digests.coverage, catalog, topicCards, allOutlets)
        insight = InsightKeys(contexts: contexts, catalog: catalog, cache: cache)
    }

    /// What the keys read of each page of a plan: its hash and, for an article's page, the
    /// article's position (-1 for none).
    private struct Routing {
        let hashes: [Int], articles: [Int]

        init(_ pages: [PlannedPage], position: [String: Int]) {
            hashes = pages.map { Hashing.of($0) }
            articles = pages.map { page in
                if case .article(let slug) = page.route { return position[slug] ?? -1 }
                return -1
            }
        }
    }

    /// Every page's key (nil for a page this does not know how to key: it is always rendered),
    /// on all cores. What a key reads of the page itself is worked out once per plan: most
    /// rebuilds keep the plan, and hashing 13,000 routes and 10,000 slugs again costs milliseconds.
    func keys(for pages: [PlannedPage], plan: Int) -> [Int?] {
        var routing = cache.memo("page-routing", key: plan) { Routing(pages, position: contexts.position) }
        if routing.hashes.count != pages.count { routing = Routing(pages, position: contexts.position) }
        return Parallel.map(Array(pages.indices)) { index in
            key(for: pages[index], hash: routing.hashes[index], article: routing.articles[index])
        }
    }

    private func key(for page: PlannedPage, hash: Int, article: Int) -> Int? {
        let articles = articles
        var hasher = Hasher()
        hasher.combine(shared)
        hasher.combine(hash)
        // Cards by position where the page has them (most pages): no look-up by slug.
        func combineCards(_ range: Range<Int>) {
            for index in range.clamped(to: articles.indices) { hasher.combine(articles[index].cardKey) }
        }
        func combineCards(_ mentions: [TopicCoverage.Mention], _ range: Range<Int>) {
            for index in range.clamped(to: mentions.indices) { hasher.combine(mentions[index].card) }
        }
        switch page.route {
        case .home:
            hasher.combine(allTopics)
            for index in topicList.indices { combineCards(topicList[index].mentions, 0..<1) }
            combineCards(0..<max(0, latestArticles))
            hasher.combine(allOutlets)
            hasher.combine(digests)
        case .articles:
            combineCards(page.pagination?.range ?? articles.indices)
        case .topics:
            hasher.combine(topicCards)
        case .topic(let slug, let number):
            guard let coverage = contexts.topicsBySlug[slug] else { return nil }
            hasher.combine(topics[slug])
            hasher.combine(topicCards)
            let range = page.pagination?.range ?? coverage.mentions.indices
            combineCards(coverage.mentions, range)
            if number == 1 { hasher.combine(insight.topics[slug]) }
        case .article:
            guard article >= 0 else { return nil }
            let index = article
            // The page shows the article whole: its full content, not just its card.
            hasher.combine(articles[index].identity)
            hasher.combine(articles[index].cardKey)
            for related in articles[index].relatedPositions { hasher.combine(articles[related].cardKey) }
            hasher.combine(0xFEED)
            combineCards(index - 1..<index)
            hasher.combine(0xBEEF)
            combineCards(index + 1..<index + 2)
        case .outlets:
            hasher.combine(allOutlets)
        case .outlet(let slug, _):
            guard let outlet = contexts.outletsBySlug[slug] else { return nil }
            hasher.combine(outlets[slug])
            let range = page.pagination?.range ?? outlet.articleSlugs.indices
            for slug in outlet.articleSlugs[range.clamped(to: outlet.articleSlugs.indices)] { hasher.combine(cards.cardKey(of: slug)) }
        // A list page the keys do not know (none should be) is rendered.
        case .quotes:
            guard let key = page.pagination.flatMap({ insight.quotes[$0.range.lowerBound] }) else { return nil }
            hasher.combine(key)
        case .figures:
            guard let key = page.pagination.flatMap({ insight.figures[$0.range.lowerBound] }) else { return nil }
            hasher.combine(key)
            hasher.combine(topicCards)
        case .timeline:
            guard let key = page.pagination.flatMap({ insight.timeline[$0.range.lowerBound] }) else { return nil }
            hasher.combine(key)
        case .coverage:
            hasher.combine(coverage)
        case .notFound, .search, .robots:
            break
        case .feed:
            hasher.combine(topicCards)
            combineCards(0..<AtomFeed.entryLimit)
        case .topicFeed(let slug):
            guard let coverage = contexts.topicsBySlug[slug] else { return nil }
            hasher.combine(topicCards)
            combineCards(coverage.mentions, 0..<AtomFeed.entryLimit)
        case .sitemap, .sitemapPart:
            hasher.combine(catalog)
        }
        return hasher.finalize()
    }

    /// Everything a topic's pages read of its coverage: the topic, its explainer, its mentions
    /// with their passages and cards, and its related topics.
    static func topic(_ coverage: TopicCoverage) -> Int {
        var hasher = Hasher()
        hasher.combine(coverage.topic)
        hasher.combine(coverage.explainerHTML)
        hasher.combine(coverage.mentions.count)
        // Fields read in place: copying each mention (four strings) would cost more than hashing.
        for index in coverage.mentions.indices { hasher.combine(coverage.mentions[index].key) }
        for related in coverage.related { hasher.combine(related.slug); hasher.combine(related.shared) }
        return hasher.finalize()
    }

    /// Everything an outlet's pages read of it besides the cards: its name and articles.
    static func outlet(_ outlet: OutletCoverage) -> Int {
        Hashing.of(outlet.name, outlet.slug, outlet.articleSlugs)
    }

    /// Everything an article card, feed entry or sitemap line shows of an article.
    static func card(_ article: Article, outletSlug: String, topicSlugs: [String], topicNames: [String: String]) -> Int {
        var hasher = Hasher()
        hasher.combine(article.slug)
        hasher.combine(article.title)
        hasher.combine(article.date)
        hasher.combine(article.source)
        hasher.combine(article.summary)
        hasher.combine(article.author)
        hasher.combine(article.url)
        hasher.combine(outletSlug)
        for slug in topicSlugs {
            hasher.combine(slug)
            hasher.combine(topicNames[slug])
        }
        return hasher.finalize()
    }
}
