extension PageContext {
    /// Everything an article's page shows, hashed without building its context: the article,
    /// the cards of its related and neighbouring articles, its topics' names, and what every
    /// page shares. An incremental build skips the page while this stays the same.
    func articleDependencyKey(_ slug: String, shared: Int) -> Int? {
        guard let analyzed = articlesBySlug[slug] else { return nil }
        var hasher = Hasher()
        hasher.combine(shared)
        func card(_ item: AnalyzedArticle) {
            hasher.combine(item.article.identity)
            hasher.combine(item.topicSlugs)
            for topic in item.topicSlugs { hasher.combine(topicsBySlug[topic]?.topic.name) }
        }
        card(analyzed)
        for related in analyzed.related { if let item = articlesBySlug[related] { card(item) } }
        hasher.combine(0xFEED)
        let index = position[slug] ?? 0
        if index > 0 { card(dossier.articles[index - 1]) }
        hasher.combine(0xBEEF)
        if index + 1 < dossier.articles.count { card(dossier.articles[index + 1]) }
        return hasher.finalize()
    }

    /// What every page shares: the site's settings and its `site` context.
    var sharedKey: Int {
        var hasher = Hasher()
        hasher.combine(dossier.config)
        hasher.combine(ContextHash.value(site))
        return hasher.finalize()
    }
}
