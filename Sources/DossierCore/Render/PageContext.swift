import Foundation

/// Builds the data each template receives (documented in templates/README.md).
///
/// Values are plain strings, booleans, arrays and dictionaries, and the objects that render
/// a partial once for many pages (`Fragment`, `FragmentItem`): Mustache escapes every
/// `{{value}}`, so article text is always data. Only `*_html` values (rendered by cmark-gfm
/// or from a partial) and `page.json_ld` (built by `PageMeta`) are meant for triple braces.
public struct PageContext {
    let dossier: Dossier
    let urls: SiteURLs
    /// Articles by slug, looked up through `position` rather than copied into a dictionary.
    let articlesBySlug: ArticleLookup
    let topicsBySlug: [String: TopicCoverage]
    let outletsBySlug: [String: OutletCoverage]
    /// Position of each article in the newest-first order, for previous/next links.
    let position: [String: Int]
    /// Each topic's part of the insight, sorted out once rather than for every topic page.
    let insightByTopic: [String: TopicInsight]
    /// The site-wide quotes, figures and timeline lists, sorted out once rather than for every page of them.
    let lists: InsightLists
    /// The `site` context, the same on every page.
    let site: [String: Any]
    let cards: CardMemo<[String: Any]>
    /// What the cards were made with besides their articles (`KeptCards.shape`).
    let cardShape: Int
    /// Each topic's related topics (by position in `dossier.topics`), shown on every page of
    /// it, and rendered once (`Fragment`).
    let relatedTopics: CardMemo<(cards: [[String: Any]], html: Fragment?)>
    let topicPositions: [String: Int]
    /// For the partials rendered once and shown on many pages (`Fragment`).
    let templates: TemplateSet
    /// The timeline entries' renderings, kept between preview builds.
    let timelineEntries: KeptFragments

    struct ArticleLookup {
        let articles: [AnalyzedArticle]
        let position: [String: Int]

        /// One build's timeline entry keys, worked out once (`InsightKeys.timelineEntry`).
        let timelineEntryKeys = TimelineEntryKeys()

        subscript(slug: String) -> AnalyzedArticle? { position[slug].map { articles[$0] } }

        /// The article's card key (`PageKeys.card`), read in place: page keys ask for thousands.
        func cardKey(of slug: String) -> Int? { position[slug].map { articles[$0].cardKey } }
    }

    public init(dossier: Dossier, urls: SiteURLs, templates: TemplateSet) {
        self.init(dossier: dossier, urls: urls, templates: templates, cache: nil)
    }

