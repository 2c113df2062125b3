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
        reasons += suspiciousTitle(article.title).map { "title \($0): is it really the headline?" }
        reasons += article.review
        return reasons.map { ReviewItem(file: article.file, reason: $0) }
    }

    /// What makes a title look like something other than a headline.
    static func suspiciousTitle(_ title: String) -> [String] {
        var problems: [String] = []
        let letters = title.filter(\.isLetter)
        if title.count > 140 { problems.append("is \(title.count) characters long") }
        if title.hasSuffix(".") { problems.append("ends with a full stop") }
        if letters.count < 3 { problems.append("has almost no letters") }
        if letters.count > 10 && !letters.contains(where: \.isLowercase) && letters.contains(where: \.isUppercase) {
            problems.append("is all capitals")
        }
        if title.contains("»") || title.contains("{{") || title.lowercased().hasPrefix("home ") {
            problems.append("contains navigation or template text")
        }
        return problems
    }
}
