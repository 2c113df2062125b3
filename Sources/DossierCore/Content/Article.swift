import Foundation

/// One clipping as the editor curated it: front matter fields plus the Markdown body.
public struct Article: Sendable, Hashable {
    private var box: ArticleBox

    /// Where it came from, relative to the dossier root, e.g. `content/articles/lavrov.md`.
    public var file: String {
        get { box.fields.file }
        set { update { $0.file = newValue } }
    }
    public var slug: String {
        get { box.fields.slug }
        set { update { $0.slug = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    /// Publication date; nil when the clipping does not say (never guessed).
    public var date: PublicationDate? {
        get { box.fields.date }
        set { update { $0.date = newValue } }
    }
    /// The outlet; empty when unknown.
    public var source: String {
        get { box.fields.source }
        set { update { $0.source = newValue } }
    }
    /// The original article's address; empty when unknown.
    public var url: String {
        get { box.fields.url }
        set { update { $0.url = newValue } }
    }
    /// Topics named in front matter, in addition to those found in the text.
    public var topics: [String] {
        get { box.fields.topics }
        set { update { $0.topics = newValue } }
    }
    public var summary: String {
        get { box.fields.summary }
        set { update { $0.summary = newValue } }
    }
    public var author: String {
        get { box.fields.author }
        set { update { $0.author = newValue } }
    }
    public var draft: Bool {
        get { box.fields.draft }
        set { update { $0.draft = newValue } }
    }
    /// Set by `dossier import`: the input file name and a hash of the imported text.
    public var importedFrom: String {
        get { box.fields.importedFrom }
        set { update { $0.importedFrom = newValue } }
    }
    public var importHash: String {
        get { box.fields.importHash }
        set { update { $0.importHash = newValue } }
    }
    /// Notes an editor should look at, e.g. "title taken from the first sentence".
    public var review: [String] {
        get { box.fields.review }
        set { update { $0.review = newValue } }
    }
    public var body: String {
        get { box.fields.body }
        set { update { $0.body = newValue } }
    }
    /// File lines, for messages about a field.
    public var topicsLine: Int? {
        get { box.fields.topicsLine }
        set { update { $0.topicsLine = newValue } }
    }
    /// The editor's fixes to quotes, figures and events extracted from this article.
    public var corrections: [Correction] {
        get { box.fields.corrections }
        set { update { $0.corrections = newValue } }
    }
    /// A hash of the file it was read from (path and text): a cheap stand-in for the whole
    /// article when a build asks whether it changed. Zero for articles not read from a file.
    /// Left out of `==`, so an article compares by its fields alone.
    var fingerprint: UInt64 {
        get { box.fields.fingerprint.value }
        set { update { $0.fingerprint.value = newValue } }
    }

    private mutating func update(_ change: (inout ArticleFields) -> Void) {
        if !isKnownUniquelyReferenced(&box) { box = ArticleBox(box.fields) }
        change(&box.fields)
    }

    public static func == (a: Article, b: Article) -> Bool {
        a.box === b.box || a.box.fields == b.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }

    /// `fingerprint`, or a hash of every field when the article was not read from a file.
    var identity: UInt64 {
        fingerprint != 0 ? fingerprint : UInt64(bitPattern: Int64(hashValue))
    }

    public init(file: String, slug: String, title: String, date: PublicationDate? = nil, source: String = "",
                url: String = "", topics: [String] = [], summary: String = "", author: String = "",
                draft: Bool = false, importedFrom: String = "", importHash: String = "",
                review: [String] = [], body: String, topicsLine: Int? = nil) {
        box = ArticleBox(ArticleFields(file: file, slug: slug, title: title, date: date, source: source, url: url, topics: topics,
                                       summary: summary, author: author, draft: draft, importedFrom: importedFrom,
                                       importHash: importHash, review: review, body: body, topicsLine: topicsLine))
    }

    static let keys = ["title", "date", "source", "url", "topics", "summary", "author", "slug", "draft",
                       "imported_from", "import_hash", "review", Correction.key]

    /// Parses a whole article file. `defaultSlug` comes from the file name.
    static func parse(_ text: String, file: String, defaultSlug: String) -> Result<Article, DossierError> {
        let parts: FrontMatter
        var fields: YAMLFields
        switch FrontMatter.read(text, file: file, allowedKeys: keys) {
        case .failure(let error): return .failure(error)
        case .success(let read): (parts, fields) = read
        }

        let title = fields.requiredString("title", example: "Lavrov hails S-400 deal")
        let dateText = fields.string("date")?.trimmingSpaces ?? ""
        let date = PublicationDate(iso: dateText)
        let url = fields.string("url")?.trimmingSpaces ?? ""
        let slug = fields.string("slug")?.trimmingSpaces ?? defaultSlug
        var article = Article(
            file: file, slug: slug, title: title ?? "", date: date,
            source: fields.string("source")?.trimmingSpaces ?? "", url: url,
            topics: fields.stringList("topics", example: "[S-400, CAATSA]") ?? [],
            summary: fields.string("summary")?.trimmingSpaces ?? "",
            author: fields.string("author")?.trimmingSpaces ?? "",
            draft: fields.bool("draft") ?? false,
            importedFrom: fields.string("imported_from") ?? "",
            importHash: fields.string("import_hash") ?? "",
            review: fields.stringList("review", example: "[date missing]") ?? [],
            body: parts.body, topicsLine: fields.line(of: "topics"))
        article.corrections = Correction.read(&fields, file: file)
        article.fingerprint = SplitMix.mix(ContentHash.value(file.utf8)) ^ ContentHash.value(text.utf8)

        var problems = fields.diagnostics
        if !dateText.isEmpty && date == nil {
            problems.append(.error(file, line: fields.line(of: "date"),
                "'date' must be a real date written YYYY-MM-DD, e.g. date: 2021-12-06 (not '\(dateText)'); leave it empty when unknown"))
        }
        if !url.isEmpty && !Self.isWebAddress(url) {
            problems.append(.error(file, line: fields.line(of: "url"),
                "'url' must be the original article's http(s) address, e.g. url: https://example.com/news/s-400"))
        }
        if !Slug.isValid(slug) {
            let line = fields.line(of: "slug")
            let origin = line == nil ? "the file name gives the slug '\(slug)'" : "invalid slug '\(slug)'"
            problems.append(.error(file, line: line, "\(origin): \(Slug.rule)"))
        }
        return problems.isEmpty ? .success(article) : .failure(DossierError(problems))
    }

    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host?.isEmpty == false
    }
}
