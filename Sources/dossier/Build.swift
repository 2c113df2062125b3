import ArgumentParser
import DossierCore
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into public/ (staged, then swapped in whole).")

    @OptionGroup var source: SourceOptions

    @Option(help: "Where to write the site (default: public/ in the source folder).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override base_url from dossier.yml, e.g. https://example.org/dossier/.")
    var baseURL: String?

    @Flag(help: "Include articles marked draft: true, and articles dated in the future.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Skip the search index even when Pagefind is installed.")
    var noSearch = false

    @Flag(help: "Print per-stage timings.")
    var verbose = false

    func validate() throws {
        if let baseURL, SiteConfig.baseURL(from: baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://example.org/dossier/")
        }
    }

    func run() throws {
        let logger = ConsoleLogHandler.logger(verbose: verbose)
        var options = BuildOptions(
            source: source.url,
            output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
            baseURL: baseURL.flatMap(SiteConfig.baseURL(from:)),
            includeDrafts: drafts, strict: strict, search: noSearch ? nil : SearchIndexer.locate())
        let bar = ProgressBar()
        options.progress = bar.progress()
        options.freesResults = false
        let report = try runReporting(logger, footer: "nothing was written; \(options.output.path) is unchanged") {
            defer { bar.finish() }
            return try BuildPipeline(options: options).build()
        }
        logger.debug("stages:\n\(report.timings)")
        print("Built \(report.pages) pages (\(report.filesWritten) files) into \(options.output.path) in \(Self.milliseconds(report.timings.total)) ms")
        if !report.searchIndexed && !noSearch { print("Note: \(SearchIndexer.installHint)") }
        if report.reviewCount > 0 {
            print("\(report.reviewCount) items need an editor's review: run 'dossier check' to list them")
        }
    }

    static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}
