/// Reads every article for quotes, figures and dated events (on all cores), resolves
/// speakers across the corpus, applies editors' corrections, then compares articles.
struct InsightAnalyzer {
    /// `readings` are the articles' analyses, in the same order (their extraction and
    /// signature). With a cache, each comparison is made again only when what it reads
    /// changed: an edit that adds a figure regroups the figures, not the quotes or the timeline;
    /// one that adds a quote regroups the quotes it can link to, not all of them.
    func analyze(_ articles: [AnalyzedArticle], readings: [ArticleAnalysis], cache: BuildCache? = nil) -> (insight: Insight, diagnostics: [Diagnostic]) {
        var insight = Insight()
        let keys = Self.keys(readings)
        // The four parts are independent: whichever must be made again are made side by side,
        // the two longest (the timeline, then the coverage's clustering) first, so that the
        // shorter two fill in around them and the cores end together.
        enum Part { case quotes([QuoteGroup], [Diagnostic]), figures([FigureGroup], [Diagnostic]),
                         timeline([TimelineEntry], [Diagnostic]), coverage(Coverage, digest: Int) }
        let parts = Parallel.map([0, 1, 2, 3]) { part -> Part in
            switch part {
            case 0:
                let made = cache.comparison(TimelineMerging.self, "timeline", key: keys.timeline, articles, readings)
                return .timeline(made.0, made.1)
            case 1:
                // Keyed on what it found, not on what it read: most edits change an
                // article's signature but not the coverage, and pages show the coverage.
                let made = cache.comparison(CoverageTracking.self, "coverage", key: keys.coverage, articles, readings).0
                return .coverage(made.0, digest: made.1)
            case 2:
                let made = cache.comparison(QuoteGrouping.self, "quotes", key: keys.quotes, articles, readings)
                return .quotes(made.0, made.1)
            default:
                // Brought up to date from the last build's when only a few articles changed.
                let made = cache.comparison(FigureGrouping.self, "figures", key: keys.figures, articles, readings)
                return .figures(made.0, made.1)
            }
        }
        // Warnings in the same order whatever order the parts ran in: quotes, figures, timeline.
        var quoteWarnings: [Diagnostic] = [], figureWarnings: [Diagnostic] = [], timelineWarnings: [Diagnostic] = []
        for part in parts {
            switch part {
            case .quotes(let groups, let found): insight.quoteGroups = groups; quoteWarnings = found
            case .figures(let groups, let found): insight.figureGroups = groups; figureWarnings = found
            case .timeline(let entries, let found): insight.timeline = entries; timelineWarnings = found
            case .coverage(let coverage, _): insight.coverage = coverage
            }
        }
        let diagnostics = quoteWarnings + figureWarnings + timelineWarnings
        insight.digests = keys
        for case .coverage(_, let digest) in parts { insight.digests.coverage = digest }
        return (insight, diagnostics)
    }

    /// For each comparison, a hash of everything it reads, article by article in order.
    static func keys(_ readings: [ArticleAnalysis]) -> Insight.Digests {
        var quotes = Hasher(), figures = Hasher(), timeline = Hasher(), coverage = Hasher()
        for reading in readings {
            let keys = reading.insightKeys
            quotes.combine(keys.quotes); figures.combine(keys.figures); timeline.combine(keys.timeline); coverage.combine(keys.coverage)
        }
        return Insight.Digests(quotes: quotes.finalize(), figures: figures.finalize(),
                               timeline: timeline.finalize(), coverage: coverage.finalize())
    }

    /// What each comparison reads of one article, hashed once with its analysis (which a
    /// cache keeps), so a rebuild combines four numbers an article.
    static func keys(of article: Article, topicSlugs: [String], outletSlug: String, digests: ArticleExtraction.Digests) -> Insight.Digests {
        var quotes = Hasher(), figures = Hasher(), timeline = Hasher(), coverage = Hasher()
        let slug = article.slug, file = article.file
        quotes.combine(slug); quotes.combine(file); quotes.combine(topicSlugs)
        // Roles resolve through every article's ties.
        quotes.combine(digests.quotes); quotes.combine(digests.ties)
        figures.combine(slug); figures.combine(file); figures.combine(digests.figures)
        timeline.combine(slug); timeline.combine(file); timeline.combine(digests.events)
        for correction in article.corrections {
            switch correction.target {
            case .quote: quotes.combine(correction)
            case .figure: figures.combine(correction)
            case .event: timeline.combine(correction)
            }
        }
        coverage.combine(slug); coverage.combine(outletSlug); coverage.combine(topicSlugs); coverage.combine(digests.signature)
        return Insight.Digests(quotes: quotes.finalize(), figures: figures.finalize(),
                               timeline: timeline.finalize(), coverage: coverage.finalize())
    }
}
