/// The dates the stated entries of each one-off event give (`Timeline.isStated`), by year:
/// the preview's timeline merges a key one year at a time (`TimelineMerging`), since only
/// events of the same year merge, while each stated entry lists the dates of all its key's
/// years (`Timeline.statedDates`), as a full merge gives them.
struct StatedDates: Sendable {
    private var byKey: [String: [Int: [EventDate]]] = [:]

    /// The key's one-off name, when entries of that key list each other's dates.
    static func name(_ key: TimelineMerging.Key) -> String? {
        if case .keyed(let name, _) = key, Timeline.isOneOff(name) { return name }
        return nil
    }

    /// Records the entries one part (a key's year) now has.
    mutating func record(_ key: TimelineMerging.Key, _ entries: [TimelineEntry]) {
        guard let name = Self.name(key), case .keyed(_, let year) = key else { return }
        let dates = entries.filter { Timeline.isStated($0.reports) }.map(\.date)
        if !dates.isEmpty {
            byKey[name, default: [:]][year] = dates
        } else if byKey[name]?.removeValue(forKey: year) != nil, byKey[name]?.isEmpty == true {
            byKey[name] = nil
        }
    }

    /// What each stated entry of the key lists: every year's dates, sorted, when there are several.
    func dates(of name: String) -> [EventDate] {
        Timeline.statedDates(byKey[name].map { $0.values.flatMap { $0 } } ?? [])
    }

    /// The part's entries as the timeline lists them: its stated entries with their key's dates.
    static func stating(_ entries: [TimelineEntry], _ dates: [EventDate]) -> [TimelineEntry] {
        guard !dates.isEmpty else { return entries }
        return entries.map { Timeline.isStated($0.reports) ? $0.stating(dates) : $0 }
    }
}
