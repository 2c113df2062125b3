extension PageContext {
    /// One topic's part of the insight, as its first page shows it.
    struct TopicInsight {
        /// Only those listed (`isListed`): what topic pages show.
        var quoteGroups: [QuoteGroup] = []
        var figureGroups: [FigureGroup] = []
        /// The first listed entries of its timeline (`Insight.listed`), as many as the page
        /// shows, and how many are listed in all.
        var timeline: [TimelineEntry] = []
        var listedEvents = 0

        /// Every topic's part, each part on its own with a cache: an edit that adds a figure
        /// sorts out the figures, not a timeline of a hundred thousand entries.
        static func byTopic(_ insight: Insight, cache: BuildCache?) -> [String: TopicInsight] {
            let quotes = cache.memo("insight-by-topic.quotes", key: insight.digests.quotes) {
                var byTopic: [String: [QuoteGroup]] = [:]
                // Topic pages list only the quotations several articles carry or dispute.
                for group in insight.quoteGroups where group.isListed { for slug in group.topicSlugs { byTopic[slug, default: []].append(group) } }
                return byTopic
            }
            let figures = cache.memo("insight-by-topic.figures", key: insight.digests.figures) {
                var byTopic: [String: [FigureGroup]] = [:]
                for group in insight.figureGroups where group.isListed { if let slug = group.topicSlug { byTopic[slug, default: []].append(group) } }
                return byTopic
            }
            let timelines = cache.memo("insight-by-topic.timeline", key: insight.digests.timeline) {
                Self.timelines(insight.timeline, shown: PageContext.topicListLimit)
            }
            var byTopic: [String: TopicInsight] = [:]
            for slug in Set(quotes.keys).union(figures.keys).union(timelines.keys) {
                let events = timelines[slug] ?? ([], 0)
                byTopic[slug] = TopicInsight(quoteGroups: quotes[slug] ?? [], figureGroups: figures[slug] ?? [],
                                             timeline: events.shown, listedEvents: events.listed)
            }
            return byTopic
        }

        /// Each topic's first `shown` listed entries (`Insight.listed`) and its count of listed
        /// ones, in one pass with one look-up per entry and topic. Whether an entry is listed
        /// depends on how many its topic has, so the first few of both kinds are kept until
        /// that is known. No topic's whole timeline is copied (a date edit at 10,000 articles
        /// makes this again over 100,000 entries).
        static func timelines(_ timeline: [TimelineEntry], shown: Int) -> [String: (shown: [TimelineEntry], listed: Int)] {
            struct Tally { var all: [TimelineEntry] = [], notable: [TimelineEntry] = [], count = 0, notableCount = 0 }
            var slots: [String: Int] = [:]
            var tallies: [Tally] = []
            func count(_ index: Int, for slug: String, notable: Bool) {
                let slot: Int
                if let known = slots[slug] {
                    slot = known
                } else {
                    slot = tallies.count
                    slots[slug] = slot
                    tallies.append(Tally())
                }
                tallies[slot].count += 1
                if tallies[slot].all.count < shown { tallies[slot].all.append(timeline[index]) }
                if notable {
                    tallies[slot].notableCount += 1
                    if tallies[slot].notable.count < shown { tallies[slot].notable.append(timeline[index]) }
                }
            }
            // By index and through the fields held in place: most entries are then read
            // without touching their objects.
            for index in timeline.indices {
                guard let first = timeline[index].firstTopicSlug else { continue }
                let notable = Insight.isNotable(timeline[index])
                count(index, for: first, notable: notable)
                if timeline[index].hasMoreTopics { for slug in timeline[index].topicSlugs.dropFirst() { count(index, for: slug, notable: notable) } }
            }
            return slots.mapValues { slot in
                let tally = tallies[slot]
                return Insight.isListedWhole(count: tally.count) ? (tally.all, tally.count) : (tally.notable, tally.notableCount)
            }
        }
    }
}
