/// The site-wide lists the quotes, figures and timeline pages show (in order), with the
/// counts their headings give. Made once per build, or with a cache once per change of their
/// part of the insight, instead of on every page of each list: the timeline alone is read
/// through 100,000 entries at 10,000 articles.
struct InsightLists {
    let quotes: [QuoteGroup]
    let quoteConflicts: Int
    let figures: [FigureGroup]
    let figureDisagreements: Int
    let timeline: [TimelineEntry]
    /// Across the whole timeline, listed or not.
    let disputedEvents: Int

    init(_ insight: Insight, cache: BuildCache?) {
        (quotes, quoteConflicts) = cache.memo("lists.quotes", key: insight.digests.quotes) {
            let listed = insight.listedQuoteGroups
            return (listed, listed.count(where: \.hasAttributionConflict))
        }
        (figures, figureDisagreements) = cache.memo("lists.figures", key: insight.digests.figures) {
            let listed = insight.listedFigureGroups
            return (listed, listed.count(where: \.disagrees))
        }
        (timeline, disputedEvents) = cache.memo("lists.timeline", key: insight.digests.timeline) {
            (insight.listedTimeline, insight.timeline.count(where: \.isDisputed))
        }
    }
}
