/// Page data for the cross-source pages (quotes, figures, timeline, coverage) and the
/// topic page's sections of the same.
extension PageContext {
    /// A site-wide list shows at most this many items, over pages.
    static let insightListLimit = Insight.listLimit
    /// A topic page shows fewer, and within one measure at most this many values and reports
    /// each: enough to show a disagreement without printing a thousand sentences.
    static let topicListLimit = 10
    static let valueLimit = 6
    static let reportLimit = 3
    static let timelineReportLimit = 10

    func quotesPage(_ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        let groups = lists.quotes
        context["conflict_label"] = plural(lists.quoteConflicts, "attribution conflict")
        return listPage(&context, "quote_groups", groups, pagination, title: "Quotes",
                        description: "Quotations carried by more than one article in \(dossier.config.title), and who each outlet says spoke them.",
                        route: { .quotes(page: $0) }, quoteGroupContext) { $0.map { .quotation(quotation($0)) } }
    }

    func figuresPage(_ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        let groups = lists.figures
        context["conflict_label"] = plural(lists.figureDisagreements, "disagreement")
        return listPage(&context, "figure_groups", groups, pagination, title: "Figures",
                        description: "Figures more than one article gives in \(dossier.config.title): where the outlets agree and where they do not.",
                        route: { .figures(page: $0) }, figureGroupContext) { $0.flatMap(claims).map(SchemaOrg.Node.claim) }
    }

    func timelinePage(_ pagination: Pagination?, _ context: inout [String: Any]) -> PageMeta {
        context["conflict_label"] = plural(lists.disputedEvents, "event") + " dated differently"
        return listPage(&context, "timeline", lists.timeline, pagination, title: "Timeline",
                        description: "What happened when, as the articles in \(dossier.config.title) date it, oldest first.",
                        route: { .timeline(page: $0) }, timelineItem)
    }

    /// One page of a site-wide list: `name` (this page's items), `has_name`, `name_more` (on the
    /// last page: how many were left off) and `pagination`; its JSON-LD describes this page's items.
    private func listPage<T, Item>(_ context: inout [String: Any], _ name: String, _ items: [T], _ pagination: Pagination?,
                             title: String, description: String, route: (Int) -> Route, _ transform: (T) -> Item,
                             structuredData: ((ArraySlice<T>) -> [SchemaOrg.Node])? = nil) -> PageMeta {
        let pages = pagination ?? PagePlanner.insightListPages(items.count, pageSize: dossier.config.pageSize)[0]
        let shown = items[pages.range.clamped(to: items.indices)]
        context[name] = shown.map(transform)
        context["has_\(name)"] = !items.isEmpty
        let left = items.count - Self.insightListLimit
        context["\(name)_more"] = pages.next == nil && left > 0 ? "\(left) more not shown" : ""
        context["pagination"] = paginationContext(pages, labels: ("Previous", "Next"), route: route)
        var meta = PageMeta(title: pages.page > 1 ? "\(title), page \(pages.page)" : title, description: description, route: route(pages.page))
        meta.previous = pages.previous.map(route)
        meta.next = pages.next.map(route)
        if let structuredData { meta.structuredData = SchemaOrg.Graph(graph: structuredData(shown)) }
        return meta
    }

    func coveragePage(_ context: inout [String: Any]) -> PageMeta {
        let coverage = dossier.insight.coverage
        let topics = dossier.topics
        context["coverage_topics"] = topics.map(topicCard)
        context["coverage_rows"] = dossier.outlets.map { outlet -> [String: Any] in
            let counts = coverage.counts[outlet.slug] ?? [:]
            return outletCard(outlet).merging([
                "cells": topics.map { topic -> [String: Any] in
                    let count = counts[topic.topic.slug] ?? 0
                    return ["count": count, "name": topic.topic.name, "has_count": count > 0]
                },
            ]) { $1 }
        }
        context["reach"] = topics.map(reachContext)
        let stories = coverage.syndicated.map { slugs -> [String: Any] in
            let articles = slugs.compactMap { articlesBySlug[$0] }
            return ["articles": articles.map(articleCard), "count_label": plural(Set(articles.map(\.outletSlug)).count, "outlet")]
        }
        context["syndicated"] = stories
        context["has_syndicated"] = !stories.isEmpty
        return PageMeta(title: "Coverage", description: "Who covered what in \(dossier.config.title): articles per outlet and topic, and stories several outlets carried.", route: .coverage)
    }

