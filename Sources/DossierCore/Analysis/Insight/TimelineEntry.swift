/// One entry of the timeline: the same event (same key, compatible date) as one or more
/// articles report it.
public struct TimelineEntry: Sendable {
    public var date: EventDate
    /// Newest article first.
    public var reports: [DatedEvent]
    public var topicSlugs: [String]
    public var key: String?
    /// Every date outlets state for this event (same key), this entry's among them, sorted;
    /// empty when only one is given. Shared by all the event's entries: a much-reported
    /// event can have thousands, and a list per entry would grow with their square.
    var statedDates: [EventDate] = []
    /// Other dates outlets give for the same event: the disagreement to show.
    public var otherDates: [EventDate] { statedDates.filter { $0 != date } }
    /// Whether outlets give this event other dates.
    public var isDisputed: Bool { statedDates.count > 1 }
    /// How many articles report it (set once the entry is complete).
    public internal(set) var articleCount = 0
}
