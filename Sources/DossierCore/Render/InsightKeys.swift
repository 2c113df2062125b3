/// Dependency keys for the pages that show cross-source insight (each topic's first page and
/// the quotes, figures and timeline lists), made from what each page shows of it: the items
/// in view, as `PageContext+Insight` reads them, and how many there are. A figure added to
/// one article changes the figures' digest, but only the pages whose shown items changed
/// are rendered again, not every topic's first page and every page of the figures list.
/// Each part is made again only when its part of the insight or any card changed (`BuildCache`
/// keeps them), since a large dossier's quotations take some hashing: a figure edit does not
/// hash every quotation and timeline entry again.
struct InsightKeys {
    /// Each topic's first page, by topic slug.
    private(set) var topics: [String: Int] = [:]
    /// Each page of the site-wide lists, by the first position it shows.
    private(set) var quotes: [Int: Int] = [:]
    private(set) var figures: [Int: Int] = [:]
    private(set) var timeline: [Int: Int] = [:]
    /// Each article's card key by slug: items show the cards of the articles that carry them.
    private let cards: PageContext.ArticleLookup

    /// - Parameter catalog: a hash of every card, in order (`PageKeys`).
    init(contexts: PageContext, catalog: Int, cache: BuildCache?) {
        cards = contexts.articlesBySlug
        let keys = self
        let dossier = contexts.dossier, insight = dossier.insight, digests = insight.digests
        let size = dossier.config.pageSize
        func memo(_ part: String, _ digests: Int..., make: () -> [Int: Int]) -> [Int: Int] {
            cache.memo("insight-keys." + part, key: Hashing.of(digests, catalog, size), make: make)
        }
        // Each topic page's key in three parts, each made again only when its part of the
        // insight changed: a date edit does not hash every topic's quotations again.
        let slugs = dossier.topics.map(\.topic.slug)
        func topicParts(_ part: String, _ digests: Int..., make: @escaping (PageContext.TopicInsight, String) -> Int) -> [Int] {
            cache.memo("insight-keys.topics." + part, key: Hashing.of(slugs, digests, catalog, size)) {
                Parallel.map(slugs) { slug in make(contexts.insightByTopic[slug] ?? .init(), slug) }
            }
        }
        let quoteParts = topicParts("quotes", digests.quotes) { topic, _ in keys.topicQuotes(topic) }
        let figureParts = topicParts("figures", digests.figures) { topic, _ in keys.topicFigures(topic) }
        let timelineParts = topicParts("timeline", digests.timeline, digests.coverage) { topic, slug in
            keys.topicTimeline(topic, reach: insight.coverage.reach[slug])
        }
        topics = [:]
        for (index, slug) in slugs.enumerated() where topics[slug] == nil {
            topics[slug] = Hashing.of(quoteParts[index], figureParts[index], timelineParts[index])
        }
        // The lists' headings count attribution conflicts, disagreements and events dated differently.
        let lists = contexts.lists
        quotes = memo("quotes", digests.quotes) { keys.listPages(lists.quotes, pageSize: size, totals: lists.quoteConflicts, item: keys.quoteGroup) }
        figures = memo("figures", digests.figures) {
            keys.listPages(lists.figures, pageSize: size, totals: lists.figureDisagreements, item: keys.figureGroup)
        }
        timeline = memo("timeline", digests.timeline) {
            keys.listPages(lists.timeline, pageSize: size, totals: lists.disputedEvents, item: keys.timelineEntry)
        }
    }

    /// Each page of a site-wide list: the items in its range and the list's totals.
    private func listPages<T>(_ items: [T], pageSize: Int, totals: Int, item: (T) -> Int) -> [Int: Int] {
        var keys: [Int: Int] = [:]
        for page in PagePlanner.insightListPages(items.count, pageSize: pageSize) {
            var hasher = Hasher()
            hasher.combine(items.count)
            hasher.combine(totals)
            for index in page.range.clamped(to: items.indices) { hasher.combine(item(items[index])) }
            keys[page.range.lowerBound] = hasher.finalize()
        }
        return keys
    }

    /// A topic's first page: its listed quotes, figures and timeline as far as the page shows
    /// them, and its reach.
    private func topicQuotes(_ insight: PageContext.TopicInsight) -> Int {
        var hasher = Hasher()
        hasher.combine(insight.quoteGroups.count)
        for group in insight.quoteGroups.prefix(PageContext.topicListLimit) { hasher.combine(quoteGroup(group)) }
        return hasher.finalize()
    }

    private func topicFigures(_ insight: PageContext.TopicInsight) -> Int {
        var hasher = Hasher()
        hasher.combine(insight.figureGroups.count)
        for group in insight.figureGroups.prefix(PageContext.topicListLimit) { hasher.combine(figureGroup(group)) }
        return hasher.finalize()
    }

    private func topicTimeline(_ insight: PageContext.TopicInsight, reach: Coverage.Reach?) -> Int {
        var hasher = Hasher()
        hasher.combine(insight.listedEvents)
        for entry in insight.timeline { hasher.combine(timelineEntry(entry)) }
        hasher.combine(reach)
        return hasher.finalize()
    }

    /// Everything the quote's section and its structured data read: every carrier, since the
    /// structured data names the speaker most of them give.
    private func quoteGroup(_ group: QuoteGroup) -> Int {
        var hasher = Hasher()
        hasher.combine(group.text)
        hasher.combine(group.speakers)
        hasher.combine(group.articleCount)
        hasher.combine(group.quotations.count)
        for quote in group.quotations {
            hasher.combine(cards.cardKey(of: quote.articleSlug))
            hasher.combine(quote.text)
            hasher.combine(quote.speaker)
            hasher.combine(quote.speakerIsPerson)
            hasher.combine(quote.corrected)
        }
        return hasher.finalize()
    }

    /// The values and reports a figure group's section shows, and the articles its claims name.
    private func figureGroup(_ group: FigureGroup) -> Int {
        var hasher = Hasher()
        hasher.combine(group.shownKey)
        for slug in group.shownArticles { hasher.combine(cards.cardKey(of: slug)) }
        return hasher.finalize()
    }

    private func timelineEntry(_ entry: TimelineEntry) -> Int { Self.timelineEntry(entry, cards: cards) }

    /// Everything a timeline entry's section shows (`PageContext.timelineContext`); also the
    /// key its rendered partial is kept by (`KeptFragments`).
    static func timelineEntry(_ entry: TimelineEntry, cards: PageContext.ArticleLookup) -> Int {
        cards.timelineEntryKeys.key(of: entry) { hashed(entry, cards: cards) }
    }

    private static func hashed(_ entry: TimelineEntry, cards: PageContext.ArticleLookup) -> Int {
        var hasher = Hasher()
        hasher.combine(entry.date)
        hasher.combine(entry.isDisputed)
        hasher.combine(entry.otherDates)
        hasher.combine(entry.articleCount)
        let reports = entry.reports
        hasher.combine(reports.count)
        hasher.combine(reports.first?.sentence)
        for event in reports.prefix(PageContext.timelineReportLimit) {
            hasher.combine(cards.cardKey(of: event.articleSlug))
            hasher.combine(event.phrase)
            hasher.combine(event.corrected)
        }
        return hasher.finalize()
    }
}
