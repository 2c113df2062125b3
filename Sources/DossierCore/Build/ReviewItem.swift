/// An entry an editor should look at: a missing field the text did not support, or a
/// note left by `dossier import`. Not an error: the site builds without them.
public struct ReviewItem: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public var description: String { "\(file): review: \(reason)" }

    static func items(for article: Article) -> [ReviewItem] {
        var reasons: [String] = []
        if article.date == nil { reasons.append("publication date unknown (date is empty)") }
        if article.source.isEmpty { reasons.append("outlet unknown (source is empty)") }
        if article.url.isEmpty { reasons.append("original article address unknown (url is empty)") }
        if article.summary.isEmpty { reasons.append("no summary") }
        if article.title.count > 140 { reasons.append("title is \(article.title.count) characters long: is it really the headline?") }
        if article.title.hasSuffix(".") { reasons.append("title ends with a full stop: is it really the headline?") }
        reasons += article.review
        return reasons.map { ReviewItem(file: article.file, reason: $0) }
    }
}
