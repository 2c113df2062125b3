import Foundation

/// Builds every link of the site from the base URL, so a site hosted under a subpath
/// (`https://example.org/dossier/`) links correctly: templates never concatenate URLs.
public struct SiteURLs: Sendable {
    public let baseURL: URL
    /// Published asset names by theme name (content-hashed stylesheets and scripts).
    public let assetNames: [String: String]

    public init(baseURL: URL, assetNames: [String: String] = [:]) {
        self.baseURL = baseURL
        self.assetNames = assetNames
    }

    /// The base URL's path, always with leading and trailing slash: "/" or "/dossier/".
    public var basePath: String {
        var path = baseURL.path
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// Root-relative link, e.g. "/dossier/articles/lavrov/": works on any host serving the base path.
    public func link(_ route: Route) -> String {
        basePath + Self.escapePath(route.path)
    }

    /// Link to a static asset copied from `templates/assets/`, e.g. "/dossier/assets/style.css".
    public func asset(_ relativePath: String) -> String {
        basePath + "assets/" + Self.escapePath(assetNames[relativePath] ?? relativePath)
    }

    /// Absolute URL, for canonical links and feeds.
    public func absolute(_ route: Route) -> String {
        origin + link(route)
    }

    private var origin: String {
        var origin = "\(baseURL.scheme ?? "https")://\(baseURL.host ?? "localhost")"
        if let port = baseURL.port { origin += ":\(port)" }
        return origin
    }

    private static func escapePath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }
}
