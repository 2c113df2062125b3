/// Orders dated events and merges reports of the same event: same key ("s-400: signed")
/// and compatible dates ("2018" and "October 2018") make one entry. For one-off actions
/// (a deal signed, a law enacted) entries with the same key but other dates are the
/// outlets' disagreement and are listed on each other.
enum Timeline {
    static let oneOffActions: Set<String> = ["signed", "enacted", "annexed"]

    static func entries(_ events: [DatedEvent]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        var byKey: [String: [Int]] = [:]
        // Compatible dates share their year: look only there, or a key with thousands of
        // dates would be searched in full for every event.
        struct KeyYear: Hashable { var key: String, year: Int }
        var byKeyYear: [KeyYear: [Int]] = [:]
        for event in events {
            if let key = event.key,
               let index = byKeyYear[KeyYear(key: key, year: event.date.year)]?.first(where: { entries[$0].date.isCompatible(with: event.date) }) {
                entries[index].reports.append(event)
                if let topic = event.topicSlug, !entries[index].topicSlugs.contains(topic) { entries[index].topicSlugs.append(topic) }
                if precision(event.date) > precision(entries[index].date) { entries[index].date = event.date }
                continue
            }
            entries.append(TimelineEntry(date: event.date, reports: [event], topicSlugs: event.topicSlug.map { [$0] } ?? [],
                                         key: event.key))
            if let key = event.key {
                byKey[key, default: []].append(entries.count - 1)
                byKeyYear[KeyYear(key: key, year: event.date.year), default: []].append(entries.count - 1)
            }
        }
        for (key, all) in byKey where oneOffActions.contains(action(of: key)) {
            // Only dates the articles state outright can disagree; "on Monday" is the day of the news.
            let stated = all.filter { entries[$0].reports.contains { !$0.isRelative } }
            guard stated.count > 1 else { continue }
            let dates = stated.map { entries[$0].date }.sorted()
            for index in stated { entries[index].statedDates = dates }
        }
        for index in entries.indices {
            let reports = entries[index].reports
            // Most entries have one report: no set is needed to count one article.
            entries[index].articleCount = reports.count == 1 ? 1 : Set(reports.map(\.articleSlug)).count
            entries[index].reports = reports.trimmed()
        }
        // Sorted by index on keys read once: moving whole entries about costs more than comparing them.
        let keys = entries.map { (date: $0.date, sentence: $0.reports[0].sentence) }
        return entries.indices.sorted { (keys[$0].date, keys[$0].sentence) < (keys[$1].date, keys[$1].sentence) }.map { entries[$0] }
    }

    private static func precision(_ date: EventDate) -> Int {
        date.dayOfMonth != nil ? 3 : date.month != nil ? 2 : 1
    }

    private static func action(of key: String) -> String {
        String(key.split(separator: " ").last ?? "")
    }
}