    /// With a cache, each topic's part of the insight is sorted out again only when the insight changed.
    init(dossier: Dossier, urls: SiteURLs, templates: TemplateSet, cache: BuildCache?) {
        self.dossier = dossier
        self.urls = urls
        self.templates = templates
        cardShape = KeptCards.shape(templates: templates, urls: urls)
        // The masthead and footer show only `site` values: rendered once for every page.
        var site = Self.site(dossier, urls: urls)
        let fields: [String: Any] = ["site": site], lock = NSLock()
        for name in ["header_html", "footer_html"] {
            site[name] = Fragment(Fragment.partials[name]!, context: fields, templates: templates, lock: lock)
        }
        self.site = site
        topicsBySlug = Dictionary(dossier.topics.map { ($0.topic.slug, $0) }, uniquingKeysWith: { a, _ in a })
        outletsBySlug = Dictionary(dossier.outlets.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        // By index, here and wherever all articles are read: copying a whole article costs more than the work.
        let articles = dossier.articles
        // The same order (most rebuilds) has the same positions: 10,000 slugs are not hashed again.
        let makePositions = { Dictionary(articles.indices.map { (articles[$0].article.slug, $0) }, uniquingKeysWith: { a, _ in a }) }
        position = dossier.orderKey.map { cache.memo("positions", key: $0, make: makePositions) } ?? makePositions()
        articlesBySlug = ArticleLookup(articles: dossier.articles, position: position)
        let shape = cardShape
        let kept: KeptCards? = cache?.take(KeptCards.cacheName)
        cards = kept.map { $0.cards(for: dossier, shape: shape) } ?? CardMemo(count: articles.count)
        insightByTopic = TopicInsight.byTopic(dossier.insight, cache: cache)
        lists = InsightLists(dossier.insight, cache: cache)
        relatedTopics = CardMemo(count: dossier.topics.count)
        topicPositions = Dictionary(dossier.topics.indices.map { (dossier.topics[$0].topic.slug, $0) }, uniquingKeysWith: { a, _ in a })
        timelineEntries = KeptFragments.timeline(templates: templates, shape: shape, cache: cache)
    }

    /// Keeps the cards and timeline entries this build made for the next (the preview's
    /// cache), once it rendered.
    func keepForNextBuild(in cache: BuildCache?) {
        guard let cache else { return }
        cache.keep(KeptCards.cacheName, KeptCards(shape: cardShape, orderKey: dossier.orderKey, position: position,
                                                  keys: dossier.articles.map(\.cardKey), memo: cards))
        cache.keep(KeptFragments.timelineCacheName, timelineEntries.forNextBuild {
            // As far as the lists' pages show them: the whole timeline is a hundred thousand entries.
            var keys = Set(lists.timeline.prefix(Insight.listLimit).map { InsightKeys.timelineEntry($0, cards: articlesBySlug) })
            for topic in insightByTopic.values {
                for entry in topic.timeline.prefix(Self.topicListLimit) { keys.insert(InsightKeys.timelineEntry(entry, cards: articlesBySlug)) }
            }
            return keys
        })
    }

    public func context(for page: PlannedPage) -> [String: Any] {
        var context: [String: Any] = ["site": site]
        let meta: PageMeta
        switch page.route {
        case .home:
            meta = home(&context)
        case .articles:
            meta = allArticles(page.pagination, &context)
        case .topics:
            meta = PageMeta(title: "Topics", description: "Every topic \(dossier.config.title) follows.", route: .topics)
            context["topics"] = dossier.topics.map(topicCard)
        case .topic(let slug, _):
            guard let coverage = topicsBySlug[slug] else { return context }
            meta = topic(coverage, page.pagination, &context)
        case .article(let slug):
            guard let analyzed = articlesBySlug[slug] else { return context }
            meta = article(analyzed, &context)
        case .outlets:
            meta = PageMeta(title: "Outlets", description: "The outlets whose reports \(dossier.config.title) collects.", route: .outlets)
            context["outlets"] = dossier.outlets.map(outletCard)
        case .outlet(let slug, _):
            guard let outlet = outletsBySlug[slug] else { return context }
            meta = self.outlet(outlet, page.pagination, &context)
        case .quotes:
            meta = quotesPage(page.pagination, &context)
        case .figures:
            meta = figuresPage(page.pagination, &context)
        case .timeline:
            meta = timelinePage(page.pagination, &context)
        case .coverage:
            meta = coveragePage(&context)
        case .notFound:
            meta = PageMeta(title: "Page not found", description: "There is no page at this address.", route: .notFound)
        case .search:
            meta = PageMeta(title: "Search", description: "Search every article in \(dossier.config.title).", route: .search)
        case .feed, .topicFeed, .sitemap, .sitemapPart, .robots:
            return context
        }
        context["page"] = meta.context(urls)
        return context
    }

    private func home(_ context: inout [String: Any]) -> PageMeta {
        context["is_home"] = true
        context["topics"] = dossier.topics.map { coverage in
            var card = topicCard(coverage)
            if let newest = coverage.mentions.first.flatMap({ articlesBySlug[$0.articleSlug] }) { card["latest"] = articleCard(newest) }
            return card
        }
        let latest = dossier.articles.prefix(dossier.config.latestArticles)
        context["latest"] = latest.map(articleCard)
        context["has_latest"] = !latest.isEmpty
        context["has_more_articles"] = dossier.articles.count > latest.count
        context["outlets"] = dossier.outlets.map(outletCard)
        let insight = dossier.insight
        let sharedQuotes = insight.quoteGroups.filter { $0.articleCount > 1 }
        context["insight"] = [
            "quotes_label": "\(plural(sharedQuotes.count, "shared quotation")), \(plural(insight.quoteGroups.filter(\.hasAttributionConflict).count, "attribution conflict"))",
            "figures_label": plural(insight.figureGroups.filter(\.disagrees).count, "disagreement"),
            "timeline_label": "\(plural(insight.timeline.count, "event")), \(plural(insight.timeline.filter { $0.isDisputed }.count, "event")) dated differently",
            "coverage_label": plural(insight.coverage.syndicated.count, "story", "stories") + " carried by several outlets",
        ]
        var meta = PageMeta(title: dossier.config.title, description: dossier.config.description, route: .home)
        meta.feed = (.feed, "\(dossier.config.title): all articles")
        return meta
    }

    private func allArticles(_ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        let pages = pagination ?? Pagination.pages(count: dossier.articles.count, pageSize: dossier.config.pageSize)[0]
        let items = dossier.articles[pages.range]
        context["articles"] = items.map(articleCard)
        context["pagination"] = paginationContext(pages) { .articles(page: $0) }
        var meta = PageMeta(title: pages.page > 1 ? "All articles, page \(pages.page)" : "All articles",
                            description: "Every article in \(dossier.config.title), newest first.",
                            route: .articles(page: pages.page))
        meta.previous = pages.previous.map { .articles(page: $0) }
        meta.next = pages.next.map { .articles(page: $0) }
        meta.feed = (.feed, "\(dossier.config.title): all articles")
        return meta
    }

    private func topic(_ coverage: TopicCoverage, _ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        let slug = coverage.topic.slug
        let pages = pagination ?? Pagination.pages(count: coverage.mentions.count, pageSize: dossier.config.pageSize)[0]
        context["topic"] = topicCard(coverage).merging([
            "explainer_html": pages.page == 1 ? coverage.explainerHTML : "",
            "has_explainer": pages.page == 1 && !coverage.explainerHTML.isEmpty,
            "feed_url": urls.link(.topicFeed(slug: slug)),
        ]) { $1 }
        // Quotes, figures and timeline head the topic's first page only.
        context["insight"] = pages.page == 1 ? topicInsight(slug) : [:]
        let mentions = coverage.mentions[pages.range].compactMap { mention -> [String: Any]? in
            guard let article = articlesBySlug[mention.articleSlug] else { return nil }
            return articleCard(article).merging(["passage": mention.passage.map(passageContext) as Any,
                                                 "has_passage": mention.passage != nil]) { $1 }
        }
        context["mentions"] = mentions
        let related = relatedTopicCards(coverage)
        context["related_topics"] = related.cards
        context["has_related_topics"] = !related.cards.isEmpty
        if let html = related.html { context["related_topics_html"] = html }
        context["pagination"] = paginationContext(pages) { .topic(slug: slug, page: $0) }
        let description = "\(coverage.topic.name): \(countLabel(coverage.mentions.count)) in \(dossier.config.title), newest first."
        var meta = PageMeta(title: pages.page > 1 ? "\(coverage.topic.name), page \(pages.page)" : coverage.topic.name,
                            description: description, route: .topic(slug: slug, page: pages.page))
        meta.previous = pages.previous.map { .topic(slug: slug, page: $0) }
        meta.next = pages.next.map { .topic(slug: slug, page: $0) }
        meta.feed = (.topicFeed(slug: slug), "\(dossier.config.title): \(coverage.topic.name)")
        let collection = PageMeta.collectionPage(
            name: coverage.topic.name, description: description, route: .topic(slug: slug, page: pages.page),
            items: coverage.mentions[pages.range].compactMap { mention in
                articlesBySlug[mention.articleSlug].map { ($0.article.title, urls.absolute(.article(slug: $0.article.slug))) }
            }, urls: urls)
        meta.structuredData = SchemaOrg.Graph(graph: [.collectionPage(collection)] + (pages.page == 1 ? topicInsightData(slug) : []))
        return meta
    }

    private func article(_ analyzed: AnalyzedArticle, _ context: inout [String: Any]) -> PageMeta {
        let article = analyzed.article
        context["article"] = articleCard(analyzed).merging([
            "body_html": analyzed.html,
            "author": article.author,
            "has_author": !article.author.isEmpty,
            "original_url": article.url,
            "has_original_url": !article.url.isEmpty,
        ]) { $1 }
        let related = analyzed.related.compactMap { articlesBySlug[$0] }.map(articleCard)
        context["related"] = related
        context["has_related"] = !related.isEmpty
        let index = position[article.slug] ?? 0
        // Newest-first order: the newer article stands before, the older after.
        if index > 0 { context["newer"] = articleCard(dossier.articles[index - 1]) }
        if index + 1 < dossier.articles.count { context["older"] = articleCard(dossier.articles[index + 1]) }
        let topicNames = analyzed.topicSlugs.compactMap { topicsBySlug[$0]?.topic.name }
        var meta = PageMeta(title: article.title,
                            description: article.summary.isEmpty ? dossier.config.description : article.summary,
                            route: .article(slug: article.slug))
        meta.type = "article"
        meta.publishedTime = article.date?.iso
        meta.tags = topicNames
        meta.structuredData = PageMeta.newsArticle(analyzed, topicNames: topicNames, urls: urls, language: dossier.config.language)
        return meta
    }

    private func outlet(_ outlet: OutletCoverage, _ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        let pages = pagination ?? Pagination.pages(count: outlet.articleSlugs.count, pageSize: dossier.config.pageSize)[0]
        context["outlet"] = outletCard(outlet)
        context["articles"] = outlet.articleSlugs[pages.range].compactMap { articlesBySlug[$0] }.map(articleCard)
        context["pagination"] = paginationContext(pages) { .outlet(slug: outlet.slug, page: $0) }
        var meta = PageMeta(title: pages.page > 1 ? "\(outlet.name), page \(pages.page)" : outlet.name,
                            description: "\(countLabel(outlet.articleSlugs.count)) from \(outlet.name) in \(dossier.config.title).",
                            route: .outlet(slug: outlet.slug, page: pages.page))
        meta.previous = pages.previous.map { .outlet(slug: outlet.slug, page: $0) }
        meta.next = pages.next.map { .outlet(slug: outlet.slug, page: $0) }
        return meta
    }
}
