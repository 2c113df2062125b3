/// The analysed corpus: what every page is planned from. Pure values, no file access.
public struct Dossier: Sendable {
    public var config: SiteConfig
    /// Newest first; undated articles last.
    public var articles: [AnalyzedArticle]
    /// Most covered first.
    public var topics: [TopicCoverage]
    /// Most articles first; articles without an outlet are grouped as `OutletCoverage.unknown`.
    public var outlets: [OutletCoverage]
    /// Quotes, figures, timeline and coverage compared across articles.
    public var insight = Insight()
    /// Whether the site gets a search page (Pagefind is installed).
    public var hasSearch = false
    /// A hash of every article's slug, title and date in order, made by the analyzer (nil for a
    /// dossier made otherwise): what the articles' positions are remembered under between builds.
    var orderKey: Int?
}

public struct AnalyzedArticle: Sendable {
    /// Its front matter and file. The body is left empty: it lives on as `html`, and a
    /// large dossier would otherwise hold every article's Markdown until the build ends.
    public var article: Article
    public var html: String
    /// Topics the article belongs to: found in its text, plus those its front matter names.
    public var topicSlugs: [String]
    public var outletSlug: String
    /// Articles sharing the most topics, then the newest: slugs, best first.
    public var related: [String] = []
    /// The same articles by position in the dossier's list: page keys read their cards without a look-up.
    var relatedPositions: [Int] = []
    /// A hash of everything its card shows (`PageKeys.card`), made with its analysis.
    var cardKey = 0
    /// `article.identity`, kept beside the card key for page keys.
    var identity: UInt64 = 0
}

public struct TopicCoverage: Sendable {
    public struct Mention: Sendable, Equatable {
        public var articleSlug: String
        /// The sentence that mentions the topic; nil when only front matter names it.
        public var passage: Passage?
        /// A hash of both, and the article's card key, made with its analysis: what a topic's page key reads.
        var key = 0
        var card = 0
    }

    public var topic: Topic
    public var explainerHTML: String
    /// Newest first.
    public var mentions: [Mention]
    /// Topics that share articles with this one, most shared first, with the count shared.
    public var related: [(slug: String, shared: Int)] = []
    /// What its pages read of it (`PageKeys.topic`), made with it: zero until then.
    var key = 0
}

public struct OutletCoverage: Sendable {
    public var name: String
    public var slug: String
    /// Newest first.
    public var articleSlugs: [String]
    /// What its pages read of it (`PageKeys.outlet`), made with it: zero until then.
    var key = 0

    /// Where articles whose outlet the clipping did not name are listed.
    public static let unknownSlug = "outlet-unknown"
    public static let unknownName = "Outlet unknown"
}
