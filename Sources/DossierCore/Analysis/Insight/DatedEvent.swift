/// An event one article dates, with the sentence that dates it.
public struct DatedEvent: Sendable, Hashable {
    /// What the article wrote, fixed once read: kept in one shared object so that copying an
    /// event (the timeline gathers and regroups a corpus's hundreds of thousands) costs one
    /// reference instead of six strings.
    private final class Report: Sendable, Hashable {
        let articleSlug: String, phrase: String, sentence: String, key: String?, topicSlug: String?, isRelative: Bool

        init(articleSlug: String, phrase: String, sentence: String, key: String?, topicSlug: String?, isRelative: Bool) {
            (self.articleSlug, self.phrase, self.sentence) = (articleSlug, phrase, sentence)
            (self.key, self.topicSlug, self.isRelative) = (key, topicSlug, isRelative)
        }

        static func == (a: Report, b: Report) -> Bool {
            a === b || ((a.articleSlug, a.phrase, a.sentence) == (b.articleSlug, b.phrase, b.sentence)
                && (a.key, a.topicSlug, a.isRelative) == (b.key, b.topicSlug, b.isRelative))
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(articleSlug); hasher.combine(phrase); hasher.combine(sentence)
            hasher.combine(key); hasher.combine(topicSlug); hasher.combine(isRelative)
        }
    }

    private let report: Report
    /// When it happened (a correction may change it).
    public var date: EventDate
    /// Set when front matter corrected it.
    public var corrected = false

    public var articleSlug: String { report.articleSlug }
    /// The date as written: "in October 2016", "on Monday".
    public var phrase: String { report.phrase }
    public var sentence: String { report.sentence }
    /// What happened, for merging reports: "S-400: signed"; nil when the sentence names no action.
    public var key: String? { report.key }
    public var topicSlug: String? { report.topicSlug }
    /// Dated relative to the publication date ("on Monday"): never counted as a disagreement.
    public var isRelative: Bool { report.isRelative }

    init(articleSlug: String, date: EventDate, phrase: String, sentence: String, key: String?, topicSlug: String?,
         isRelative: Bool = false) {
        report = Report(articleSlug: articleSlug, phrase: phrase, sentence: sentence, key: key, topicSlug: topicSlug,
                        isRelative: isRelative)
        self.date = date
    }
}
