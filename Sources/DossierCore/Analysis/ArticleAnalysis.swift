/// Per-article results of the analyze stage, reusable while the article and the topics stay the same.
///
/// A class, so that handing a cached analysis to a rebuild costs one retain rather than one
/// for each of its strings and lists. Made whole by `init(of:…)` and never changed after:
/// hence `@unchecked Sendable`. Besides what the pages show, it carries hashes of what each
/// corpus-wide pass reads of the article, so a rebuild of a large dossier combines numbers
/// instead of reading (and hashing) every article's strings again.
final class ArticleAnalysis: @unchecked Sendable {
    /// The article without its Markdown body, as the dossier keeps it.
    let article: Article
    let html: String
    /// Topics found in the text first, then those only its front matter names.
    let topicSlugs: [String]
    let outletSlug: String
    /// Its entry in each of its topics' coverage, in `topicSlugs` order.
    let topicMentions: [(slug: String, mention: TopicCoverage.Mention)]
    /// Quotes, figures and dated events read from it, and its syndication signature.
    let extraction: ArticleExtraction
    let signature: [UInt64]
    /// Everything its card shows (`PageKeys.card`).
    let cardKey: Int
    /// What each comparison reads of it (`InsightAnalyzer.keys(of:…)`); when not digesting,
    /// of its name, file and topics only.
    let insightKeys: Insight.Digests
    /// Its place in the newest-first order (slug, title, date), its topics for related
    /// articles, its outlet, its topic mentions.
    let orderKey: Int, relationKey: Int, outletKey: Int, mentionsKey: Int

    /// Finds the article's topics and their passages, and reads it.
    /// - Parameters:
    ///   - named: the topics its front matter names, resolved to slugs.
    ///   - digesting: whether to hash what it read (`insightKeys`) for a later rebuild to
    ///     compare. Only a build with a cache (the preview) has a later rebuild; hashing every
    ///     quote, figure and event costs a one-shot build over 1 % of its time for nothing.
    ///   - rendered: its body rendered by `MarkdownRenderer` (timed apart by the caller).
    init(of article: Article, rendered: MarkdownRenderer.Output, named: [String], matcher: TopicMatcher, topicNames: [String: String],
         digesting: Bool) {
        let searchable = article.title + "\n\n" + rendered.plainText
        var seen: Set<String> = []
        let found = matcher.matches(in: searchable).filter { seen.insert($0.topicSlug).inserted }
        let passages = found.map { ($0.topicSlug, Passage.sentence(around: $0.range, in: searchable)) }
        var slugs = passages.map(\.0)
        for slug in named where !slugs.contains(slug) { slugs.append(slug) }
        var bodiless = article
        bodiless.body = ""
        self.article = bodiless
        html = rendered.html
        topicSlugs = slugs
        outletSlug = Relations.outletSlug(for: article.source)
        // The plain text is read here and not kept: a large dossier would hold it all at once.
        extraction = ArticleExtraction(article, plainText: rendered.plainText, topicSlugs: slugs, matcher: matcher, topicNames: topicNames)
        signature = Syndication.signature(rendered.plainText)
        var digests = digesting ? extraction.digests : ArticleExtraction.Digests()
        if digesting { digests.signature = Hashing.of(signature) }
        cardKey = PageKeys.card(article, outletSlug: outletSlug, topicSlugs: slugs, topicNames: topicNames)
        insightKeys = InsightAnalyzer.keys(of: article, topicSlugs: slugs, outletSlug: outletSlug, digests: digests)
        let card = cardKey
        topicMentions = slugs.map { slug in
            var mention = TopicCoverage.Mention(articleSlug: article.slug, passage: passages.first { $0.0 == slug }?.1)
            mention.key = Hashing.of(mention.articleSlug, mention.passage)
            mention.card = card
            return (slug, mention)
        }
        orderKey = Hashing.of(article.slug, article.title, article.date)
        relationKey = Hashing.of(article.slug, slugs)
        outletKey = Hashing.of(article.slug, outletSlug, article.source)
        mentionsKey = Hashing.of(topicMentions.map(\.mention.key), slugs, cardKey)
    }

    /// The article with what its analysis found, as the dossier lists it.
    var item: AnalyzedArticle {
        var item = AnalyzedArticle(article: article, html: html, topicSlugs: topicSlugs, outletSlug: outletSlug)
        item.cardKey = cardKey
        item.identity = article.identity
        return item
    }
}
