/// Per-article results of the analyze stage, reusable while the article and the topics stay the same.
struct ArticleAnalysis: Sendable {
    var html: String
    var plainText: String
    /// The first mention of each topic found in the text, with its sentence.
    var mentions: [(slug: String, passage: Passage)]
    var extraction: ArticleExtraction?
    /// A hash of `extraction`, so the corpus-wide comparisons can tell whether any changed.
    var extractionDigest = 0
    var signature: [UInt64] = []
}
