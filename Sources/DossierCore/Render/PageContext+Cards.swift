/// The small, repeated pieces of page data: cards for articles, topics and outlets,
/// passages and pagination.
extension PageContext {
    /// What every page gets as `site`: made once per build (`PageContext.site`), not per page.
    static func site(_ dossier: Dossier, urls: SiteURLs) -> [String: Any] {
        var site: [String: Any] = [
            "title": dossier.config.title,
            "description": dossier.config.description,
            "language": dossier.config.language,
            "home_url": urls.link(.home),
            "articles_url": urls.link(.articles(page: 1)),
            "topics_url": urls.link(.topics),
            "outlets_url": urls.link(.outlets),
            "quotes_url": urls.link(.quotes(page: 1)),
            "figures_url": urls.link(.figures(page: 1)),
            "timeline_url": urls.link(.timeline(page: 1)),
            "coverage_url": urls.link(.coverage),
            "feed_url": urls.link(.feed),
            "stylesheet_url": urls.asset("style.css"),
            "favicon_url": urls.asset("favicon.svg"),
            "article_count": dossier.articles.count,
            "topic_count": dossier.topics.count,
            "outlet_count": dossier.outlets.count,
            "base_path": urls.basePath,
        ]
        if dossier.hasSearch { site["search_url"] = urls.link(.search) }
        return site
    }

    func topicCard(_ coverage: TopicCoverage) -> [String: Any] {
        [
            "name": coverage.topic.name,
            "slug": coverage.topic.slug,
            "url": urls.link(.topic(slug: coverage.topic.slug, page: 1)),
            "count": coverage.mentions.count,
            "count_label": countLabel(coverage.mentions.count),
        ]
    }

    func outletCard(_ outlet: OutletCoverage) -> [String: Any] {
        [
            "name": outlet.name,
            "slug": outlet.slug,
            "url": urls.link(.outlet(slug: outlet.slug, page: 1)),
            "count": outlet.articleSlugs.count,
            "count_label": countLabel(outlet.articleSlugs.count),
            "is_unknown": outlet.slug == OutletCoverage.unknownSlug,
        ]
    }

    /// The same for every page that shows it, so made once per article (see `CardMemo`).
    func articleCard(_ analyzed: AnalyzedArticle) -> [String: Any] {
        guard let index = position[analyzed.article.slug] else { return makeArticleCard(analyzed) }
        return cards.card(at: index) { makeArticleCard(analyzed) }
    }

    private func makeArticleCard(_ analyzed: AnalyzedArticle) -> [String: Any] {
        let article = analyzed.article
        var card: [String: Any] = [
            "title": article.title,
            "slug": article.slug,
            "url": urls.link(.article(slug: article.slug)),
            "date": article.date?.longForm ?? "",
            "date_iso": article.date?.iso ?? "",
            "has_date": article.date != nil,
            "source": article.source,
            "has_source": !article.source.isEmpty,
            "outlet_url": urls.link(.outlet(slug: analyzed.outletSlug, page: 1)),
            "summary": article.summary,
            "has_summary": !article.summary.isEmpty,
            "topics": analyzed.topicSlugs.compactMap { slug -> [String: Any]? in
                guard let topic = topicsBySlug[slug]?.topic else { return nil }
                return ["name": topic.name, "url": urls.link(.topic(slug: slug, page: 1))]
            },
        ]
        // Rendered once per build however many pages show them (the card uses the meta line).
        for name in ["meta_html", "card_html"] {
            card[name] = Fragment(Fragment.partials[name]!, context: card, templates: templates, lock: cards.fragmentLock)
        }
        return card
    }

    /// A topic's related topics as topic cards with what they share, and rendered once.
    func relatedTopicCards(_ coverage: TopicCoverage) -> (cards: [[String: Any]], html: Fragment?) {
        let make = { () -> (cards: [[String: Any]], html: Fragment?) in
            let cards = coverage.related.compactMap { related -> [String: Any]? in
                guard let other = topicsBySlug[related.slug] else { return nil }
                return topicCard(other).merging(["shared": related.shared, "shared_label": countLabel(related.shared)]) { $1 }
            }
            let fields: [String: Any] = ["related_topics": cards, "has_related_topics": !cards.isEmpty]
            return (cards, Fragment(Fragment.partials["related_topics_html"]!, context: fields, templates: templates, lock: relatedTopics.fragmentLock))
        }
        guard let index = topicPositions[coverage.topic.slug] else { return make() }
        return relatedTopics.card(at: index, make: make)
    }

    func passageContext(_ passage: Passage) -> [String: Any] {
        ["before": passage.before, "match": passage.match, "after": passage.after, "text": passage.text]
    }

    /// Links to the pages of a list around this one (see `Pagination.window`); empty `pages` when it fits on one.
    /// `labels` name the links to the previous and next page: newest-first lists go to newer and older.
    func paginationContext(_ pagination: Pagination, labels: (previous: String, next: String) = ("Newer", "Older"),
                           route: (Int) -> Route) -> [String: Any] {
        var context: [String: Any] = [
            "prev_label": labels.previous,
            "next_label": labels.next,
            "page": pagination.page,
            "page_count": pagination.pageCount,
            "has_pages": pagination.pageCount > 1,
            "pages": pagination.window().map { entry -> [String: Any] in
                ["number": entry.number, "url": urls.link(route(entry.number)), "is_current": entry.number == pagination.page,
                 "gap_before": entry.gapBefore]
            },
        ]
        if let previous = pagination.previous { context["prev_url"] = urls.link(route(previous)) }
        if let next = pagination.next { context["next_url"] = urls.link(route(next)) }
        return context
    }

    func countLabel(_ count: Int) -> String {
        plural(count, "article")
    }
}
