/// The analysed corpus: what every page is planned from. Pure values, no file access.
public struct Dossier: Sendable {
    public var config: SiteConfig
    /// Newest first; undated articles last.
    public var articles: [AnalyzedArticle]
    /// Most covered first.
    public var topics: [TopicCoverage]

    public func article(slug: String) -> AnalyzedArticle? {
        articles.first { $0.article.slug == slug }
    }

    public func topic(slug: String) -> TopicCoverage? {
        topics.first { $0.topic.slug == slug }
    }
}

public struct AnalyzedArticle: Sendable {
    public var article: Article
    public var html: String
    public var plainText: String
    /// Topics the article belongs to: found in its text, plus those its front matter names.
    public var topicSlugs: [String]
}

public struct TopicCoverage: Sendable {
    public struct Mention: Sendable, Equatable {
        public var articleSlug: String
        /// The sentence that mentions the topic; empty when only front matter names it.
        public var passage: String
    }

    public var topic: Topic
    public var explainerHTML: String
    /// Newest first.
    public var mentions: [Mention]
}
