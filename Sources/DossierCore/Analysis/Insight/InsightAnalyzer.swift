/// Reads every article for quotes, figures and dated events (on all cores), resolves
/// speakers across the corpus, applies editors' corrections, then compares articles.
struct InsightAnalyzer {
    /// `articles` carry their extraction and signature (made by `DossierAnalyzer`). With a
    /// cache, comparisons and coverage are made again only when what they read changed: an
    /// edit that changes no quote, figure or date reuses the comparisons.
    func analyze(_ articles: [AnalyzedArticle], cache: BuildCache? = nil) -> (insight: Insight, diagnostics: [Diagnostic]) {
        let comparisonKey = Self.comparisonKey(articles)
        var (insight, diagnostics) = cache.memo("insight.comparisons", key: comparisonKey) { compare(articles) }
        let coverageKey = Self.coverageKey(articles)
        insight.coverage = cache.memo("insight.coverage", key: coverageKey) {
            Coverage(articles: articles, signatures: articles.map(\.signature))
        }
        insight.digest = SplitMix.mix(UInt64(bitPattern: Int64(comparisonKey)) ^ UInt64(bitPattern: Int64(coverageKey)))
        return (insight, diagnostics)
    }

    /// Everything the comparisons read: each article's extraction, topics and corrections, in order.
    static func comparisonKey(_ articles: [AnalyzedArticle]) -> Int {
        var hasher = Hasher()
        for analyzed in articles {
            hasher.combine(analyzed.article.slug)
            hasher.combine(analyzed.article.file)
            hasher.combine(analyzed.topicSlugs)
            hasher.combine(analyzed.article.corrections)
            hasher.combine(analyzed.extractionDigest)
        }
        return hasher.finalize()
    }

    /// Everything coverage reads: outlets, topics and syndication signatures, in order.
    static func coverageKey(_ articles: [AnalyzedArticle]) -> Int {
        var hasher = Hasher()
        for analyzed in articles {
            hasher.combine(analyzed.article.slug)
            hasher.combine(analyzed.outletSlug)
            hasher.combine(analyzed.topicSlugs)
            hasher.combine(analyzed.signature)
        }
        return hasher.finalize()
    }

    /// Quotations grouped, figures compared and the timeline, with problems in corrections.
    private func compare(_ articles: [AnalyzedArticle]) -> (Insight, [Diagnostic]) {
        let extractions = articles.map { $0.extraction ?? ArticleExtraction() }
        let ties = extractions.flatMap(\.ties)
        var diagnostics: [Diagnostic] = []
        var quotes: [Quotation] = []
        var quoteTopics: [[String]] = []
        var figures: [Figure] = []
        var events: [DatedEvent] = []
        for (analyzed, extraction) in zip(articles, extractions) {
            let slug = analyzed.article.slug
            var articleQuotes = extraction.quotes.map { quote -> Quotation in
                let (speaker, isPerson) = Self.resolve(quote.speaker, ties: ties)
                var quotation = Quotation(articleSlug: slug, text: quote.text, speaker: speaker, speakerIsPerson: isPerson)
                quotation.shingles = quote.shingles
                return quotation
            }
            var articleFigures = extraction.figures
            var articleEvents = extraction.events
            diagnostics += CorrectionApplier.apply(analyzed.article.corrections, file: analyzed.article.file,
                                                   quotes: &articleQuotes, figures: &articleFigures, events: &articleEvents)
            let topicsByText = Dictionary(extraction.quotes.map { ($0.text, $0.topicSlugs) }, uniquingKeysWith: { a, _ in a })
            for quote in articleQuotes {
                quotes.append(quote)
                quoteTopics.append(topicsByText[quote.text] ?? Array(analyzed.topicSlugs.prefix(1)))
            }
            figures += articleFigures
            events += articleEvents
        }

        var insight = Insight()
        insight.quoteGroups = QuoteGrouper.groups(quotes, topics: quoteTopics).sorted {
            ($0.hasAttributionConflict ? 1 : 0, $0.articleCount, $1.text) > ($1.hasAttributionConflict ? 1 : 0, $1.articleCount, $0.text)
        }
        insight.figureGroups = Self.figureGroups(figures)
        insight.timeline = Timeline.entries(events)
        return (insight, diagnostics)
    }

    /// A speaker's display name and whether it is a person; roles resolve through the
    /// offices other articles tie to names, then the person named nearest before the quote.
    static func resolve(_ speaker: SpeakerRef, ties: [PeopleIndex.Tie]) -> (String?, Bool) {
        switch speaker {
        case .person(let name): return (name, true)
        case .role(let office, let nationality, let nearest):
            if let name = PeopleIndex.pick(ties, office: office, nationality: nationality) ?? nearest { return (name, true) }
            return (office.prefix(1).uppercased() + office.dropFirst(), false)
        case .other(let phrase): return (phrase, false)
        case .unknown: return (nil, false)
        }
    }

    static func figureGroups(_ figures: [Figure]) -> [FigureGroup] {
        var order: [String] = []
        var byMeasure: [String: [Figure]] = [:]
        for figure in figures {
            let key = figure.measure + "\u{1F}" + figure.unit
            if byMeasure[key] == nil { order.append(key) }
            byMeasure[key, default: []].append(figure)
        }
        let groups = order.map { key in
            let members = byMeasure[key]!
            return FigureGroup(measure: members[0].measure, unit: members[0].unit, topicSlug: members[0].topicSlug, figures: members)
        }
        // Sort keys worked out once per group, not once per comparison.
        let keyed = groups.map { ($0, $0.disagrees ? 1 : 0, $0.articleCount) }
        return keyed.sorted { ($0.1, $0.2, $1.0.measure) > ($1.1, $1.2, $0.0.measure) }.map(\.0)
    }
}
