/// Every kind of page and file the site has: the one place that decides where each lives.
public enum Route: Sendable, Hashable {
    case home
    /// All articles, newest first; page 1, 2, …
    case articles(page: Int)
    case topics
    case topic(slug: String, page: Int)
    case article(slug: String)
    case outlets
    case outlet(slug: String, page: Int)
    case notFound
    /// Cross-source pages: shared quotations, figures compared, the timeline (each in pages
    /// like a list), coverage.
    case quotes(page: Int)
    case figures(page: Int)
    case timeline(page: Int)
    case coverage
    /// The search page (only when Pagefind is installed).
    case search
    /// Atom feed of the whole dossier.
    case feed
    case topicFeed(slug: String)
    /// The sitemap; past 50,000 URLs, an index of numbered parts.
    case sitemap
    case sitemapPart(Int)
    case robots

    /// Path below the site root: folders end in "/" ("articles/lavrov/"), files do not ("feed.xml").
    public var path: String {
        switch self {
        case .home: return ""
        case .articles(let page): return Self.paged("articles/", page)
        case .topics: return "topics/"
        case .topic(let slug, let page): return Self.paged("topics/\(slug)/", page)
        case .article(let slug): return "articles/\(slug)/"
        case .outlets: return "outlets/"
        case .outlet(let slug, let page): return Self.paged("outlets/\(slug)/", page)
        case .notFound: return "404.html"
        case .quotes(let page): return Self.paged("quotes/", page)
        case .figures(let page): return Self.paged("figures/", page)
        case .timeline(let page): return Self.paged("timeline/", page)
        case .coverage: return "coverage/"
        case .search: return "search/"
        case .feed: return "feed.xml"
        case .topicFeed(let slug): return "topics/\(slug)/feed.xml"
        case .sitemap: return "sitemap.xml"
        case .sitemapPart(let number): return "sitemap-\(number).xml"
        case .robots: return "robots.txt"
        }
    }

    /// The file that serves this route under the output folder (pretty URLs: folders get index.html).
    public var outputFile: String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }

    /// Page n > 1 of a list lives in "page/n/" below the list's first page.
    private static func paged(_ base: String, _ page: Int) -> String {
        page <= 1 ? base : "\(base)page/\(page)/"
    }
}
