import Yams

/// Writes an article entry: YAML front matter (emitted by Yams, so every value is
/// quoted as YAML needs) and the Markdown body.
enum EntryWriter {
    static func text(for article: Article) -> String {
        var pairs: [(String, Node)] = [
            ("title", Node(article.title)),
            ("date", Node(article.date?.iso ?? "")),
            ("source", Node(article.source)),
            ("url", Node(article.url)),
            ("topics", Node(article.topics.map { Node($0) }, Tag(.seq), .flow)),
            ("summary", Node(article.summary)),
        ]
        if !article.author.isEmpty { pairs.append(("author", Node(article.author))) }
        pairs.append(("imported_from", Node(article.importedFrom)))
        pairs.append(("import_hash", Node(article.importHash)))
        if !article.review.isEmpty {
            pairs.append(("review", Node(article.review.map { Node($0) }, Tag(.seq), .block)))
        }
        let mapping = Node(pairs.map { (Node($0.0), $0.1) }, Tag(.map), .block)
        let yaml = (try? Yams.serialize(node: mapping, width: -1, allowUnicode: true)) ?? ""
        return "---\n\(yaml)---\n\n\(article.body)"
    }
}
