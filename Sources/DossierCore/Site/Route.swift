/// Every kind of page the site has. The one place that decides where a page lives.
public enum Route: Sendable, Hashable {
    case home
    case topics
    case topic(slug: String)
    case article(slug: String)

    /// Path below the site root, with a trailing slash ("articles/lavrov/"); "" for home.
    public var path: String {
        switch self {
        case .home: return ""
        case .topics: return "topics/"
        case .topic(let slug): return "topics/\(slug)/"
        case .article(let slug): return "articles/\(slug)/"
        }
    }

    /// The file that serves this route under the output folder (pretty URLs).
    public var outputFile: String { path + "index.html" }
}
