/// The stored fields of an `Article` (documented there). They live in one shared box, so
/// copying an article (a build moves 10,000 of them through several arrays) is one retain
/// rather than one for each of its strings and lists.
struct ArticleFields: Sendable, Hashable {
    var file: String
    var slug: String
    var title: String
    var date: PublicationDate?
    var source: String
    var url: String
    var topics: [String]
    var summary: String
    var author: String
    var draft: Bool
    var importedFrom: String
    var importHash: String
    var review: [String]
    var body: String
    var topicsLine: Int?
    var corrections: [Correction] = []
    var fingerprint = Uncompared(value: UInt64(0))
}

/// Copy-on-write storage for `ArticleFields`: changed in place while one article holds it.
final class ArticleBox: @unchecked Sendable {
    // Mutated only through `Article.update`, and only while uniquely referenced.
    var fields: ArticleFields

    init(_ fields: ArticleFields) {
        self.fields = fields
    }
}
