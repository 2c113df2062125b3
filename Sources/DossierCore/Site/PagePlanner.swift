/// A file of the site to produce: where it lives and what draws it.
public struct PlannedPage: Sendable, Hashable {
    public enum Renderer: Sendable, Hashable {
        /// A Mustache template from `templates/`.
        case template(String)
        /// The Atom feed of the whole dossier, or of one topic.
        case atomFeed(topicSlug: String?)
        /// A sitemap listing these pages, or an index of the numbered sitemap parts.
        case sitemap([Route])
        case sitemapIndex(parts: Int)
        case robots
    }

    public var route: Route
    public var renderer: Renderer
    /// For lists split over several pages.
    public var pagination: Pagination?

    /// Whether it lists pages for search engines (the largest single pieces of work).
    var isSitemap: Bool {
        if case .sitemap = renderer { return true }
        return false
    }

    public init(route: Route, renderer: Renderer, pagination: Pagination? = nil) {
        self.route = route
        self.renderer = renderer
        self.pagination = pagination
    }
}

/// Decides the site's page set from the analysed dossier.
public enum PagePlanner {
    /// Templates the page set needs; a dossier's `templates/` must provide them.
    public static let requiredTemplates = ["index", "articles", "article", "topics", "topic", "outlets", "outlet", "404",
                                           "quotes", "figures", "timeline", "coverage"]
    /// Needed only when search is on.
    public static let searchTemplate = "search"

    public static func plan(_ dossier: Dossier) -> [PlannedPage] {
        let size = dossier.config.pageSize
        var pages = [
            PlannedPage(route: .home, renderer: .template("index")),
            PlannedPage(route: .topics, renderer: .template("topics")),
            PlannedPage(route: .outlets, renderer: .template("outlets")),
            PlannedPage(route: .notFound, renderer: .template("404")),
            PlannedPage(route: .coverage, renderer: .template("coverage")),
            PlannedPage(route: .feed, renderer: .atomFeed(topicSlug: nil)),
        ]
        let counts = dossier.insight.listedCounts
        let lists: [(count: Int, name: String, route: (Int) -> Route)] = [
            (counts.quotes, "quotes", { .quotes(page: $0) }),
            (counts.figures, "figures", { .figures(page: $0) }),
            (counts.timeline, "timeline", { .timeline(page: $0) }),
        ]
        for list in lists {
            pages += insightListPages(list.count, pageSize: size).map {
                PlannedPage(route: list.route($0.page), renderer: .template(list.name), pagination: $0)
            }
        }
        if dossier.hasSearch { pages.append(PlannedPage(route: .search, renderer: .template(searchTemplate))) }
        pages += Pagination.pages(count: dossier.articles.count, pageSize: size).map {
            PlannedPage(route: .articles(page: $0.page), renderer: .template("articles"), pagination: $0)
        }
        for coverage in dossier.topics {
            let slug = coverage.topic.slug
            pages += Pagination.pages(count: coverage.mentions.count, pageSize: size).map {
                PlannedPage(route: .topic(slug: slug, page: $0.page), renderer: .template("topic"), pagination: $0)
            }
            pages.append(PlannedPage(route: .topicFeed(slug: slug), renderer: .atomFeed(topicSlug: slug)))
        }
        for outlet in dossier.outlets {
            pages += Pagination.pages(count: outlet.articleSlugs.count, pageSize: size).map {
                PlannedPage(route: .outlet(slug: outlet.slug, page: $0.page), renderer: .template("outlet"), pagination: $0)
            }
        }
        pages += dossier.articles.map { PlannedPage(route: .article(slug: $0.article.slug), renderer: .template("article")) }
        return pages + sitemaps(listing: pages) + [PlannedPage(route: .robots, renderer: .robots)]
    }

    /// A hash of everything `plan` reads: the same key, the same pages. (Articles count by
    /// their card key, which holds the slug: reading a number per article keeps a preview
    /// rebuild of a large dossier from hashing every slug.)
    static func key(_ dossier: Dossier) -> Int {
        var hasher = Hasher()
        hasher.combine(dossier.config.pageSize)
        hasher.combine(dossier.hasSearch)
        // The lists' pages hold at most `Insight.listLimit` items: an event listed past them
        // (a date edit in a large dossier) keeps the plan, and the rebuild its quick path.
        let counts = dossier.insight.listedCounts
        for count in [counts.quotes, counts.figures, counts.timeline] { hasher.combine(min(count, Insight.listLimit)) }
        hasher.combine(dossier.articles.count)
        for index in dossier.articles.indices { hasher.combine(dossier.articles[index].cardKey) }
        for coverage in dossier.topics { hasher.combine(coverage.topic.slug); hasher.combine(coverage.mentions.count) }
        for outlet in dossier.outlets { hasher.combine(outlet.slug); hasher.combine(outlet.articleSlugs.count) }
        return hasher.finalize()
    }

    /// How many pages a site-wide insight list takes: at most `Insight.listLimit` items, `page_size` a page.
    static func insightListPages(_ count: Int, pageSize: Int) -> [Pagination] {
        Pagination.pages(count: min(count, Insight.listLimit), pageSize: pageSize)
    }

    /// Every HTML page but the 404 goes in the sitemap; a sitemap holds at most 50,000 URLs
    /// (sitemaps.org), so larger sites get an index of parts.
    static func sitemaps(listing pages: [PlannedPage]) -> [PlannedPage] {
        let routes = pages.compactMap { page -> Route? in
            guard case .template = page.renderer, page.route != .notFound else { return nil }
            return page.route
        }
        let limit = Sitemap.urlLimit
        guard routes.count > limit else { return [PlannedPage(route: .sitemap, renderer: .sitemap(routes))] }
        let parts = stride(from: 0, to: routes.count, by: limit).map { Array(routes[$0..<min($0 + limit, routes.count)]) }
        return [PlannedPage(route: .sitemap, renderer: .sitemapIndex(parts: parts.count))]
            + parts.enumerated().map { PlannedPage(route: .sitemapPart($0.offset + 1), renderer: .sitemap($0.element)) }
    }
}
