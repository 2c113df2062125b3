/// Builds the data each template receives (documented in templates/README.md).
///
/// Values are plain strings, booleans, arrays and dictionaries: Mustache escapes every
/// `{{value}}`, so article text is always data. Only `*_html` values, produced by
/// cmark-gfm, are meant for triple braces.
public struct PageContext {
    let dossier: Dossier
    let urls: SiteURLs
    private let articlesBySlug: [String: AnalyzedArticle]
    private let topicsBySlug: [String: TopicCoverage]

    public init(dossier: Dossier, urls: SiteURLs) {
        self.dossier = dossier
        self.urls = urls
        articlesBySlug = Dictionary(dossier.articles.map { ($0.article.slug, $0) }, uniquingKeysWith: { a, _ in a })
        topicsBySlug = Dictionary(dossier.topics.map { ($0.topic.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func context(for page: PlannedPage) -> [String: Any] {
        var context: [String: Any] = ["site": site]
        switch page.route {
        case .home:
            context["page"] = pageInfo(page.route, title: dossier.config.title, description: dossier.config.description)
            context["is_home"] = true
            context["topics"] = dossier.topics.map(topicCard)
            let latest = dossier.articles.prefix(dossier.config.latestArticles)
            context["latest"] = latest.map { articleCard($0) }
            context["has_latest"] = !latest.isEmpty
        case .topics:
            context["page"] = pageInfo(page.route, title: "Topics", description: "Every topic this dossier follows.")
            context["topics"] = dossier.topics.map(topicCard)
        case .topic(let slug):
            guard let coverage = topicsBySlug[slug] else { break }
            let description = "\(coverage.topic.name): \(countLabel(coverage.mentions.count)) in \(dossier.config.title)."
            context["page"] = pageInfo(page.route, title: coverage.topic.name, description: description)
            context["topic"] = topicCard(coverage).merging([
                "explainer_html": coverage.explainerHTML,
                "has_explainer": !coverage.explainerHTML.isEmpty,
            ]) { $1 }
            context["mentions"] = coverage.mentions.compactMap { mention -> [String: Any]? in
                guard let article = articlesBySlug[mention.articleSlug] else { return nil }
                return articleCard(article).merging([
                    "passage": mention.passage,
                    "has_passage": !mention.passage.isEmpty,
                ]) { $1 }
            }
        case .article(let slug):
            guard let analyzed = articlesBySlug[slug] else { break }
            let article = analyzed.article
            context["page"] = pageInfo(page.route, title: article.title,
                                       description: article.summary.isEmpty ? dossier.config.description : article.summary)
            context["article"] = articleCard(analyzed).merging([
                "body_html": analyzed.html,
                "author": article.author,
                "has_author": !article.author.isEmpty,
                "original_url": article.url,
                "has_original_url": !article.url.isEmpty,
            ]) { $1 }
        }
        return context
    }

    private var site: [String: Any] {
        [
            "title": dossier.config.title,
            "description": dossier.config.description,
            "language": dossier.config.language,
            "home_url": urls.link(.home),
            "topics_url": urls.link(.topics),
            "stylesheet_url": urls.asset("style.css"),
            "article_count": dossier.articles.count,
            "topic_count": dossier.topics.count,
        ]
    }

    private func pageInfo(_ route: Route, title: String, description: String) -> [String: Any] {
        ["title": title, "description": description, "url": urls.link(route), "canonical_url": urls.absolute(route)]
    }

    private func topicCard(_ coverage: TopicCoverage) -> [String: Any] {
        [
            "name": coverage.topic.name,
            "slug": coverage.topic.slug,
            "url": urls.link(.topic(slug: coverage.topic.slug)),
            "count": coverage.mentions.count,
            "count_label": countLabel(coverage.mentions.count),
        ]
    }

    private func articleCard(_ analyzed: AnalyzedArticle) -> [String: Any] {
        let article = analyzed.article
        return [
            "title": article.title,
            "slug": article.slug,
            "url": urls.link(.article(slug: article.slug)),
            "date": article.date?.longForm ?? "",
            "date_iso": article.date?.iso ?? "",
            "has_date": article.date != nil,
            "source": article.source,
            "has_source": !article.source.isEmpty,
            "summary": article.summary,
            "has_summary": !article.summary.isEmpty,
            "topics": analyzed.topicSlugs.compactMap { slug -> [String: Any]? in
                guard let topic = topicsBySlug[slug]?.topic else { return nil }
                return ["name": topic.name, "url": urls.link(.topic(slug: slug))]
            },
        ]
    }

    private func countLabel(_ count: Int) -> String {
        count == 1 ? "1 article" : "\(count) articles"
    }
}
