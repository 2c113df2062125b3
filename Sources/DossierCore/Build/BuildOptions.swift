import Foundation

public struct BuildOptions: Sendable {
    /// The dossier's folder: holds dossier.yml, content/ and templates/.
    public var source: URL
    /// Where the site goes; defaults to `public/` in the source folder.
    public var output: URL
    /// Overrides `base_url` from dossier.yml.
    public var baseURL: URL?
    public var includeDrafts: Bool
    /// Warnings count as errors.
    public var strict: Bool
    /// Articles dated after this day are left out unless `includeDrafts`.
    public var today: PublicationDate
    /// Pagefind, when installed: the site gets a search page and an index (see `SearchIndexer.locate()`).
    public var search: SearchIndexer?
    /// Reuse from the previous build in this process (the preview server): unchanged files
    /// are not parsed again, unchanged articles not analysed again, and, when the last build
    /// wrote to the same output, only pages whose data changed are rendered and written, in
    /// place rather than staged. Such an output carries no build stamp: it is for previewing,
    /// not publishing.
    public var cache: BuildCache?
    /// With a cache: the paths (relative to the source) changed since the previous build, as
    /// a file watcher reports them, so only those article files are listed and stamped again.
    /// Nil, or a set holding `unknownChanges`, when that is not known: every file is checked.
    public var changedPaths: Set<String>?
    /// Stands in `changedPaths` for changes a watcher could not name (it lost events).
    public static let unknownChanges = "*"
    /// Whether to list entries and conflicts for an editor's review (the preview does not show them).
    public var collectsReview = true
    /// Told of each stage and of every article analysed and page rendered (the command line's progress bar).
    public var progress: WorkProgress?
    /// False for a one-shot command: what the build made in memory is left for the process's
    /// exit to hand back, which it does at once, while freeing a large dossier's hundreds of
    /// thousands of objects one by one takes most of a second (0.7 s at 10,000 articles).
    public var freesResults = true

    public init(source: URL, output: URL? = nil, baseURL: URL? = nil, includeDrafts: Bool = false, strict: Bool = false,
                today: PublicationDate = .today(), search: SearchIndexer? = nil) {
        self.source = source.standardizedFileURL
        self.output = (output ?? source.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.today = today
        self.search = search
    }

    var templatesFolder: URL { source.appendingPathComponent("templates") }
    var assetsFolder: URL { templatesFolder.appendingPathComponent("assets") }
}
