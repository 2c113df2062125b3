import Foundation

/// The settings in `dossier.yml`. Unknown keys are errors, so a typo is never ignored.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var description: String
    /// Absolute base URL; its path is where the site lives, e.g. `https://example.org/dossier/`.
    public var baseURL: URL
    public var language: String
    /// Pass raw HTML in Markdown through (with GitHub's tagfilter). Off by default.
    public var rawHTML: Bool
    /// How many articles the home page lists as the latest coverage.
    public var latestArticles: Int
    /// How many items a list page (all articles, a topic, an outlet) shows before paginating.
    public var pageSize: Int
    /// Who compiles the dossier: the feeds' author. Defaults to the title.
    public var author: String
    /// For `dossier publish --git`: a custom domain written as `CNAME`, and whether to add
    /// `.nojekyll` (GitHub Pages otherwise hides files starting with "_").
    public var cname: String?
    public var nojekyll = true

    public static let fileName = "dossier.yml"
    static let keys = ["title", "description", "base_url", "language", "raw_html", "latest_articles", "page_size", "author", "cname", "nojekyll"]

    public init(title: String, description: String = "", baseURL: URL, language: String = "en",
                rawHTML: Bool = false, latestArticles: Int = 10, pageSize: Int = 20, author: String? = nil) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.rawHTML = rawHTML
        self.latestArticles = latestArticles
        self.pageSize = pageSize
        self.author = author ?? title
    }

    /// The settings of the dossier in `root` alone, without its content; nil when they cannot be
    /// read (the build will say why). For tools such as the preview server.
    public static func settings(in root: URL) -> SiteConfig? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(fileName), encoding: .utf8) else { return nil }
        return try? parse(text, file: fileName).get()
    }

    static func parse(_ text: String, file: String) -> Result<SiteConfig, DossierError> {
        var fields: YAMLFields
        switch YAMLFields.parse(text, file: file, lineOffset: 0, allowedKeys: keys) {
        case .failure(let error): return .failure(error)
        case .success(let parsed): fields = parsed
        }
        let title = fields.requiredString("title", example: "India's S-400 purchase")
        let description = fields.string("description") ?? ""
        let baseURLText = fields.string("base_url") ?? "http://localhost:1313/"
        let language = fields.string("language") ?? "en"
        let rawHTML = fields.bool("raw_html") ?? false
        let latest = fields.positiveInt("latest_articles") ?? 10
        let pageSize = fields.positiveInt("page_size") ?? 20
        let author = fields.string("author")?.trimmingSpaces
        let cname = fields.string("cname")?.trimmingSpaces
        let nojekyll = fields.bool("nojekyll") ?? true
        var problems = fields.diagnostics

        let baseURL = Self.baseURL(from: baseURLText)
        if baseURL == nil {
            problems.append(.error(file, line: fields.line(of: "base_url"),
                "'base_url' must be an absolute http(s) URL, e.g. base_url: https://example.org/dossier/"))
        }
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) || language.isEmpty {
            problems.append(.error(file, line: fields.line(of: "language"),
                "'language' must be a language tag such as en or en-GB"))
        }
        if let cname, cname.contains("/") || cname.contains(" ") || cname.isEmpty {
            problems.append(.error(file, line: fields.line(of: "cname"), "'cname' must be a bare domain such as dossier.example.org"))
        }
        guard problems.isEmpty, let title, let baseURL else { return .failure(DossierError(problems)) }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL,
                                language: language, rawHTML: rawHTML, latestArticles: latest,
                                pageSize: pageSize, author: author?.isEmpty == false ? author : nil)
        config.cname = cname
        config.nojekyll = nojekyll
        return .success(config)
    }

    /// Accepts `https://host/path` with or without the trailing slash; nil when not absolute http(s).
    public static func baseURL(from text: String) -> URL? {
        var text = text.trimmingSpaces
        if !text.hasSuffix("/") { text += "/" }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", url.host?.isEmpty == false,
              url.query == nil, url.fragment == nil else { return nil }
        return url
    }
}
