import Foundation

/// Builds every link of the site from the base URL, so a site hosted under a subpath
/// (`https://example.org/dossier/`) links correctly: templates never concatenate URLs.
public struct SiteURLs: Sendable {
    public let baseURL: URL
    /// Published asset names by theme name (content-hashed stylesheets and scripts).
    public let assetNames: [String: String]

    /// The base URL's path, always with leading and trailing slash: "/" or "/dossier/".
    public let basePath: String
    /// Scheme, host and port: "https://example.org".
    private let origin: String

    public init(baseURL: URL, assetNames: [String: String] = [:]) {
        self.baseURL = baseURL
        self.assetNames = assetNames
        var path = baseURL.path
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        basePath = path
        var origin = "\(baseURL.scheme ?? "https")://\(baseURL.host ?? "localhost")"
        if let port = baseURL.port { origin += ":\(port)" }
        self.origin = origin
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

    private static func escapePath(_ path: String) -> String {
        // Slugs are always URL-safe; only theme file names can need escaping.
        if path.utf8.allSatisfy(isSafe) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
    }
}
