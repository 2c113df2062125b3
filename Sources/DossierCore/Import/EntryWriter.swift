import Yams

/// Writes an article entry or a topic file: YAML front matter (emitted by Yams, so every
/// value is quoted as YAML needs) and the Markdown body.
public enum EntryWriter {
    public static func text(for article: Article) -> String {
        var pairs: [(String, Node)] = [
            ("title", scalar(article.title)),
            ("date", scalar(article.date?.iso ?? "")),
            ("source", scalar(article.source)),
            ("url", scalar(article.url)),
            ("topics", Node(article.topics.map(scalar), sequenceTag, .flow)),
            ("summary", scalar(article.summary)),
        ]
        if !article.author.isEmpty { pairs.append(("author", scalar(article.author))) }
        pairs.append(("imported_from", scalar(article.importedFrom)))
        pairs.append(("import_hash", scalar(article.importHash)))
        if !article.review.isEmpty {
            pairs.append(("review", Node(article.review.map(scalar), sequenceTag, .block)))
        }
        return document(pairs, body: article.body)
    }

    /// A topic file: its name, the spellings that identify it in text, and its explainer.
    public static func topicText(name: String, aliases: [String], explainer: String) -> String {
        document([("name", scalar(name)), ("aliases", Node(aliases.map(scalar), sequenceTag, .flow))], body: explainer)
    }

    private static func document(_ pairs: [(String, Node)], body: String) -> String {
        let mapping = Node(pairs.map { (scalar($0.0), $0.1) }, mappingTag, .block)
        let yaml = (try? Yams.serialize(node: mapping, width: -1, allowUnicode: true)) ?? ""
        return "---\n\(yaml)---\n\n\(body)"
    }

    /// A string scalar. Values the reader would take for "no value" (`~`, `null`) are quoted,
    /// so every string reads back as itself.
    private static func scalar(_ text: String) -> Node {
        let needsQuotes = ["~", "null", "Null", "NULL"].contains(text)
        return Node(text, stringTag, needsQuotes ? .doubleQuoted : .any)
    }

    /// Shared: making a `Tag` builds Yams's default constructor tables each time. An explicit
    /// tag is never re-resolved, so one instance serves every node on every thread.
    private nonisolated(unsafe) static let stringTag = Tag(.str)
    private nonisolated(unsafe) static let sequenceTag = Tag(.seq)
    private nonisolated(unsafe) static let mappingTag = Tag(.map)
}
