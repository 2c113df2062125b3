/// Everything loaded from a dossier's folder: settings, articles and topics, as values.
public struct Corpus: Sendable, Equatable {
    public var config: SiteConfig
    public var articles: [Article]
    public var topics: [Topic]

    public init(config: SiteConfig, articles: [Article], topics: [Topic]) {
        self.config = config
        self.articles = articles
        self.topics = topics
    }

    /// Drafts and articles dated after `today` are part of the corpus (so `check` sees them)
    /// but are only published with `--drafts`.
    public func publishable(includeDrafts: Bool, today: PublicationDate) -> Corpus {
        var copy = self
        if !includeDrafts { copy.articles.removeAll { $0.draft || ($0.date.map { $0 > today } ?? false) } }
        return copy
    }
}