    /// The topic page's "at a glance", quotes, figures and timeline.
    func topicInsight(_ slug: String) -> [String: Any] {
        let insight = insightByTopic[slug] ?? TopicInsight()
        let shared = insight.quoteGroups
        let figures = insight.figureGroups
        var context: [String: Any] = [:]
        fill(&context, "quote_groups", shared, limit: Self.topicListLimit, quoteGroupContext)
        fill(&context, "figure_groups", figures, limit: Self.topicListLimit, figureGroupContext)
        fill(&context, "timeline", insight.timeline, count: insight.listedEvents, limit: Self.topicListLimit, timelineItem)
        if let topic = topicsBySlug[slug] { context["reach"] = reachContext(topic) }
        context["quotes_url"] = urls.link(.quotes(page: 1))
        context["figures_url"] = urls.link(.figures(page: 1))
        context["timeline_url"] = urls.link(.timeline(page: 1))
        context["coverage_url"] = urls.link(.coverage)
        return context
    }

    func topicInsightData(_ slug: String) -> [SchemaOrg.Node] {
        let insight = insightByTopic[slug] ?? TopicInsight()
        let quotes = insight.quoteGroups
        let figures = insight.figureGroups
        return quotes.prefix(Self.topicListLimit).map { .quotation(quotation($0)) }
            + figures.prefix(Self.topicListLimit).flatMap(claims).map(SchemaOrg.Node.claim)
    }

    // MARK: - Pieces

    /// `name` (at most `limit` items), `has_name` and `name_more` (how many were left off).
    /// - Parameter count: how many there are, when `items` holds only those shown.
    private func fill<T, Item>(_ context: inout [String: Any], _ name: String, _ items: [T], count: Int? = nil, limit: Int,
                               _ transform: (T) -> Item) {
        let count = count ?? items.count
        context[name] = items.prefix(limit).map(transform)
        context["has_\(name)"] = count > 0
        context["\(name)_more"] = count > limit ? "\(count - limit) more not shown" : ""
    }

    private func source(_ slug: String) -> [String: Any] {
        guard let analyzed = articlesBySlug[slug] else { return [:] }
        return articleCard(analyzed).merging([
            "outlet": analyzed.article.source.isEmpty ? OutletCoverage.unknownName : analyzed.article.source,
        ]) { $1 }
    }

    private func quoteGroupContext(_ group: QuoteGroup) -> [String: Any] {
        let canonical = QuoteGrouper.normalisedWords(group.text)
        return [
            "text": group.text,
            "is_conflict": group.hasAttributionConflict,
            "speakers": group.speakers.joined(separator: " · "),
            "count_label": plural(group.articleCount, "article"),
            "carriers": group.quotations.prefix(Self.insightListLimit).map { quote in
                source(quote.articleSlug).merging([
                    "speaker": quote.speaker ?? "speaker not named",
                    "wording": quote.text,
                    "is_reworded": QuoteGrouper.normalisedWords(quote.text) != canonical,
                    "is_corrected": quote.corrected,
                ]) { $1 }
            },
        ]
    }

    private func figureGroupContext(_ group: FigureGroup) -> [String: Any] {
        [
            "measure": group.measure,
            "is_conflict": group.disagrees,
            "is_reconcilable": group.disagrees && group.isReconcilable,
            "count_label": plural(group.articleCount, "article"),
            "values": group.values.prefix(Self.valueLimit).map { value in
                [
                    "value": value.figures.first!.normalised + (value.figures.count > Self.reportLimit ? " (\(value.figures.count) reports, \(Self.reportLimit) shown)" : ""),
                    "reports": value.figures.prefix(Self.reportLimit).map { figure in
                        source(figure.articleSlug).merging([
                            "figure": figure.text, "qualifier": figure.qualifier, "sentence": figure.sentence,
                            "is_corrected": figure.corrected,
                        ]) { $1 }
                    },
                ] as [String: Any]
            },
        ]
    }

    /// A timeline entry, printed by `entry_html` from its kept rendering when what it shows is unchanged.
    private func timelineItem(_ entry: TimelineEntry) -> FragmentItem {
        FragmentItem(key: InsightKeys.timelineEntry(entry, cards: articlesBySlug), store: timelineEntries) { timelineContext(entry) }
    }

