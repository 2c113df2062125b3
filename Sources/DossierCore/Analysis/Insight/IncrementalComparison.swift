/// A corpus-wide comparison (figure groups, the timeline, coverage) that a preview keeps between
/// builds and brings up to date after an edit instead of making it again. A one-shot build
/// makes it once (`make`), without what keeping it takes.
protocol IncrementalComparison: Sendable {
    associatedtype Made: Sendable
    /// What pages show, and the diagnostics of corrections that matched nothing, in article order.
    var made: (Made, [Diagnostic]) { get }
    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> (Made, [Diagnostic])
    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis])
    /// Brings the comparison up to date with the articles; false (and unchanged) when too much changed.
    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool
}

extension Optional where Wrapped == BuildCache {
    /// Without a cache, the comparison made once; with one, the comparison kept under `name`
    /// when its key is the same, else the last one brought up to date, else a new one.
    func comparison<T: IncrementalComparison>(_ type: T.Type, _ name: String, key: Int, _ articles: [AnalyzedArticle],
                                              _ readings: [ArticleAnalysis]) -> (T.Made, [Diagnostic]) {
        guard let cache = self else { return T.make(articles, readings) }
        let kept = cache.memo("insight." + name, key: key) { (last: inout T?) in
            if var kept = last.take(), kept.update(articles, readings) {
                cache.noteRegrouped(name)
                return kept
            }
            return T(articles, readings)
        }
        return kept.made
    }
}
