/// Coverage (`Coverage`) kept between preview builds with the links that find syndicated
/// stories, so that an edit, which changes its article's signature, compares only that
/// article's buckets again (`SyndicationLinks`). With a hash of what it found: pages show
/// the coverage, and most edits leave it alone.
struct CoverageTracking: IncrementalComparison {
    private var stamps: ArticleStamps
    private var links: SyndicationLinks
    private var coverage: (Coverage, digest: Int)

    var made: ((Coverage, digest: Int), [Diagnostic]) { (coverage, []) }

    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> ((Coverage, digest: Int), [Diagnostic]) {
        (found(Coverage(articles: articles, signatures: readings.map(\.signature))), [])
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        stamps = ArticleStamps(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.coverage))
        links = SyndicationLinks(signatures: readings.map(\.signature))
        coverage = Self.found(Coverage(articles: articles, clusters: links.clusters))
    }

    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let changed = stamps.changes(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.coverage)) else { return false }
        for index in changed {
            stamps.set(index, readings[index].insightKeys.coverage)
            links.update(index, signature: readings[index].signature)
        }
        coverage = Self.found(Coverage(articles: articles, clusters: links.clusters))
        return true
    }

    private static func found(_ coverage: Coverage) -> (Coverage, digest: Int) {
        var hasher = Hasher()
        hasher.combine(coverage)
        return (coverage, hasher.finalize())
    }
}
