/// Merges reports of the same event: same key ("s-400: signed")
/// and compatible dates ("2018" and "October 2018") make one entry. For one-off actions
/// (a deal signed, a law enacted) entries with the same key but other dates are the
/// outlets' disagreement and are listed on each other.
enum Timeline {
    static let oneOffActions: Set<String> = ["signed", "enacted", "annexed"]

    /// The entries events make, in the order they are made, each with the index of the event
    /// that made it. Only events with the same key merge, so the events of one key give that
    /// key's entries whatever other events there are (`TimelineMerging` relies on it).
    ///
    /// Without `statingDates`, entries do not list the dates other entries of their key state
    /// (`stating`): for merging one year of a key at a time, since only events of the same
    /// key and year merge.
    static func merged(_ events: [DatedEvent], statingDates: Bool = true) -> [(entry: TimelineEntry, firstEvent: Int)] {
        struct Draft {
            var date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate] = []
        }
        var entries: [Draft] = []
        var firstEvents: [Int] = []
        var byKey: [String: [Int]] = [:]
        // Compatible dates share their year: look only there, or a key with thousands of
        // dates would be searched in full for every event.
        struct KeyYear: Hashable { var key: String, year: Int }
        var byKeyYear: [KeyYear: [Int]] = [:]
        for (eventIndex, event) in events.enumerated() {
            if let key = event.key,
               let index = byKeyYear[KeyYear(key: key, year: event.date.year)]?.first(where: { entries[$0].date.isCompatible(with: event.date) }) {
                entries[index].reports.append(event)
                if let topic = event.topicSlug, !entries[index].topicSlugs.contains(topic) { entries[index].topicSlugs.append(topic) }
                if precision(event.date) > precision(entries[index].date) { entries[index].date = event.date }
                continue
            }
            entries.append(Draft(date: event.date, reports: [event], topicSlugs: event.topicSlug.map { [$0] } ?? [], key: event.key))
            firstEvents.append(eventIndex)
            if let key = event.key {
                byKey[key, default: []].append(entries.count - 1)
                byKeyYear[KeyYear(key: key, year: event.date.year), default: []].append(entries.count - 1)
            }
        }
        for (key, all) in byKey where statingDates && isOneOff(key) {
            let stated = all.filter { isStated(entries[$0].reports) }
            guard stated.count > 1 else { continue }
            let dates = stated.map { entries[$0].date }.sorted()
            for index in stated { entries[index].statedDates = dates }
        }
        return zip(entries, firstEvents).map { draft, first in
            // Most entries have one report: no set is needed to count one article.
            let articles = draft.reports.count == 1 ? 1 : Set(draft.reports.map(\.articleSlug)).count
            return (TimelineEntry(date: draft.date, reports: draft.reports.trimmed(), topicSlugs: draft.topicSlugs, key: draft.key,
                                  statedDates: draft.statedDates, articleCount: articles), first)
        }
    }

    /// Whether outlets can disagree on the date of this key's event: a one-off action.
    static func isOneOff(_ key: String) -> Bool { oneOffActions.contains(action(of: key)) }

    /// Only dates the articles state outright can disagree; "on Monday" is the day of the news.
    static func isStated(_ reports: [DatedEvent]) -> Bool { reports.contains { !$0.isRelative } }

    /// The dates a one-off event's stated entries give (`isStated`), sorted: what each of them
    /// lists when there are several, in whatever parts the entries were merged.
    static func statedDates(_ dates: [EventDate]) -> [EventDate] {
        dates.count > 1 ? dates.sorted() : []
    }

    private static func precision(_ date: EventDate) -> Int {
        date.dayOfMonth != nil ? 3 : date.month != nil ? 2 : 1
    }

    private static func action(of key: String) -> String {
        String(key.split(separator: " ").last ?? "")
    }
}
