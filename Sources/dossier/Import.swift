import ArgumentParser
import DossierCore
import Foundation

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn raw clippings (files, folders, or - for standard input) into content/articles/ entries.")

    @Argument(help: "Clipping files, folders (read recursively), or - for standard input.")
    var paths: [String]

    @OptionGroup var source: SourceOptions

    @Option(help: "The outlet that published the clippings.")
    var outlet: String?

    @Option(help: "Publication date, YYYY-MM-DD.")
    var date: String?

    @Option(help: "The original article's address.")
    var url: String?

    @Option(help: "A CSV or YAML file giving file, outlet, date and url per clipping (a folder's manifest.csv or manifest.yml is used by itself).")
    var manifest: String?

    @Flag(help: "Print per-stage timings.")
    var verbose = false

    @Flag(help: "Show what would be written, write nothing.")
    var dryRun = false

    @Flag(help: "Overwrite entries that differ from this import (e.g. edited by hand).")
    var force = false

    func validate() throws {
        if let date, PublicationDate(iso: date) == nil {
            throw ValidationError("--date must be a real date written YYYY-MM-DD, e.g. --date 2021-12-06")
        }
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            throw ValidationError("--url must be an http(s) address")
        }
    }

    func run() throws {
        let logger = ConsoleLogHandler.logger(verbose: verbose)
        var timings = StageTimings()
        var options = ClippingImporter.Options()
        options.outlet = outlet
        options.date = date.flatMap(PublicationDate.init(iso:))
        options.url = url
        options.dryRun = dryRun
        options.force = force
        let bar = ProgressBar()
        options.progress = bar.progress()

        let loaded = timings.measure("topics") { ContentLoader(root: source.url).loadTopics() }
        for diagnostic in loaded.diagnostics { logger.warning("\(diagnostic)") }
        let collected = timings.measure("read") {
            ImportSource.collect(paths: paths, manifest: manifest,
                                 readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() })
        }
        let importer = ClippingImporter(root: source.url, topics: loaded.topics)
        let result = timings.measure("import") { importer.importAll(collected.records, options: options) }
        bar.finish()
        timings.measure("report") {
            for outcome in result.outcomes { print(Self.describe(outcome, dryRun: dryRun)) }
        }
        logger.debug("stages:\n\(timings)")

        let counts = Dictionary(grouping: result.outcomes, by: \.action).mapValues(\.count)
        let summary = ClippingImporter.Action.allCases.compactMap { action in
            counts[action].map { "\($0) \(action.rawValue)" }
        }
        let failures = collected.problems + result.problems
        print("\(dryRun ? "Dry run: " : "")\(result.outcomes.count) \(result.outcomes.count == 1 ? "entry" : "entries") (\(summary.joined(separator: ", ")))\(failures.isEmpty ? "" : "; \(failures.count) inputs failed")")
        if !failures.isEmpty { throw fail(DossierError(failures), logger, footer: "the other inputs were imported") }
    }

    static func describe(_ outcome: ClippingImporter.Outcome, dryRun: Bool) -> String {
        let verb: String
        switch outcome.action {
        case .created: verb = dryRun ? "would create" : "created"
        case .overwritten: verb = dryRun ? "would overwrite" : "overwrote"
        case .unchanged: verb = "unchanged"
        case .kept: verb = "kept (differs from this import, perhaps edited by hand; --force overwrites)"
        }
        var lines = ["\(outcome.input) → \(outcome.file): \(verb)"]
        if !outcome.changes.isEmpty { lines.append("  differs in: \(outcome.changes.joined(separator: ", "))") }
        for junk in outcome.removed { lines.append("  removed: \(junk)") }
        for note in outcome.review { lines.append("  review: \(note)") }
        return lines.joined(separator: "\n")
    }
}
