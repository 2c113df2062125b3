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

    /// Drafts are part of the corpus (so `check` sees them) but only published with `--drafts`.
    public func publishable(includeDrafts: Bool) -> Corpus {
        var copy = self
        if !includeDrafts { copy.articles.removeAll(where: \.draft) }
        return copy
    }
}
