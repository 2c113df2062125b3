/// Coverage (`Coverage`) kept between preview builds with the links that find syndicated
/// stories, so that an edit, which changes its article's signature, compares only that
/// article's buckets again (`SyndicationLinks`). With a hash of what it found: pages show
/// the coverage, and most edits leave it alone.
struct CoverageTracking: IncrementalComparison {
    private var stamps: ArticleStamps
    private var links: SyndicationLinks
    private var coverage: (Coverage, digest: Int)
    /// What the coverage was counted from: the clusters, and each article's slug, outlet and
    /// topics. Most edits change an article's wording (its signature) but neither.
    private var clusters: [[Int]]
    private var filing: Int

    var made: ((Coverage, digest: Int), [Diagnostic]) { (coverage, []) }

    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> ((Coverage, digest: Int), [Diagnostic]) {
        (found(Coverage(articles: articles, signatures: readings.map(\.signature))), [])
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        stamps = ArticleStamps(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.coverage))
        links = SyndicationLinks(signatures: readings.map(\.signature))
        clusters = links.clusters
        filing = Self.filing(readings)
        coverage = Self.found(Coverage(articles: articles, clusters: clusters))
    }

    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let changed = stamps.changes(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.coverage)) else { return false }
        for index in changed {
            stamps.set(index, readings[index].insightKeys.coverage)
            links.update(index, signature: readings[index].signature)
        }
        let clusters = links.clusters, filing = Self.filing(readings)
        guard clusters != self.clusters || filing != self.filing else { return true }
        self.clusters = clusters
        self.filing = filing
        coverage = Self.found(Coverage(articles: articles, clusters: clusters))
        return true
    }

    /// From the hashes each analysis made of its slug and topics and of its slug and outlet:
    /// hashing 10,000 articles' strings again would cost a rebuild milliseconds.
    private static func filing(_ readings: [ArticleAnalysis]) -> Int {
        var hasher = Hasher()
        hasher.combine(readings.count)
        for reading in readings {
            hasher.combine(reading.relationKey)
            hasher.combine(reading.outletKey)
        }
        return hasher.finalize()
    }

    private static func found(_ coverage: Coverage) -> (Coverage, digest: Int) {
        var hasher = Hasher()
        hasher.combine(coverage)
        return (coverage, hasher.finalize())
    }
}
