/// Per-article results of the analyze stage, reusable while the article and the topics stay the same.
///
/// A class, so that handing a cached analysis to a rebuild costs one retain rather than one
/// for each of its strings and lists. Filled in by `DossierAnalyzer` before anything else
/// sees it, and never changed after: hence `@unchecked Sendable`.
final class ArticleAnalysis: @unchecked Sendable {
    var html: String
    /// The first mention of each topic found in the text, with its sentence.
    var mentions: [(slug: String, passage: Passage)]
    var extraction: ArticleExtraction?
    var extractionDigests = ArticleExtraction.Digests()
    var signature: [UInt64] = []
    var cardKey = 0
    var outletSlug = ""
    /// Hashes of what the corpus-wide passes read of it: its place in the newest-first order
    /// (slug, title, date), its topics for related articles, its outlet.
    var orderKey = 0, relationKey = 0, outletKey = 0
    var insightKeys = Insight.Digests()
    /// Its entry in each of its topics' coverage (text mentions first, then front matter's).
    var topicMentions: [(slug: String, mention: TopicCoverage.Mention)] = []
    /// The article without its Markdown body, as the dossier keeps it (made once, with the analysis).
    var bodiless: Article?

    init(html: String, mentions: [(slug: String, passage: Passage)]) {
        self.html = html
        self.mentions = mentions
    }
}
