/// One article to import: a clipping's text, with whatever fields a record or manifest gave.
public struct ImportRecord: Sendable, Equatable {
    /// Recorded as `imported_from`: the file name, plus `#N` for the N-th record of a file.
    public var name: String
    public var text: String
    public var title: String?
    /// As written in the record or manifest; read by `LooseDate`.
    public var date: String?
    public var source: String?
    public var url: String?
    public var author: String?

    public init(name: String, text: String, title: String? = nil, date: String? = nil,
                source: String? = nil, url: String? = nil, author: String? = nil) {
        self.name = name
        self.text = text
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.author = author
    }

    /// The field names scrapers use, matched case-insensitively.
    enum Field: CaseIterable {
        case file, title, text, url, date, source, author

        var names: [String] {
            switch self {
            case .file: return ["file", "filename", "file_name", "path"]
            case .title: return ["title", "headline", "heading"]
            case .text: return ["text", "body", "content", "article", "article_text", "maintext", "main_text"]
            case .url: return ["url", "link", "source_url", "canonical_url", "article_url"]
            case .date: return ["date", "published", "published_at", "publish_date", "date_published",
                                "pubdate", "published_date", "datetime", "date_publish"]
            case .source: return ["source", "outlet", "site", "site_name", "publisher", "source_name", "publication"]
            case .author: return ["author", "authors", "byline"]
            }
        }

        static func named(_ key: String) -> Field? {
            let lower = key.trimmingSpaces.lowercased()
            return allCases.first { $0.names.contains(lower) }
        }
    }

    /// Builds a record from named fields; nil values and blanks are ignored.
    init(name: String, fields: [Field: String], text: String) {
        func value(_ field: Field) -> String? {
            guard let value = fields[field]?.trimmingSpaces, !value.isEmpty else { return nil }
            return value
        }
        self.init(name: name, text: text, title: value(.title), date: value(.date),
                  source: value(.source), url: value(.url), author: value(.author))
    }

    /// Fills the fields this record lacks from `other` (a manifest row).
    mutating func fillMissing(from other: [Field: String]) {
        func pick(_ current: String?, _ field: Field) -> String? {
            current ?? other[field].flatMap { $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces }
        }
        title = pick(title, .title)
        date = pick(date, .date)
        source = pick(source, .source)
        url = pick(url, .url)
        author = pick(author, .author)
    }
}
