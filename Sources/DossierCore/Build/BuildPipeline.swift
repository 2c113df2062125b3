import Foundation

/// Runs the stages: load → analyze → plan → render → write, each once, in order.
///
/// Nothing reaches `public/` unless every stage succeeded: pages go to a staging folder
/// that replaces the output only at the end.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public struct Report: Sendable {
        public var pages: Int
        public var filesWritten: Int
        /// Pages rendered: all of them, but in an incremental build only those whose dependency key changed.
        public var pagesRendered: Int
        /// Warnings (errors end the build by throwing).
        public var diagnostics: [Diagnostic]
        /// What an editor should look at, listed by `check`; `build` only counts it (`reviewCount`).
        public var review: [ReviewItem]
        public var reviewCount: Int
        public var timings: StageTimings
        /// Whether a search index was built.
        public var searchIndexed = false
    }

    /// Builds the site into the output folder.
    public func build() throws -> Report {
        try checkOutputLocation()
        return try run(writing: true)
    }

    /// Everything `build` does except writing: loads, validates and renders in memory.
    public func check() throws -> Report {
        try run(writing: false)
    }

    private func run(writing: Bool) throws -> Report {
        var timings = StageTimings()
        options.cache?.releaseRetired()
        // Taken before reading, so an edit made during the build makes the stamp stale.
        let incremental = writing && options.cache?.pages(in: options.output) != nil
        let inputs = writing && !incremental ? timings.measure("stamp") { BuildStamp.fingerprint(of: options.source) } : ""
        let progress = options.progress
        progress?.begin("load")
        var loaded = timings.measure("load") { ContentLoader(root: options.source, cache: options.cache, changed: options.changedPaths).load() }
        let search = writing ? options.search : nil
        let required = PagePlanner.requiredTemplates + (search == nil ? [] : [PagePlanner.searchTemplate])
        let templates = timings.measure("templates") {
            TemplateSet.load(from: options.templatesFolder, displayFolder: "templates", required: required, cache: options.cache)
        }
        var log = DiagnosticLog()
        log.add(contentsOf: loaded.diagnostics)
        switch templates {
        case .failure(let error): log.add(contentsOf: error.diagnostics)
        case .success(let set): log.add(contentsOf: set.warnings)
        }
        guard var corpus = loaded.corpus, case .success(let templateSet) = templates, !log.hasErrors else {
            throw DossierError(log.all)
        }
        // From here the analysis holds what the site needs: letting go of the loaded bodies
        // keeps a large dossier's memory down.
        loaded.corpus = nil
        // On all cores: reading 10,000 titles Character by Character took one core over 100 ms.
        var review = options.collectsReview ? Parallel.map(corpus.articles, ReviewItem.items(for:)).flatMap { $0 } : []
        corpus = corpus.publishable(includeDrafts: options.includeDrafts, today: options.today)
        if let baseURL = options.baseURL { corpus.config.baseURL = baseURL }

        progress?.begin("analyze", total: corpus.articles.count)
        var analyzed = timings.measure("analyze") { DossierAnalyzer().analyze(takingArticlesFrom: &corpus, cache: options.cache, progress: progress) }
        timings.note("analyze", part: "Markdown", processorSeconds: analyzed.markdownSeconds)
        analyzed.dossier.hasSearch = search != nil
        log.add(contentsOf: analyzed.diagnostics)
        var reviewCount = review.count
        if options.collectsReview {
            timings.measure("review") {
                if writing {
                    reviewCount += ConflictReview.count(analyzed.dossier)
                    review = []
                } else {
                    review += ConflictReview.items(analyzed.dossier)
                    reviewCount = review.count
                }
            }
        }
        let failing = log.failing(strict: options.strict)
        guard failing.isEmpty else { throw DossierError(failing) }

        let (plan, pages) = timings.measure("plan") {
            let plan = PagePlanner.key(analyzed.dossier)
            return (plan, options.cache.memo("plan", key: plan) { PagePlanner.plan(analyzed.dossier) })
        }
        let assets: AssetFiles
        do {
            assets = try AssetFiles.load(from: options.assetsFolder)
        } catch {
            throw DossierError([.error("templates/assets", "cannot read the theme's assets: \(error)")])
        }
        let urls = SiteURLs(baseURL: analyzed.dossier.config.baseURL, assetNames: assets.names)
        let contexts = timings.measure("contexts") { PageContext(dossier: analyzed.dossier, urls: urls, templates: templateSet, cache: options.cache) }
        progress?.begin("render", total: pages.count)
        if incremental {
            let (rendered, written) = try timings.measure("render") {
                try update(pages: pages, plan: plan, assets: assets, templates: templateSet, contexts: contexts)
            }
            contexts.keepForNextBuild(in: options.cache)
            // Freeing a large dossier takes milliseconds: the preview does it after the reload.
            options.cache?.retire(analyzed, contexts, pages)
            return Report(pages: pages.count, filesWritten: written, pagesRendered: rendered, diagnostics: log.warnings, review: review, reviewCount: reviewCount,
                          timings: timings, searchIndexed: false)
        }
        let recordsFingerprints = writing && options.cache != nil
        var fingerprints: [String: UInt64] = [:]
        let output = writing ? try stage() : nil
        defer { output?.discard() }
        do {
            // Pages are independent: render and write them on all cores. Sitemaps first: each
            // lists thousands of pages, and planned last, one ended a large build on one core.
            let order = pages.indices.filter { pages[$0].isSitemap } + pages.indices.filter { !pages[$0].isSitemap }
            let results = timings.measure("render") {
                Parallel.map(order) { index -> Swift.Result<(fingerprint: UInt64, templateSeconds: Double), Error> in
                    let page = pages[index]
                    defer { progress?.advance() }
                    do {
                        let rendered = try render(page, templates: templateSet, contexts: contexts, fingerprint: recordsFingerprints)
                        try output?.write(rendered.bytes, to: page.route.outputFile)
                        return .success((rendered.fingerprint, rendered.templateSeconds))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var templateSeconds = 0.0
            for (index, result) in zip(order, results) {
                let made = try result.get()
                fingerprints[pages[index].route.outputFile] = made.fingerprint
                templateSeconds += made.templateSeconds
            }
            timings.note("render", part: "templates", processorSeconds: templateSeconds)
            progress?.begin("write")
            try timings.measure("write") {
                for file in assets.files { try output?.write(file.data, to: "assets/" + file.publishedPath) }
                let stamp = BuildStamp(inputs: inputs, drafts: options.includeDrafts,
                                       baseURL: analyzed.dossier.config.baseURL.absoluteString)
                try output?.write(stamp.encoded(), to: BuildStamp.fileName)
            }
            if let search, let staging = output?.staging {
                progress?.begin("search")
                try timings.measure("search") { try search.index(site: staging) }
            }
            try timings.measure("write") {
                try output?.commit()
            }
            if recordsFingerprints {
                contexts.keepForNextBuild(in: options.cache)
                for file in assets.files { fingerprints["assets/" + file.publishedPath] = ContentHash.value(file.data) }
                options.cache?.wrote(fingerprints, to: options.output)
                // So the next build can skip pages on their keys at once.
                let keys = PageKeys(contexts: contexts, templates: templateSet.fingerprint, cache: options.cache)
                let paths = pages.map(\.route.outputFile)
                options.cache?.remember(PageRecord(plan: plan, paths: paths, keys: keys.keys(for: pages, plan: plan),
                                                   fingerprints: paths.map { fingerprints[$0] }, assets: assets.files.map { "assets/" + $0.publishedPath }))
            }
        } catch let error as DossierError {
            throw error
        } catch {
            throw DossierError([.error(displayOutput, "cannot write the site: \(error); the previous output is unchanged")])
        }
        if !options.freesResults { KeptUntilExit.keep((analyzed, contexts, pages)) }
        return Report(pages: pages.count, filesWritten: output?.filesWritten ?? 0, pagesRendered: pages.count,
                      diagnostics: log.warnings, review: review, reviewCount: reviewCount,
                      timings: timings, searchIndexed: search != nil)
    }

    /// A page's bytes and, when asked, their fingerprint (`ContentHash.pageFingerprint`):
    /// an incremental build writes a page only when it differs. With the processor time its
    /// thread spent in swift-mustache, which `--verbose` reports as part of the render stage.
    func render(_ page: PlannedPage, templates: TemplateSet, contexts: PageContext, fingerprint: Bool) throws
        -> (bytes: Data, fingerprint: UInt64, templateSeconds: Double) {
        let bytes: Data
        var templateSeconds = 0.0
        switch page.renderer {
        case .template(let name):
            let context = contexts.context(for: page)
            let start = StageTimings.threadProcessorTime()
            let rendered = templates.render(context, template: name)
            templateSeconds = StageTimings.threadProcessorTime() - start
            guard let html = rendered else {
                throw DossierError([.error("templates/\(name).\(TemplateSet.fileExtension)", "template not found")])
            }
            bytes = Data(html.utf8)
        case .atomFeed(let topicSlug):
            bytes = Data(AtomFeed.render(contexts.dossier, topicSlug: topicSlug, urls: contexts.urls) { contexts.articlesBySlug[$0] }.utf8)
        case .sitemap(let routes):
            bytes = Data(Sitemap.render(routes, dossier: contexts.dossier, urls: contexts.urls).utf8)
        case .sitemapIndex(let parts):
            bytes = Data(Sitemap.renderIndex(parts: parts, urls: contexts.urls).utf8)
        case .robots:
            bytes = Data(Sitemap.robots(urls: contexts.urls).utf8)
        }
        return (bytes, fingerprint ? ContentHash.pageFingerprint(bytes) : 0, templateSeconds)
    }

    private func stage() throws -> StagedOutput {
        do {
            return try StagedOutput(output: options.output)
        } catch {
            throw DossierError([.error(displayOutput, "cannot create a staging folder beside the output: \(error)")])
        }
    }

    var displayOutput: String { options.output.path }

    /// The swap replaces the output folder whole, so it must never hold the user's own files.
    private func checkOutputLocation() throws {
        let output = options.output.resolvingSymlinksInPath().path
        func path(_ url: URL) -> String { url.resolvingSymlinksInPath().path }
        func isInside(_ inner: String, _ outer: String) -> Bool { inner == outer || inner.hasPrefix(outer + "/") }
        // The output may sit in the dossier's folder, but must not hold it, nor its content or templates.
        let source = path(options.source)
        let userFolders = [options.source.appendingPathComponent("content"), options.templatesFolder].map(path)
        let clash = isInside(source, output) ? source : userFolders.first { isInside($0, output) || isInside(output, $0) }
        if let clash {
            throw DossierError([.error(displayOutput,
                "refusing to build into \(output): replacing it would touch \(clash). Choose a separate folder such as public/")])
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DossierError([.error(displayOutput, "the output path is a file, not a folder; remove it or choose another --output")])
        }
    }
}
