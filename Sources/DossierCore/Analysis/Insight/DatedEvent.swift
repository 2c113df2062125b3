/// An event one article dates, with the sentence that dates it.
public struct DatedEvent: Sendable, Hashable {
    public var articleSlug: String
    public var date: EventDate
    /// The date as written: "in October 2016", "on Monday".
    public var phrase: String
    public var sentence: String
    /// What happened, for merging reports: "S-400: signed"; nil when the sentence names no action.
    public var key: String?
    public var topicSlug: String?
    /// Dated relative to the publication date ("on Monday"): never counted as a disagreement.
    public var isRelative = false
    /// Set when front matter corrected it.
    public var corrected = false
}
