/// One entry of the timeline: the same event (same key, compatible date) as one or more
/// articles report it.
public struct TimelineEntry: Sendable {
    public var date: EventDate
    /// Newest article first.
    public var reports: [DatedEvent]
    public var topicSlugs: [String]
    public var key: String?
    /// Other dates outlets give for the same event (same key): the disagreement to show.
    public var otherDates: [EventDate] = []
    /// How many articles report it (set once the entry is complete).
    public internal(set) var articleCount = 0
}
