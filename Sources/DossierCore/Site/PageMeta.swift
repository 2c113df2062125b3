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
    var structuredData: (any JSONLDWritable)?

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
    static func jsonLD(_ object: any JSONLDWritable) -> String {
        var json = JSONWriter()
        object.write(to: &json)
        return json.text
    }

    static func newsArticle(_ analyzed: AnalyzedArticle, topicNames: [String], urls: SiteURLs, language: String) -> SchemaOrg.NewsArticle {
        let article = analyzed.article
        let url = urls.absolute(.article(slug: article.slug))
        return SchemaOrg.NewsArticle(
            headline: article.title, url: url, mainEntityOfPage: url, inLanguage: language,
            about: topicNames.map { SchemaOrg.Thing(name: $0) },
            datePublished: article.date?.iso,
            description: article.summary.isEmpty ? nil : article.summary,
            author: article.author.isEmpty ? nil : SchemaOrg.Named(type: "Person", name: article.author),
            publisher: article.source.isEmpty ? nil : SchemaOrg.Named(type: "Organization", name: article.source),
            isBasedOn: article.url.isEmpty ? nil : article.url)
    }

    static func collectionPage(name: String, description: String, route: Route, items: [(name: String, url: String)],
                               urls: SiteURLs) -> SchemaOrg.CollectionPage {
        SchemaOrg.CollectionPage(
            name: name, description: description, url: urls.absolute(route),
            mainEntity: SchemaOrg.ItemList(
                numberOfItems: items.count,
                itemListElement: items.enumerated().map { SchemaOrg.ListItem(position: $0.offset + 1, name: $0.element.name, url: $0.element.url) }))
    }
}
