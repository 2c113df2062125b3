/// Atom (RFC 4287) feeds for the whole dossier and for each topic: the newest entries, with
/// stable ids (the article's URL) and no build timestamps, so identical input gives identical bytes.
public enum AtomFeed {
    /// Entries per feed: readers want what is new, not the archive.
    public static let entryLimit = 50

    public static func render(_ dossier: Dossier, topicSlug: String?, urls: SiteURLs) -> String {
        let bySlug = topicSlug == nil ? [:] : Dictionary(dossier.articles.map { ($0.article.slug, $0) }, uniquingKeysWith: { a, _ in a })
        return render(dossier, topicSlug: topicSlug, urls: urls) { bySlug[$0] }
    }

    /// With the build's own lookup of articles by slug: a topic feed then reads only its entries.
    static func render(_ dossier: Dossier, topicSlug: String?, urls: SiteURLs, article: (String) -> AnalyzedArticle?) -> String {
        let articles: [AnalyzedArticle]
        let title: String
        let selfRoute: Route
        let pageRoute: Route
        if let topicSlug, let coverage = dossier.topics.first(where: { $0.topic.slug == topicSlug }) {
            // Newest first: the first entries that resolve are the feed's.
            var found: [AnalyzedArticle] = []
            for mention in coverage.mentions where found.count < entryLimit {
                if let resolved = article(mention.articleSlug) { found.append(resolved) }
            }
            articles = found
            title = "\(dossier.config.title): \(coverage.topic.name)"
            selfRoute = .topicFeed(slug: topicSlug)
            pageRoute = .topic(slug: topicSlug, page: 1)
        } else {
            articles = dossier.articles
            title = dossier.config.title
            selfRoute = .feed
            pageRoute = .home
        }
        let entries = Array(articles.prefix(entryLimit))
        let updated = timestamp(entries.compactMap(\.article.date).max())
        let topicNames = Dictionary(dossier.topics.map { ($0.topic.slug, $0.topic.name) }, uniquingKeysWith: { a, _ in a })

        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(dossier.config.language))">
          <id>\(escape(urls.absolute(selfRoute)))</id>
          <title>\(escape(title))</title>

        """
        if !dossier.config.description.isEmpty { xml += "  <subtitle>\(escape(dossier.config.description))</subtitle>\n" }
        xml += """
          <updated>\(updated)</updated>
          <author><name>\(escape(dossier.config.author))</name></author>
          <link rel="self" type="application/atom+xml" href="\(escape(urls.absolute(selfRoute)))"/>
          <link rel="alternate" type="text/html" href="\(escape(urls.absolute(pageRoute)))"/>
          <generator>Dossier</generator>

        """
        for analyzed in entries {
            let article = analyzed.article
            let url = escape(urls.absolute(.article(slug: article.slug)))
            xml += "  <entry>\n    <id>\(url)</id>\n    <title>\(escape(article.title))</title>\n"
            xml += "    <updated>\(article.date.map { timestamp($0) } ?? updated)</updated>\n"
            if let date = article.date { xml += "    <published>\(timestamp(date))</published>\n" }
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            if !article.url.isEmpty { xml += "    <link rel=\"via\" href=\"\(escape(article.url))\"/>\n" }
            if !article.author.isEmpty { xml += "    <author><name>\(escape(article.author))</name></author>\n" }
            if !article.source.isEmpty { xml += "    <source><title>\(escape(article.source))</title></source>\n" }
            for slug in analyzed.topicSlugs {
                if let name = topicNames[slug] { xml += "    <category term=\"\(escape(slug))\" label=\"\(escape(name))\"/>\n" }
            }
            if !article.summary.isEmpty { xml += "    <summary>\(escape(article.summary))</summary>\n" }
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// Midnight UTC of the publication day; undated feeds use a fixed instant, never "now".
    static func timestamp(_ date: PublicationDate?) -> String {
        guard let date else { return "1970-01-01T00:00:00Z" }
        return "\(date.iso)T00:00:00Z"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // XML 1.0 forbids most control characters even when escaped.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
