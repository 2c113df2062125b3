import Foundation

/// Reads a dossier's folder (`dossier.yml`, `content/articles/`, `content/topics/`) into a
/// `Corpus`, reporting every problem of every file at once.
public struct ContentLoader: Sendable {
    public let root: URL
    /// Parsed articles from the last load, reused for files whose stamp has not changed.
    let cache: BuildCache?
    /// Article files reported changed since the cache's last load (see `BuildOptions.changedPaths`).
    let changed: Set<String>?

    public init(root: URL) {
        self.init(root: root, cache: nil)
    }

    init(root: URL, cache: BuildCache?, changed: Set<String>? = nil) {
        self.root = root.standardizedFileURL
        self.cache = cache
        self.changed = changed
    }

    public struct Result: Sendable {
        /// Nil when an error makes the corpus unusable.
        public var corpus: Corpus?
        public var diagnostics: [Diagnostic]
    }

    public func load() -> Result {
        var log = DiagnosticLog()
        let config = loadConfig(&log)
        let articles = loadArticles(&log)
        let topics = loadTopics(&log)
        guard !log.hasErrors, let config else { return Result(corpus: nil, diagnostics: log.all) }
        return Result(corpus: Corpus(config: config, articles: articles, topics: topics), diagnostics: log.all)
    }

    private func loadConfig(_ log: inout DiagnosticLog) -> SiteConfig? {
        let url = root.appendingPathComponent(SiteConfig.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.add(.error(SiteConfig.fileName, "no \(SiteConfig.fileName) in \(root.path): run this in a dossier's folder, pass --source DIR, or create one with a 'title:' line"))
            return nil
        }
        switch TextFile.read(url, displayPath: SiteConfig.fileName).flatMap({ SiteConfig.parse($0, file: SiteConfig.fileName) }) {
        case .success(let config): return config
        case .failure(let error): log.add(contentsOf: error.diagnostics); return nil
        }
    }

    private func loadArticles(_ log: inout DiagnosticLog) -> [Article] {
        let parse = { (text: String, file: String) in Article.parse(text, file: file, defaultSlug: Self.stem(of: file)) }
        guard let cache else {
            let articles = parseEach(markdownFiles(in: ArticleListing.folder, recursive: true), &log, parse)
            log.add(contentsOf: SlugRegistry.check(articles.map { ($0.slug, $0.file) }, kind: "article", last: nil).1)
            return articles
        }
        let base = root.path + "/"
        // With a watcher's report, only the files it names are stamped; else every file is.
        let reported = changed.flatMap { changed in cache.articleListing(of: root.path)?.updated(changed: changed, root: root.path) }
        let listing = reported?.listing ?? ArticleListing(files: markdownFiles(in: ArticleListing.folder, recursive: true), root: root.path)
        let files = listing.files
        var stamps: [FileStamp?]
        var results: [Swift.Result<Article, DossierError>?]
        if let reported {
            results = cache.storedArticles(files)
            stamps = files.map { reported.stamp.contains($0) ? FileStamp(path: base + $0) : nil }
            for index in files.indices where stamps[index] != nil {
                results[index] = cache.article(files[index], stamp: stamps[index]!)
            }
        } else {
            stamps = files.map { FileStamp(path: base + $0) }
            results = files.indices.map { index in stamps[index].flatMap { cache.article(files[index], stamp: $0) } }
        }
        // Only files whose size, times or inode changed are read again.
        let stale = files.indices.filter { results[$0] == nil }
        for (index, result) in zip(stale, parseResults(stale.map { files[$0] }, parse)) {
            results[index] = result
            if let stamp = stamps[index] ?? FileStamp(path: base + files[index]) { cache.store(files[index], stamp: stamp, result) }
        }
        cache.remember(listing, of: root.path, results: results)
        let articles = keep(results.compactMap { $0 }, &log)
        let (registry, duplicates) = SlugRegistry.check(articles.map { ($0.slug, $0.file) }, kind: "article", last: cache.take("article-slugs"))
        cache.keep("article-slugs", registry)
        log.add(contentsOf: duplicates)
        return articles
    }

    /// Only the topics: what `dossier import` needs to tag new entries.
    public func loadTopics() -> (topics: [Topic], diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let topics = loadTopics(&log)
        return (topics, log.all)
    }

    private func loadTopics(_ log: inout DiagnosticLog) -> [Topic] {
        let files = markdownFiles(in: "content/topics", recursive: false)
        let parse = { (text: String, file: String) in Topic.parse(text, file: file, defaultSlug: Self.stem(of: file)) }
        let topics: [Topic]
        if let cache {
            // A topic file is read again only when its stamp changed. (Memoised by name, not in
            // the articles' store: a few dozen files, and a deleted one leaves one small entry.)
            topics = keep(files.map { file in
                guard let stamp = FileStamp(path: root.path + "/" + file) else { return parseResults([file], parse)[0] }
                return cache.memo("topic \(file)", key: stamp.hashValue) { parseResults([file], parse)[0] }
            }, &log)
        } else {
            topics = parseEach(files, &log, parse)
        }
        log.add(contentsOf: SlugRegistry.check(topics.map { ($0.slug, $0.file ?? "") }, kind: "topic", last: nil).1)
        return topics
    }

    /// Reads and parses every file (on all cores: each file is independent), keeping the good
    /// ones in file order and logging every problem.
    private func parseEach<T>(_ files: [String], _ log: inout DiagnosticLog,
                              _ parse: (String, String) -> Swift.Result<T, DossierError>) -> [T] {
        keep(parseResults(files, parse), &log)
    }

    private func parseResults<T>(_ files: [String], _ parse: (String, String) -> Swift.Result<T, DossierError>) -> [Swift.Result<T, DossierError>] {
        Parallel.map(files) { file in
            TextFile.read(root.appendingPathComponent(file), displayPath: file).flatMap { parse($0, file) }
        }
    }

    private func keep<T>(_ results: [Swift.Result<T, DossierError>], _ log: inout DiagnosticLog) -> [T] {
        var items: [T] = []
        for result in results {
            switch result {
            case .success(let item): items.append(item)
            case .failure(let error): log.add(contentsOf: error.diagnostics)
            }
        }
        return items
    }

    /// Relative paths of `*.md` files, sorted so that every run sees the same order.
    private func markdownFiles(in folder: String, recursive: Bool) -> [String] {
        DirectoryListing.files(in: root.appendingPathComponent(folder).path, recursive: recursive)
            .filter { $0.hasSuffix(".md") && !ArticleListing.isHidden($0) }
            .map { "\(folder)/\($0)" }
    }

    static func stem(of file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
