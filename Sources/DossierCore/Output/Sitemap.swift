/// sitemaps.org XML: the pages of the site with their absolute URLs, and `robots.txt`
/// pointing at it. Article pages carry their publication date as `lastmod`.
public enum Sitemap {
    public static let urlLimit = 50_000

    public static func render(_ routes: [Route], dossier: Dossier, urls: SiteURLs) -> String {
        let dates = Dictionary(dossier.articles.compactMap { analyzed in analyzed.article.date.map { (analyzed.article.slug, $0.iso) } },
                               uniquingKeysWith: { a, _ in a })
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes {
            xml += "  <url><loc>\(AtomFeed.escape(urls.absolute(route)))</loc>"
            if case .article(let slug) = route, let date = dates[slug] { xml += "<lastmod>\(date)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    public static func renderIndex(parts: Int, urls: SiteURLs) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in 1...max(1, parts) {
            xml += "  <sitemap><loc>\(AtomFeed.escape(urls.absolute(.sitemapPart(part))))</loc></sitemap>\n"
        }
        return xml + "</sitemapindex>\n"
    }

    public static func robots(urls: SiteURLs) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute(.sitemap))\n"
    }
}
