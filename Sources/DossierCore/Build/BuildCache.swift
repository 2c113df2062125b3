import Foundation

/// What a build can reuse from the previous build in the same process: the preview server
/// keeps one, so saving one article re-reads one file, re-analyses one article and
/// re-renders only the pages whose data changed.
///
/// Every entry is keyed by what it was made from (a file's stamp, an article's full
/// content, a page's data and templates), so a stale entry is never used: the output is
/// byte for byte what a build without the cache writes.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: (stamp: FileStamp, result: Result<Article, DossierError>)] = [:]
    private var listing: (root: String, articles: ArticleListing)?
    /// What each file of `listing` parsed to, in its order: a rebuild that lists the same
    /// files takes them by position instead of looking 10,000 paths up.
    private var listed: [Result<Article, DossierError>?] = []
    private var analysisContext: Int?
    private var analyzedList: (items: [AnalyzedArticle], sources: [ArticleAnalysis], relations: Int)?
    /// The last build's analyses in the order of its articles (looked up by position first), and by file.
    private var analysesInOrder: [(file: String, identity: UInt64, analysis: ArticleAnalysis)] = []
    private var analyses: [String: (identity: UInt64, analysis: ArticleAnalysis)] = [:]
    /// Where the last build wrote, and a fingerprint of every page it wrote there.
    private var output: String?
    private var pages: [String: UInt64] = [:]
    /// Each page's dependency key and fingerprint, by its position in the last plan.
    private var pageRecord: PageRecord?
    /// Corpus-wide results (insight, related articles, templates), each with the key of what it was made from.
    private var memos: [String: (key: Int, value: Any)] = [:]
    private var retired: [Any] = []

    /// For tests: render pages even when their dependency key is unchanged, and fail the
    /// build when such a page's data did change (a dependency the key misses).
    var checksKeys = false

    /// How many times each corpus-wide comparison was brought up to date rather than remade.
    private(set) var regroupings: [String: Int] = [:]

    public init() {}

    // MARK: Loading

    func article(_ file: String, stamp: FileStamp) -> Result<Article, DossierError>? {
        lock.withLock { files[file].flatMap { $0.stamp == stamp ? $0.result : nil } }
    }

    func store(_ file: String, stamp: FileStamp, _ result: Result<Article, DossierError>) {
        lock.withLock { files[file] = (stamp, result) }
    }

    /// What each file parsed to last, whatever its stamp now: for files a watcher did not report.
    func storedArticles(_ names: [String]) -> [Result<Article, DossierError>?] {
        lock.withLock {
            // The same files as the last load (most rebuilds): equal arrays share their strings, so this compares pointers.
            if let listing, listing.articles.files == names, listed.count == names.count { return listed }
            return names.map { files[$0]?.result }
        }
    }

    func articleListing(of root: String) -> ArticleListing? {
        lock.withLock { listing?.root == root ? listing?.articles : nil }
    }

    /// The article files of this load and what each parsed to; parsed files no longer among them are forgotten.
    func remember(_ articles: ArticleListing, of root: String, results: [Result<Article, DossierError>?]) {
        lock.withLock {
            if listing?.root != root || listing?.articles.files != articles.files {
                let present = Set(articles.files)
                files = files.filter { present.contains($0.key) }
            }
            listing = (root, articles)
            listed = results
        }
    }

    // MARK: Analysis

    /// Analyses made with other topics or settings are dropped.
    func useAnalyses(context: Int) {
        lock.withLock {
            if analysisContext != context {
                analyses = [:]
                analysesInOrder = []
            }
            analysisContext = context
        }
    }

    /// The analyses of these articles where one was made from the same content, in order.
    /// Kept by file, so an edited article's analysis replaces the old one.
    func analyses(of articles: [Article]) -> [ArticleAnalysis?] {
        lock.withLock {
            articles.indices.map { index in
                let article = articles[index]
                // By position while the articles are in the last build's order (an edit leaves
                // them so): the same file's strings compare by pointer, where a look-up hashes them.
                let kept = index < analysesInOrder.count && analysesInOrder[index].file == article.file
                    ? (analysesInOrder[index].identity, analysesInOrder[index].analysis) : analyses[article.file]
                return kept.flatMap { $0.0 == article.identity ? $0.1 : nil }
            }
        }
    }

    /// This build's analyses, one for each article: the analyses of files no longer among
    /// them are dropped.
    func rememberAnalyses(_ made: [ArticleAnalysis], of articles: [Article]) {
        let inOrder = zip(articles, made).map { (file: $0.file, identity: $0.identity, analysis: $1) }
        lock.withLock {
            // Changed in place where the files are the same (an edit): a new dictionary of 10,000 paths costs milliseconds.
            let sameFiles = inOrder.count == analysesInOrder.count && zip(inOrder, analysesInOrder).allSatisfy { $0.file == $1.file }
            if !sameFiles { analyses = [:] }
            for (index, entry) in inOrder.enumerated() where !sameFiles || analysesInOrder[index].analysis !== entry.analysis {
                analyses[entry.file] = (entry.identity, entry.analysis)
            }
            analysesInOrder = inOrder
        }
    }

    /// The last build's analysed articles, given up so the next build can patch them in place.
    func takeAnalyzedList() -> (items: [AnalyzedArticle], sources: [ArticleAnalysis], relations: Int)? {
        lock.withLock {
            defer { analyzedList = nil }
            return analyzedList
        }
    }

    func rememberAnalyzedList(_ items: [AnalyzedArticle], sources: [ArticleAnalysis], relations: Int) {
        lock.withLock { analyzedList = (items, sources, relations) }
    }

    // MARK: Corpus-wide results

    /// The value last made under `name` when its key is the same, else a new one from `make`.
    /// Keys are hashes of everything the value is made from, so a hit is the value `make`
    /// would return.
    func memo<T>(_ name: String, key: Int, make: () -> T) -> T {
        if let value = lock.withLock({ memos[name].flatMap { $0.key == key ? $0.value as? T : nil } }) { return value }
        let value = make()
        lock.withLock {
            if let old = memos[name] { retired.append(old.value) }
            memos[name] = (key, value)
        }
        return value
    }

    /// The same for values that can be brought up to date: `update` gets the value last
    /// made under `name`, whatever it was made from (nil when there is none), taken out of
    /// the cache so that it changes in place instead of being copied.
    func memo<T>(_ name: String, key: Int, update: (inout T?) -> T) -> T {
        if let value = lock.withLock({ memos[name].flatMap { $0.key == key ? $0.value as? T : nil } }) { return value }
        var last = lock.withLock { memos.removeValue(forKey: name)?.value as? T }
        let value = update(&last)
        lock.withLock { memos[name] = (key, value) }
        return value
    }

    /// The value last kept under `name`, for values a build brings up to date itself.
    func take<T>(_ name: String) -> T? {
        lock.withLock { memos.removeValue(forKey: name)?.value as? T }
    }

    func keep(_ name: String, _ value: Any) {
        lock.withLock { memos[name] = (0, value) }
    }

    func noteRegrouped(_ name: String) {
        lock.withLock { regroupings[name, default: 0] += 1 }
    }

    /// Keeps a build's values until `releaseRetired`, so they are not freed while it reports.
    func retire(_ values: Any...) {
        lock.withLock { retired.append(contentsOf: values) }
    }

    /// Frees the values new ones replaced. Freeing a corpus-wide result takes milliseconds,
    /// so the preview does it after telling the browser to reload, not before.
    public func releaseRetired() {
        let old = lock.withLock { () -> [Any] in
            defer { retired = [] }
            return retired
        }
        _ = old
    }

    // MARK: Output

    /// The page fingerprints of the last build, when it wrote to this output folder.
    func pages(in output: URL) -> [String: UInt64]? {
        // Compared by path: a URL to a folder gains a trailing "/" once the folder exists.
        lock.withLock { self.output == output.standardizedFileURL.path && FileManager.default.fileExists(atPath: output.path) ? pages : nil }
    }

    /// The fingerprint of one file the last build wrote to its output.
    func writtenFingerprint(_ path: String) -> UInt64? {
        lock.withLock { pages[path] }
    }

    func wrote(_ pages: [String: UInt64], to output: URL) {
        lock.withLock {
            self.output = output.standardizedFileURL.path
            self.pages = pages
        }
    }

    /// Forgets the output, so the next build writes every page again.
    public func forgetOutput() {
        lock.withLock {
            output = nil
            pages = [:]
            pageRecord = nil
        }
    }

    var lastPages: PageRecord? {
        lock.withLock { pageRecord }
    }

    func remember(_ record: PageRecord) {
        lock.withLock { pageRecord = record }
    }

    /// Updates the output's fingerprints in place (a rebuild that kept the plan changes a few).
    func wrote(changing changes: [(path: String, fingerprint: UInt64)], removing gone: [String]) {
        lock.withLock {
            for change in changes { pages[change.path] = change.fingerprint }
            for path in gone { pages[path] = nil }
        }
    }
}

extension Optional where Wrapped == BuildCache {
    /// Without a cache, every value is made.
    func memo<T>(_ name: String, key: Int, make: () -> T) -> T {
        guard let cache = self else { return make() }
        return cache.memo(name, key: key, make: make)
    }

    func memo<T>(_ name: String, key: Int, update: (inout T?) -> T) -> T {
        guard let cache = self else {
            var none: T?
            return update(&none)
        }
        return cache.memo(name, key: key, update: update)
    }
}
