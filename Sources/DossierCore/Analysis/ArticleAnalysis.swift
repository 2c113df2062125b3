/// Per-article results of the analyze stage, reusable while the article and the topics stay the same.
struct ArticleAnalysis: Sendable {
    var html: String
    /// The first mention of each topic found in the text, with its sentence.
    var mentions: [(slug: String, passage: Passage)]
    var extraction: ArticleExtraction?
    var extractionDigests = ArticleExtraction.Digests()
    var signature: [UInt64] = []
    var cardKey = 0
}