    /// Every name a timeline entry's fields hold, its reports' article cards included: what
    /// `partials/timeline-entry` can use when printed by `entry_html` (`TemplateSet` warns
    /// about any other).
    static let timelineEntryNames: Set<String> = [
        "date", "date_iso", "sentence", "is_conflict", "other_dates", "count_label", "reports",
        "title", "slug", "url", "has_date", "source", "has_source", "outlet_url", "summary", "has_summary", "topics", "name",
        "meta_html", "card_html", "outlet", "phrase", "is_corrected",
    ]

    private func timelineContext(_ entry: TimelineEntry) -> [String: Any] {
        [
            "date": entry.date.readable,
            "date_iso": entry.date.description,
            "sentence": entry.reports[0].sentence,
            "is_conflict": entry.isDisputed,
            "other_dates": { (others: [EventDate]) in
                others.count > Self.valueLimit
                    ? others.prefix(Self.valueLimit).map(\.readable).joined(separator: ", ") + " and \(others.count - Self.valueLimit) more"
                    : others.map(\.readable).joined(separator: ", ")
            }(entry.otherDates),
            "count_label": plural(entry.articleCount, "article")
                + (entry.reports.count > Self.timelineReportLimit ? " (\(Self.timelineReportLimit) shown)" : ""),
            "reports": entry.reports.prefix(Self.timelineReportLimit).map { event in
                source(event.articleSlug).merging(["phrase": event.phrase, "is_corrected": event.corrected]) { $1 }
            },
        ]
    }

    private func reachContext(_ topic: TopicCoverage) -> [String: Any] {
        let reach = dossier.insight.coverage.reach[topic.topic.slug] ?? .init(articles: 0, outlets: 0, unknownOutlet: 0, independentReports: 0)
        let unknown = reach.unknownOutlet == 0 ? "" : " (and \(plural(reach.unknownOutlet, "article")) whose outlet is unknown)"
        return topicCard(topic).merging([
            "outlets_label": plural(reach.outlets, "named outlet") + unknown,
            "independent_label": plural(reach.independentReports, "independent report"),
        ]) { $1 }
    }

    private func reference(_ slug: String) -> SchemaOrg.ArticleRef? {
        guard let analyzed = articlesBySlug[slug] else { return nil }
        let article = analyzed.article
        return SchemaOrg.ArticleRef(headline: article.title, url: urls.absolute(.article(slug: slug)),
                                    publisher: article.source.isEmpty ? nil : SchemaOrg.Named(type: "Organization", name: article.source))
    }

    private func quotation(_ group: QuoteGroup) -> SchemaOrg.Quotation {
        // The speaker most articles name; every carrying article is listed.
        let speakers = group.quotations.filter { $0.speaker != nil }
        let counts = Dictionary(grouping: speakers, by: { $0.speakerKey ?? "" })
        let main = counts.values.max { ($0.count, $1.first?.speaker ?? "") < ($1.count, $0.first?.speaker ?? "") }?.first
        let speaker = main.map { SchemaOrg.Named(type: $0.speakerIsPerson ? "Person" : "Organization", name: $0.speaker ?? "") }
        return SchemaOrg.Quotation(
            text: group.text,
            spokenByCharacter: main?.speakerIsPerson == true ? speaker : nil,
            creator: main?.speakerIsPerson == false ? speaker : nil,
            isPartOf: Self.firstArticles(group.quotations.lazy.map(\.articleSlug), limit: Self.insightListLimit).compactMap(reference))
    }

    private func claims(_ group: FigureGroup) -> [SchemaOrg.Claim] {
        let topic = group.topicSlug.flatMap { topicsBySlug[$0]?.topic.name }
        // As many as the page shows: the data describes the page, not the whole corpus.
        return group.values.prefix(Self.valueLimit).map { value in
            SchemaOrg.Claim(
                text: "\(group.measure): \(value.figures.first!.normalised)",
                about: topic.map { SchemaOrg.Thing(name: $0) },
                appearance: Self.firstArticles(value.figures.lazy.map(\.articleSlug), limit: Self.reportLimit).compactMap(reference))
        }
    }

    /// The first `limit` distinct slugs, in order; stops reading there (a value may have
    /// hundreds of reports).
    static func firstArticles(_ slugs: some Sequence<String>, limit: Int) -> [String] {
        var seen: Set<String> = []
        var first: [String] = []
        for slug in slugs where seen.insert(slug).inserted {
            first.append(slug)
            if first.count == limit { break }
        }
        return first
    }

    func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(plural ?? noun + "s")"
    }
}
