/// A page to write: where it lives and which template draws it.
public struct PlannedPage: Sendable, Hashable {
    public var route: Route
    public var template: String
}

/// Decides the site's page set from the analysed dossier.
public enum PagePlanner {
    /// Templates the page set needs; a dossier's `templates/` must provide them.
    public static let requiredTemplates = ["index", "article", "topic", "topics"]

    public static func plan(_ dossier: Dossier) -> [PlannedPage] {
        var pages = [PlannedPage(route: .home, template: "index"),
                     PlannedPage(route: .topics, template: "topics")]
        pages += dossier.topics.map { PlannedPage(route: .topic(slug: $0.topic.slug), template: "topic") }
        pages += dossier.articles.map { PlannedPage(route: .article(slug: $0.article.slug), template: "article") }
        return pages
    }
}
