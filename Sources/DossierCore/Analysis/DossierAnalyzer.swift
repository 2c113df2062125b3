/// Turns a `Corpus` into a `Dossier`: renders Markdown once per article, finds topic
/// membership from aliases in the text plus front matter, picks each mention's passage,
/// reads each article's quotes, figures and dated events, and compares them across
/// articles (`InsightAnalyzer`).
public struct DossierAnalyzer: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var dossier: Dossier
        public var diagnostics: [Diagnostic]
        /// Processor time spent in cmark-gfm rendering article bodies, summed over the threads.
        public var markdownSeconds = 0.0
    }

    public func analyze(_ corpus: Corpus) -> Result {
        var corpus = corpus
        return analyze(takingArticlesFrom: &corpus, cache: nil)
    }

    /// With a cache, articles analysed before (same content, same topics and settings) are
    /// not rendered or read again. Empties `corpus.articles` once they are read, so a large
    /// dossier's Markdown bodies are freed while its pages are built.
    func analyze(takingArticlesFrom corpus: inout Corpus, cache: BuildCache?, progress: WorkProgress? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        // Bodies and explainers sit under the page's h1.
        let markdown = MarkdownRenderer(allowRawHTML: corpus.config.rawHTML, headingOffset: 1)
        let resolved = NamedTopics(corpus.articles, topics: corpus.topics, last: cache?.take("named-topics"))
        cache?.keep("named-topics", resolved)
        let topics = resolved.topics, named = resolved.slugs
        diagnostics += resolved.diagnostics
        let matcher = TopicMatcher(topics: topics)
        cache?.useAnalyses(context: Self.context(topics: topics, config: corpus.config))

        let names = Dictionary(topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Articles analysed before are reused; the others are rendered and read on all cores.
        var analyses = cache?.analyses(of: corpus.articles) ?? Array(repeating: nil, count: corpus.articles.count)
        let fresh = analyses.indices.filter { analyses[$0] == nil }
        progress?.advance(by: corpus.articles.count - fresh.count)
        let made = corpus.articles.withUnsafeMutableBufferPointer { buffer in
            // Each task reads and changes only its own article.
            nonisolated(unsafe) let articles = buffer
            return Parallel.map(fresh) { index -> (analysis: ArticleAnalysis, markdownSeconds: Double) in
                defer { progress?.advance() }
                let start = StageTimings.threadProcessorTime()
                let rendered = markdown.render(articles[index].body)
                let markdownSeconds = StageTimings.threadProcessorTime() - start
                let analysis = ArticleAnalysis(of: articles[index], rendered: rendered, named: named[index], matcher: matcher,
                                               topicNames: names, digesting: cache != nil)
                // Without a cache nothing reads the Markdown again: freed now, its memory is
                // reused by later articles' readings, which lowers a large dossier's peak.
                if cache == nil { articles[index].body = "" }
                return (analysis, markdownSeconds)
            }
        }
        var markdownSeconds = 0.0
        for (index, made) in zip(fresh, made) {
            analyses[index] = made.analysis
            markdownSeconds += made.markdownSeconds
        }
        cache?.rememberAnalyses(analyses.map { $0! }, of: corpus.articles)

        // Newest first, by index: moving whole articles around costs more than comparing them.
        var orderHasher = Hasher()
        for analysis in analyses { orderHasher.combine(analysis!.orderKey) }
        let orderKey = orderHasher.finalize()
        let order = cache.memo("order", key: orderKey) {
            corpus.articles.indices.sorted { Self.newestFirst(corpus.articles[$0], corpus.articles[$1]) }
        }
        let readings = order.map { analyses[$0]! }
        analyses = []
        // Bodies live on as HTML: the Markdown is not kept (see `AnalyzedArticle.article`).
        corpus.articles = []

        var relationKey = Hasher(), outletKey = Hasher(), mentionsKey = Hasher()
        for reading in readings {
            relationKey.combine(reading.relationKey)
            outletKey.combine(reading.outletKey)
            mentionsKey.combine(reading.mentionsKey)
        }
        relationKey.combine(names)
        let relations = relationKey.finalize()
        var relatedTopics: [String: [(slug: String, shared: Int)]] = [:]
        let analyzed = AnalyzedList.make(readings, relations: relations, cache: cache) { items in
            let made = cache.memo("related", key: relations) { (Relations.relatedArticles(items), Relations.relatedTopics(items, names: names)) }
            relatedTopics = made.1
            return made.0
        }
        mentionsKey.combine(topics)
        mentionsKey.combine(relations)
        let coverage = cache.memo("topic-coverage", key: mentionsKey.finalize()) {
            Self.coverage(topics, readings: readings, relatedTopics: relatedTopics, markdown: markdown)
        }
        let outlets = cache.memo("outlets", key: outletKey.finalize()) { Relations.outlets(of: analyzed) }
        let insight = InsightAnalyzer().analyze(analyzed, readings: readings, cache: cache)
        // Without a cache these are the last references: 10,000 analyses' quotes, figures and
        // events took one core most of 100 ms to free.
        Parallel.release(consume readings)
        var dossier = Dossier(config: corpus.config, articles: analyzed, topics: coverage, outlets: outlets)
        dossier.orderKey = orderKey
        dossier.insight = insight.insight
        diagnostics += insight.diagnostics
        return Result(dossier: dossier, diagnostics: diagnostics, markdownSeconds: markdownSeconds)
    }

    /// Each topic's coverage: its explainer, and its mentions newest first, most covered topic first.
    private static func coverage(_ topics: [Topic], readings: [ArticleAnalysis], relatedTopics: [String: [(slug: String, shared: Int)]],
                                 markdown: MarkdownRenderer) -> [TopicCoverage] {
        var mentions: [String: [TopicCoverage.Mention]] = [:]
        for reading in readings {
            for index in reading.topicMentions.indices {
                mentions[reading.topicMentions[index].slug, default: []].append(reading.topicMentions[index].mention)
            }
        }
        var coverage = topics.map { topic in
            TopicCoverage(topic: topic, explainerHTML: markdown.render(topic.body).html,
                          mentions: mentions[topic.slug] ?? [], related: relatedTopics[topic.slug] ?? [])
        }
        coverage.sort { ($0.mentions.count, $1.topic.name) > ($1.mentions.count, $0.topic.name) }
        for index in coverage.indices { coverage[index].key = PageKeys.topic(coverage[index]) }
        return coverage
    }

    /// What every cached analysis depends on besides its article: the topics and raw-HTML setting.
    static func context(topics: [Topic], config: SiteConfig) -> Int {
        var hasher = Hasher()
        hasher.combine(topics)
        hasher.combine(config.rawHTML)
        return hasher.finalize()
    }

    /// Dated articles newest first, then undated ones; ties by title, then slug, for stable output.
    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.slug) < (b.title, b.slug)
        }
    }
}
