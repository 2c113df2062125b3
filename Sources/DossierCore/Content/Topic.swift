/// A subject the dossier follows, e.g. S-400. Its aliases are the spellings that
/// identify it in article text.
public struct Topic: Sendable, Hashable {
    /// Nil for a topic named by an article that has no file in `content/topics/`.
    public var file: String?
    public var name: String
    public var slug: String
    /// Spellings to look for; always includes the name.
    public var aliases: [String]
    /// Markdown explainer.
    public var body: String

    public init(file: String?, name: String, slug: String, aliases: [String], body: String) {
        self.file = file
        self.name = name
        self.slug = slug
        var all = [name]
        for alias in aliases where !all.contains(alias) { all.append(alias) }
        self.aliases = all
        self.body = body
    }

    static let keys = ["name", "slug", "aliases"]

    static func parse(_ text: String, file: String, defaultSlug: String) -> Result<Topic, DossierError> {
        let parts: FrontMatter
        var fields: YAMLFields
        switch FrontMatter.read(text, file: file, allowedKeys: keys) {
        case .failure(let error): return .failure(error)
        case .success(let read): (parts, fields) = read
        }
        let name = fields.requiredString("name", example: "S-400")
        let slug = fields.string("slug")?.trimmingSpaces ?? defaultSlug
        let aliases = fields.stringList("aliases", example: "[S-400, S400, S 400, S-400s]") ?? []
        var problems = fields.diagnostics
        if !Slug.isValid(slug) {
            problems.append(.error(file, line: fields.line(of: "slug"), "invalid slug '\(slug)': \(Slug.rule)"))
        }
        guard problems.isEmpty, let name else { return .failure(DossierError(problems)) }
        return .success(Topic(file: file, name: name, slug: slug, aliases: aliases, body: parts.body))
    }
}
