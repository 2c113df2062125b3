/// One entry of the timeline: the same event (same key, compatible date) as one or more
/// articles report it. Fixed once merged (`Timeline.merged`) and kept in one shared object,
/// so that copying an entry (a timeline has a hundred thousand, listed and regrouped on
/// every edit) costs one reference (two for a topic slug longer than fifteen bytes).
public struct TimelineEntry: Sendable {
    private final class Storage: Sendable {
        let date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate]

        init(date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate]) {
            (self.date, self.reports, self.topicSlugs, self.key, self.statedDates) = (date, reports, topicSlugs, key, statedDates)
        }
    }

    private let storage: Storage
    /// Which entry this is, while the timeline holding it lives (`TimelineEntryKeys`).
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }
    /// Read beside the reference: passes over the whole timeline (what is listed, what is
    /// disputed, each topic's part) read one array, not a hundred thousand objects. A slug
    /// of up to fifteen bytes is held in place, without a reference of its own.
    public let firstTopicSlug: String?
    /// Whether `topicSlugs` has more than `firstTopicSlug`.
    public let hasMoreTopics: Bool
    /// Whether outlets give this event other dates.
    public let isDisputed: Bool
    private let count: Int32

    init(date: EventDate, reports: [DatedEvent], topicSlugs: [String], key: String?, statedDates: [EventDate], articleCount: Int) {
        storage = Storage(date: date, reports: reports, topicSlugs: topicSlugs, key: key, statedDates: statedDates)
        (firstTopicSlug, hasMoreTopics) = (topicSlugs.first, topicSlugs.count > 1)
        (count, isDisputed) = (Int32(clamping: articleCount), statedDates.count > 1)
    }

    /// The same entry listing other dates of its event (`Timeline.statedDates`).
    func stating(_ dates: [EventDate]) -> TimelineEntry {
        TimelineEntry(date: date, reports: reports, topicSlugs: topicSlugs, key: key, statedDates: dates, articleCount: articleCount)
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
    /// How many articles report it.
    public var articleCount: Int { Int(count) }
}
