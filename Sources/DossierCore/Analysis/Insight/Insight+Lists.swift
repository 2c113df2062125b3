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
         timeline.count { Self.isListed($0, among: timeline.count) })
    }

    /// Every entry while the timeline is short; past the limit, those several articles
    /// report or dispute.
    static func listed(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        guard entries.count > listLimit else { return entries }
        return entries.filter { isListed($0, among: entries.count) }
    }

    /// Whether `listed` keeps this entry of a timeline of `count` entries.
    static func isListed(_ entry: TimelineEntry, among count: Int) -> Bool {
        isListedWhole(count: count) || isNotable(entry)
    }

    /// Whether a timeline of `count` entries is listed whole.
    static func isListedWhole(count: Int) -> Bool { count <= listLimit }

    /// Whether an entry is listed however long its timeline: several articles report it, or dispute its date.
    static func isNotable(_ entry: TimelineEntry) -> Bool { entry.articleCount > 1 || entry.isDisputed }

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
