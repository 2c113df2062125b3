import DossierCore
import Foundation
import Logging

/// Rebuilds the preview when sources change: bursts of changes are merged (debounced),
/// builds run one at a time, and a change during a build triggers exactly one more.
///
/// The preview is built into a private folder, never into `public/`, so a published site
/// never contains the live-reload script (it is added to pages as they are served). The
/// first build is staged and swapped in whole; later ones reuse a `BuildCache`: unchanged
/// files are not parsed, unchanged articles not analysed, and only pages whose data changed
/// are rendered and replaced.
public final class PreviewBuilder: @unchecked Sendable {
    public let source: URL
    public let folder: URL
    private let state: PreviewState
    private let logger: Logger
    private let queue = DispatchQueue(label: "dossier.preview.build")
    private let cache = BuildCache()
    private let lock = NSLock()
    private var pending: Set<String> = []
    private var scheduled = false
    /// Whether the watcher has reported every change since the last build (see `buildNow`).
    private var reportsEveryChange = false
    /// How long to wait for a burst of changes to end before building.
    public var debounce: DispatchTimeInterval = .milliseconds(30)

    public init(source: URL, state: PreviewState, logger: Logger) throws {
        self.source = source.standardizedFileURL
        self.state = state
        self.logger = logger
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// The folder the current site is built into.
    public var siteFolder: URL { folder.appendingPathComponent("site") }

    /// The first build, on the build queue and waited for: changes reported meanwhile build
    /// again after it, one build at a time.
    @discardableResult
    public func buildFirst() -> Bool {
        queue.sync { buildNow() }
    }

    /// Builds now, on the caller's thread; returns whether it succeeded.
    @discardableResult
    private func buildNow(changed: Set<String> = []) -> Bool {
        let started = ContinuousClock.now
        do {
            var options = BuildOptions(source: source, output: siteFolder)
            options.cache = cache
            // A file may change while the first build reads it: until a build has run
            // since, a report may not cover every change, and every file is checked.
            options.changedPaths = reportsEveryChange ? changed : nil
            options.collectsReview = false
            let report = try BuildPipeline(options: options).build()
            let elapsed = ContinuousClock.now - started
            logger.info("rebuilt in \(elapsed.milliseconds) ms, \(report.pagesRendered) pages rendered, \(report.filesWritten) files written\(changed.isEmpty ? "" : " (\(changed.sorted().joined(separator: ", ")))")")
            let stages = report.timings.stages.map { "\($0.name) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", ")
            logger.debug("stages: \(stages)")
            state.succeeded(site: siteFolder, event: event(for: changed))
            cache.releaseRetired()
            return true
        } catch let error as DossierError {
            let messages = error.diagnostics.map(\.description)
            for message in messages { logger.error("\(message)") }
            state.failed(messages)
            return false
        } catch {
            logger.error("\(error)")
            state.failed(["\(error)"])
            return false
        }
    }

    /// Records changed paths (relative to the source) and schedules one build.
    public func changed(_ paths: [String]) {
        let relevant = paths.filter {
            $0 == SiteConfig.fileName || $0 == BuildOptions.unknownChanges || $0.hasPrefix("content/") || $0.hasPrefix("templates/")
        }
        guard !relevant.isEmpty else { return }
        let schedule = lock.withLock { () -> Bool in
            pending.formUnion(relevant)
            defer { scheduled = true }
            return !scheduled
        }
        if schedule { queue.asyncAfter(deadline: .now() + debounce) { [weak self] in self?.runPending() } }
    }

    /// Runs on the build queue: one build at a time. Changes that arrive during this build
    /// are left in `pending` and schedule exactly one more.
    private func runPending() {
        let batch = lock.withLock { () -> Set<String> in
            defer { pending = [] }
            return pending
        }
        buildNow(changed: batch)
        reportsEveryChange = true
        let again = lock.withLock { () -> Bool in
            if pending.isEmpty { scheduled = false }
            return !pending.isEmpty
        }
        if again { queue.asyncAfter(deadline: .now() + debounce) { [weak self] in self?.runPending() } }
    }

    /// A change to stylesheets alone swaps them in place; anything else reloads.
    private func event(for changed: Set<String>) -> PreviewEvent {
        guard !changed.isEmpty, changed.allSatisfy({ $0.hasPrefix("templates/assets/") && $0.hasSuffix(".css") }),
              let assets = try? AssetFiles.load(from: source.appendingPathComponent("templates/assets")) else { return .reload }
        // The settings alone give the base URL: no need to load every article again.
        let urls = SiteURLs(baseURL: SiteConfig.settings(in: source)?.baseURL ?? URL(string: "http://localhost/")!, assetNames: assets.names)
        var map: [String: String] = [:]
        for file in assets.files where file.path.hasSuffix(".css") { map[file.path] = urls.asset(file.path) }
        return .stylesheets(map)
    }

    /// Removes the private folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension Duration {
    var milliseconds: Int {
        let parts = components
        return Int(parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000)
    }
}
