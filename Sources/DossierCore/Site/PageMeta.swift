import Foundation

/// Everything a page's `<head>` says about it: title, description, canonical and neighbour
/// links, OpenGraph/Twitter cards, article metadata and JSON-LD. Built in one place from
/// `SiteURLs`, so every absolute URL carries the base URL and its subpath.
struct PageMeta {
    var title: String
    var description: String
    var route: Route
    /// "website" or "article" (OpenGraph).
    var type = "website"
    var publishedTime: String?
    var tags: [String] = []
    var previous: Route?
    var next: Route?
    var feed: (route: Route, title: String)?
    /// schema.org data for the page, serialised as JSON-LD.
    var structuredData: [String: Any]?

    func context(_ urls: SiteURLs) -> [String: Any] {
        var context: [String: Any] = [
            "title": title,
            "description": description,
            "url": urls.link(route),
            "canonical_url": urls.absolute(route),
            "og_type": type,
            "tags": tags,
        ]
        if let publishedTime { context["published_time"] = publishedTime }
        if let previous { context["prev_url"] = urls.link(previous) }
        if let next { context["next_url"] = urls.link(next) }
        if let feed {
            context["feed_url"] = urls.link(feed.route)
            context["feed_title"] = feed.title
        }
        if let structuredData { context["json_ld"] = Self.jsonLD(structuredData) }
        return context
    }

    /// JSON with sorted keys (stable output), safe inside `<script>`: no "<" can close it.
    static func jsonLD(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    static func newsArticle(_ analyzed: AnalyzedArticle, topicNames: [String], urls: SiteURLs, language: String) -> [String: Any] {
        let article = analyzed.article
        var data: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "url": urls.absolute(.article(slug: article.slug)),
            "mainEntityOfPage": urls.absolute(.article(slug: article.slug)),
            "inLanguage": language,
            "about": topicNames.map { ["@type": "Thing", "name": $0] },
        ]
        if let date = article.date { data["datePublished"] = date.iso }
        if !article.summary.isEmpty { data["description"] = article.summary }
        if !article.author.isEmpty { data["author"] = ["@type": "Person", "name": article.author] }
        if !article.source.isEmpty { data["publisher"] = ["@type": "Organization", "name": article.source] }
        if !article.url.isEmpty { data["isBasedOn"] = article.url }
        return data
    }

    static func collectionPage(name: String, description: String, route: Route, items: [(name: String, url: String)],
                               urls: SiteURLs) -> [String: Any] {
        [
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": name,
            "description": description,
            "url": urls.absolute(route),
            "mainEntity": [
                "@type": "ItemList",
                "numberOfItems": items.count,
                "itemListElement": items.enumerated().map { index, item in
                    ["@type": "ListItem", "position": index + 1, "name": item.name, "url": item.url] as [String: Any]
                },
            ] as [String: Any],
        ]
    }
}
