/// What the site-wide quotes, figures and timeline pages list (and, for one topic, its page).
extension Insight {
    /// Quotations two articles carry, or that outlets attribute to different people.
    var listedQuoteGroups: [QuoteGroup] { quoteGroups.filter(\.isListed) }
    /// Measures more than one article gives.
    var listedFigureGroups: [FigureGroup] { figureGroups.filter(\.isListed) }
    var listedTimeline: [TimelineEntry] { Self.listed(timeline) }

    /// How many items each site-wide list has, without making the lists.
    var listedCounts: (quotes: Int, figures: Int, timeline: Int) {
        (quoteGroups.count(where: \.isListed), figureGroups.count(where: \.isListed),
         timeline.count > Self.listLimit ? timeline.count { $0.articleCount > 1 || $0.isDisputed } : timeline.count)
    }

    /// Every entry while the timeline is short; past the limit, those several articles
    /// report or dispute.
    static func listed(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        guard entries.count > listLimit else { return entries }
        return entries.filter { $0.articleCount > 1 || $0.isDisputed }
    }

    /// At most this many items on a site-wide list (in pages), so a 50,000-article dossier's
    /// lists stay readable and bounded; the last page says how many more there are.
    static let listLimit = 200
}

extension QuoteGroup {
    var isListed: Bool { articleCount > 1 || hasAttributionConflict }
}

extension FigureGroup {
    var isListed: Bool { articleCount > 1 }
}
