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
        analyze(corpus, cache: nil)
    }

    /// With a cache, articles analysed before (same content, same topics and settings) are
    /// not rendered or read again.
    func analyze(_ corpus: Corpus, cache: BuildCache?, progress: WorkProgress? = nil) -> Result {
        var diagnostics: [Diagnostic] = []
        // Bodies and explainers sit under the page's h1.
        let markdown = MarkdownRenderer(allowRawHTML: corpus.config.rawHTML, headingOffset: 1)
        var topics = corpus.topics
        let named = resolveNamedTopics(corpus, topics: &topics, diagnostics: &diagnostics)
        let matcher = TopicMatcher(topics: topics)
        cache?.useAnalyses(context: Self.context(topics: topics, config: corpus.config))

        var analyzed: [AnalyzedArticle] = []
        var mentions: [String: [TopicCoverage.Mention]] = [:]
        var fresh: [(index: Int, analysis: ArticleAnalysis)] = []
        for (index, article) in corpus.articles.enumerated() {
            let analysis = cache?.analysis(of: article) ?? {
                let rendered = markdown.render(article.body)
                let searchable = article.title + "\n\n" + rendered.plainText
                var seen: Set<String> = []
                let found = matcher.matches(in: searchable).filter { seen.insert($0.topicSlug).inserted }
                let made = ArticleAnalysis(html: rendered.html, plainText: rendered.plainText, mentions: found.map {
                    ($0.topicSlug, Passage.sentence(around: $0.range, in: searchable))
                })
                fresh.append((index, made))
                return made
            }()
            var slugs: [String] = []
            for mention in analysis.mentions {
                slugs.append(mention.slug)
                mentions[mention.slug, default: []].append(.init(articleSlug: article.slug, passage: mention.passage))
            }
            for slug in named[index] where !slugs.contains(slug) {
                slugs.append(slug)
                mentions[slug, default: []].append(.init(articleSlug: article.slug, passage: nil))
            }
            var item = AnalyzedArticle(article: article, html: analysis.html, plainText: analysis.plainText,
                                       topicSlugs: slugs, outletSlug: Relations.outletSlug(for: article.source))
            item.extraction = analysis.extraction
            item.extractionDigests = analysis.extractionDigests
            item.signature = analysis.signature
            analyzed.append(item)
        }
        // Quotes, figures, dates and the syndication signature of new articles, on all cores.
        let names = Dictionary(topics.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        progress?.advance(by: corpus.articles.count - fresh.count)
        let extracted = Parallel.map(fresh.map { analyzed[$0.index] }) { item -> (ArticleExtraction, [UInt64]) in
            defer { progress?.advance() }
            return (ArticleExtraction(item, matcher: matcher, topicNames: names), Syndication.signature(item.plainText))
        }
        for (entry, result) in zip(fresh, extracted) {
            let digests = result.0.digests
            analyzed[entry.index].extraction = result.0
            analyzed[entry.index].extractionDigests = digests
            analyzed[entry.index].signature = result.1
            var analysis = entry.analysis
            analysis.extraction = result.0
            analysis.extractionDigests = digests
            analysis.signature = result.1
            cache?.store(analysis, for: corpus.articles[entry.index])
        }
        cache?.keepAnalyses(of: corpus.articles)

        // Sorted by index: moving whole articles around costs more than comparing them.
        analyzed = analyzed.indices.sorted { Self.newestFirst(analyzed[$0].article, analyzed[$1].article) }.map { analyzed[$0] }
        var relationKey = Hasher()
        for index in analyzed.indices { relationKey.combine(analyzed[index].article.slug); relationKey.combine(analyzed[index].topicSlugs) }
        let related = cache.memo("related-articles", key: relationKey.finalize()) { Relations.relatedArticles(analyzed) }
        for (index, slugs) in related.enumerated() { analyzed[index].related = slugs }
        let order = Dictionary(uniqueKeysWithValues: analyzed.enumerated().map { ($1.article.slug, $0) })
        let relatedTopics = Relations.relatedTopics(analyzed, names: names)
        var coverage = topics.map { topic in
            TopicCoverage(topic: topic, explainerHTML: markdown.render(topic.body).html,
                          mentions: (mentions[topic.slug] ?? []).map { (order[$0.articleSlug]!, $0) }.sorted { $0.0 < $1.0 }.map(\.1),
                          related: relatedTopics[topic.slug] ?? [])
        }
        coverage.sort { ($0.mentions.count, $1.topic.name) > ($1.mentions.count, $0.topic.name) }
        var dossier = Dossier(config: corpus.config, articles: analyzed, topics: coverage,
                              outlets: Relations.outlets(of: analyzed))
        let insight = InsightAnalyzer().analyze(analyzed, cache: cache)
        dossier.insight = insight.insight
        diagnostics += insight.diagnostics
        return Result(dossier: dossier, diagnostics: diagnostics)
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
        return corpus.articles.map { article in
            article.topics.compactMap { name -> String? in
                if let slug = lookup[key(name)] { return slug }
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
