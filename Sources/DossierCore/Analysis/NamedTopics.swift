/// The topics each article's front matter names, resolved to slugs: by name, slug or alias.
/// A name with no topic file still gets a topic (and page), with a warning so the editor can
/// add an explainer.
struct NamedTopics {
    /// Each article's named topics as slugs, in corpus order.
    private(set) var slugs: [[String]] = []
    /// The topics given, then one for each name that has no file.
    private(set) var topics: [Topic]
    private(set) var diagnostics: [Diagnostic] = []
    /// The names each article wrote, which `slugs` was resolved from.
    private var written: [[String]] = []
    private var given: Int

    /// With the last build's resolution, only the articles whose names changed are resolved
    /// again: a rebuild of 10,000 articles would otherwise look up 30,000 names.
    init(_ articles: [Article], topics: [Topic], last: NamedTopics?) {
        self.topics = topics
        var hasher = Hasher()
        hasher.combine(topics)
        given = hasher.finalize()
        let lookup = Self.lookup(topics)
        written = articles.map(\.topics)
        // Reused only where every name had a file: a warning depends on which article names it first.
        if let last, last.given == given, last.topics.count == topics.count, last.diagnostics.isEmpty,
           let reused = Self.reuse(last, written: written, lookup: lookup) {
            slugs = reused
            return
        }
        resolveAll(articles, lookup: lookup)
    }

    private static func key(_ text: String) -> String { TextFolding.foldedString(text.trimmingSpaces) }

    private static func lookup(_ topics: [Topic]) -> [String: String] {
        var lookup: [String: String] = [:]
        for topic in topics {
            lookup[key(topic.slug)] = topic.slug
            for alias in topic.aliases { lookup[key(alias)] = lookup[key(alias)] ?? topic.slug }
        }
        return lookup
    }

    /// The last resolution where an article names the same topics (equal arrays of an unchanged
    /// article share storage, so comparing them is a pointer check); nil if a changed article
    /// names a topic that has no file.
    private static func reuse(_ last: NamedTopics, written: [[String]], lookup: [String: String]) -> [[String]]? {
        var slugs: [[String]] = []
        slugs.reserveCapacity(written.count)
        for (index, names) in written.enumerated() {
            if index < last.written.count, last.written[index] == names {
                slugs.append(last.slugs[index])
                continue
            }
            var resolved: [String] = []
            for name in names {
                guard let slug = lookup[key(name)] else { return nil }
                resolved.append(slug)
            }
            slugs.append(resolved)
        }
        return slugs
    }

    private mutating func resolveAll(_ articles: [Article], lookup: [String: String]) {
        var lookup = lookup
        // Names repeat across thousands of articles: each is folded once.
        var known: [String: String] = [:]
        slugs = articles.map { article in
            article.topics.compactMap { name -> String? in
                if let slug = known[name] { return slug }
                if let slug = lookup[Self.key(name)] {
                    known[name] = slug
                    return slug
                }
                let slug = Slug.make(from: name)
                guard !slug.isEmpty else {
                    diagnostics.append(.error(article.file, line: article.topicsLine,
                        "topic '\(name)' has no letters or digits to make a page address from"))
                    return nil
                }
                if let existing = topics.first(where: { $0.slug == slug }) {
                    lookup[Self.key(name)] = existing.slug
                    return existing.slug
                }
                diagnostics.append(.warning(article.file, line: article.topicsLine,
                    "topic '\(name)' has no file; it gets a page without an explainer. Add content/topics/\(slug).md with 'name: \(name)' and its aliases"))
                topics.append(Topic(file: nil, name: name, slug: slug, aliases: [], body: ""))
                lookup[Self.key(name)] = slug
                return slug
            }
        }
    }
}
