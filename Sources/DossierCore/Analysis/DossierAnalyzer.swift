/// Turns a `Corpus` into a `Dossier`: renders Markdown once per article, finds topic
/// membership from aliases in the text plus front matter, picks each mention's passage,
/// reads each article's quotes, figures and dated events, and compares them across
/// articles (`InsightAnalyzer`).
public struct DossierAnalyzer: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var dossier: Dossier
        public var diagnostics: [Diagnostic]
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
        var topics = corpus.topics
        let named = resolveNamedTopics(corpus, topics: &topics, diagnostics: &diagnostics)
        let matcher = TopicMatcher(topics: topics)
        cache?.useAnalyses(context: Self.context(topics: topics, config: corpus.config))

        let names = Dictionary(topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Articles analysed before are reused; the others are rendered and read on all cores.
        var analyses = cache?.analyses(of: corpus.articles) ?? Array(repeating: nil, count: corpus.articles.count)
        let fresh = analyses.indices.filter { analyses[$0] == nil }
        progress?.advance(by: corpus.articles.count - fresh.count)
        let made = Parallel.map(fresh) { index -> ArticleAnalysis in
            defer { progress?.advance() }
            return Self.analysis(of: corpus.articles[index], named: named[index], markdown: markdown, matcher: matcher, topicNames: names)
        }
        for (index, analysis) in zip(fresh, made) {
            analyses[index] = analysis
            cache?.store(analysis, for: corpus.articles[index])
        }
        cache?.keepAnalyses(of: corpus.articles)

        // Newest first, by index: moving whole articles around costs more than comparing them.
        var orderKey = Hasher()
        for analysis in analyses { orderKey.combine(analysis!.orderKey) }
        let order = cache.memo("order", key: orderKey.finalize()) {
            corpus.articles.indices.sorted { Self.newestFirst(corpus.articles[$0], corpus.articles[$1]) }
        }
        var analyzed: [AnalyzedArticle] = []
        analyzed.reserveCapacity(corpus.articles.count)
        var mentions: [String: [TopicCoverage.Mention]] = [:]
        for index in order {
            let analysis = analyses[index]!
            for (slug, mention) in analysis.topicMentions { mentions[slug, default: []].append(mention) }
            analyzed.append(Self.item(corpus.articles[index], analysis, named: named[index]))
        }
        // Bodies live on as HTML: the Markdown is not kept (see `AnalyzedArticle.article`).
        corpus.articles = []

        var relationKey = Hasher(), outletKey = Hasher()
        for index in order {
            relationKey.combine(analyses[index]!.relationKey)
            outletKey.combine(analyses[index]!.outletKey)
        }
        analyses = []
        relationKey.combine(names)
        let (related, relatedTopics) = cache.memo("related", key: relationKey.finalize()) {
            (Relations.relatedArticles(analyzed), Relations.relatedTopics(analyzed, names: names))
        }
        for (index, slugs) in related.enumerated() { analyzed[index].related = slugs }
        var coverage = topics.map { topic in
            TopicCoverage(topic: topic, explainerHTML: markdown.render(topic.body).html,
                          mentions: mentions[topic.slug] ?? [],
                          related: relatedTopics[topic.slug] ?? [])
        }
        coverage.sort { ($0.mentions.count, $1.topic.name) > ($1.mentions.count, $0.topic.name) }
        let outlets = cache.memo("outlets", key: outletKey.finalize()) { Relations.outlets(of: analyzed) }
        let insight = InsightAnalyzer().analyze(analyzed, cache: cache)
        // Compared now: the pages show the groups, so the per-article readings can go (a
        // cache keeps its own). Done before the dossier shares the list, which would copy it.
        for index in analyzed.indices {
            analyzed[index].extraction = nil
            analyzed[index].signature = []
        }
        var dossier = Dossier(config: corpus.config, articles: analyzed, topics: coverage, outlets: outlets)
        dossier.insight = insight.insight
        diagnostics += insight.diagnostics
        return Result(dossier: dossier, diagnostics: diagnostics)
    }

    /// One article's own analysis: its HTML and plain text, the topics its text mentions with
    /// their passages, and its quotes, figures, dates and syndication signature.
    private static func analysis(of article: Article, named: [String], markdown: MarkdownRenderer, matcher: TopicMatcher,
                                 topicNames: [String: String]) -> ArticleAnalysis {
        let rendered = markdown.render(article.body)
        let searchable = article.title + "\n\n" + rendered.plainText
        var seen: Set<String> = []
        let found = matcher.matches(in: searchable).filter { seen.insert($0.topicSlug).inserted }
        let analysis = ArticleAnalysis(html: rendered.html, mentions: found.map {
            ($0.topicSlug, Passage.sentence(around: $0.range, in: searchable))
        })
        var bodiless = article
        bodiless.body = ""
        analysis.bodiless = bodiless
        // The plain text is read here and not kept: a large dossier would hold it all at once.
        let extraction = ArticleExtraction(article, plainText: rendered.plainText, topicSlugs: topicSlugs(analysis, named: named),
                                           matcher: matcher, topicNames: topicNames)
        analysis.extraction = extraction
        analysis.extractionDigests = extraction.digests
        analysis.signature = Syndication.signature(rendered.plainText)
        var signatureHash = Hasher()
        signatureHash.combine(analysis.signature)
        analysis.extractionDigests.signature = signatureHash.finalize()
        // Made once here, where the analysis is cached, rather than for every article on every rebuild.
        let slugs = topicSlugs(analysis, named: named), outletSlug = Relations.outletSlug(for: article.source)
        analysis.cardKey = PageKeys.card(article, outletSlug: outletSlug, topicSlugs: slugs, topicNames: topicNames)
        analysis.outletSlug = outletSlug
        analysis.orderKey = Self.hash(article.slug, article.title, article.date)
        analysis.relationKey = Self.hash(article.slug, slugs)
        analysis.outletKey = Self.hash(article.slug, outletSlug, article.source)
        analysis.insightKeys = InsightAnalyzer.keys(of: article, topicSlugs: slugs, outletSlug: outletSlug, digests: analysis.extractionDigests)
        analysis.topicMentions = slugs.map { slug in
            var mention = TopicCoverage.Mention(articleSlug: article.slug, passage: analysis.mentions.first { $0.slug == slug }?.passage)
            var key = Hasher()
            key.combine(mention.articleSlug)
            key.combine(mention.passage)
            mention.key = key.finalize()
            mention.card = analysis.cardKey
            return (slug, mention)
        }
        return analysis
    }

    /// Topics mentioned in the article's text first, then the ones only its front matter names.
    private static func topicSlugs(_ analysis: ArticleAnalysis, named: [String]) -> [String] {
        var slugs = analysis.mentions.map(\.slug)
        for slug in named where !slugs.contains(slug) { slugs.append(slug) }
        return slugs
    }

    /// The article with what its analysis found.
    private static func item(_ article: Article, _ analysis: ArticleAnalysis, named: [String]) -> AnalyzedArticle {
        let article = analysis.bodiless ?? article
        var item = AnalyzedArticle(article: article, html: analysis.html, topicSlugs: topicSlugs(analysis, named: named),
                                   outletSlug: analysis.outletSlug)
        item.extraction = analysis.extraction
        item.extractionDigests = analysis.extractionDigests
        item.signature = analysis.signature
        item.cardKey = analysis.cardKey
        item.insightKeys = analysis.insightKeys
        return item
    }

    /// Front matter names topics by name, slug or alias. A name with no topic file still
    /// gets a topic (and page), with a warning so the editor can add an explainer.
    private func resolveNamedTopics(_ corpus: Corpus, topics: inout [Topic], diagnostics: inout [Diagnostic]) -> [[String]] {
        var lookup: [String: String] = [:]
        func key(_ text: String) -> String { TextFolding.foldedString(text.trimmingSpaces) }
        for topic in topics {
            lookup[key(topic.slug)] = topic.slug
            for alias in topic.aliases { lookup[key(alias)] = lookup[key(alias)] ?? topic.slug }
        }
        // Names repeat across thousands of articles: each is folded once.
        var known: [String: String] = [:]
        return corpus.articles.map { article in
            article.topics.compactMap { name -> String? in
                if let slug = known[name] { return slug }
                if let slug = lookup[key(name)] {
                    known[name] = slug
                    return slug
                }
                let slug = Slug.make(from: name)
                guard !slug.isEmpty else {
                    diagnostics.append(.error(article.file, line: article.topicsLine,
                        "topic '\(name)' has no letters or digits to make a page address from"))
                    return nil
                }
                if let existing = topics.first(where: { $0.slug == slug }) {
                    lookup[key(name)] = existing.slug
                    return existing.slug
                }
                diagnostics.append(.warning(article.file, line: article.topicsLine,
                    "topic '\(name)' has no file; it gets a page without an explainer. Add content/topics/\(slug).md with 'name: \(name)' and its aliases"))
                topics.append(Topic(file: nil, name: name, slug: slug, aliases: [], body: ""))
                lookup[key(name)] = slug
                return slug
            }
        }
    }

    /// What every cached analysis depends on besides its article: the topics and raw-HTML setting.
    static func context(topics: [Topic], config: SiteConfig) -> Int {
        var hasher = Hasher()
        hasher.combine(topics)
        hasher.combine(config.rawHTML)
        return hasher.finalize()
    }

    private static func hash<each T: Hashable>(_ parts: repeat each T) -> Int {
        var hasher = Hasher()
        repeat hasher.combine(each parts)
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
