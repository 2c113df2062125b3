/// One entry of the timeline: the same event (same key, compatible date) as one or more
/// articles report it. Fixed once merged (`Timeline.merged`) and kept in one shared object,
/// so that copying an entry (a timeline has a hundred thousand, listed and regrouped on
/// every edit) costs one reference.
public struct TimelineEntry: Sendable {
    private final class Storage: Sendable {
        let date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?
        let statedDates: [EventDate], articleCount: Int

        init(date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate], articleCount: Int) {
            (self.date, self.reports, self.topicSlugs, self.key) = (date, reports, topicSlugs, key)
            (self.statedDates, self.articleCount) = (statedDates, articleCount)
        }
    }

    private let storage: Storage

    init(date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate], articleCount: Int) {
        storage = Storage(date: date, reports: reports, topicSlugs: topicSlugs, key: key, statedDates: statedDates, articleCount: articleCount)
    }

    public var date: EventDate { storage.date }
    /// Newest article first.
    public var reports: [DatedEvent] { storage.reports }
    public var topicSlugs: [String] { storage.topicSlugs }
    public var key: String? { storage.key }
    /// Every date outlets state for this event (same key), this entry's among them, sorted;
    /// empty when only one is given. Shared by all the event's entries: a much-reported
    /// event can have thousands, and a list per entry would grow with their square.
    var statedDates: [EventDate] { storage.statedDates }
    /// Other dates outlets give for the same event: the disagreement to show.
    public var otherDates: [EventDate] { statedDates.filter { $0 != date } }
    /// Whether outlets give this event other dates.
    public var isDisputed: Bool { statedDates.count > 1 }
    /// How many articles report it.
    public var articleCount: Int { storage.articleCount }
}
