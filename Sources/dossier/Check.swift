import ArgumentParser
import DossierCore
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load, validate and render everything without writing; list entries that need review.")

    @OptionGroup var source: SourceOptions

    @Flag(help: "Include articles marked draft: true, and articles dated in the future.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let logger = ConsoleLogHandler.logger(verbose: false)
        var options = BuildOptions(source: source.url, includeDrafts: drafts, strict: strict)
        options.freesResults = false
        let report = try runReporting(logger, footer: "nothing was written") {
            try BuildPipeline(options: options).check()
        }
        for item in report.review { print(item) }
        let warnings = report.diagnostics.count
        print("OK: \(report.pages) pages would be built; \(warnings) warning\(warnings == 1 ? "" : "s"), \(report.review.count) review item\(report.review.count == 1 ? "" : "s")")
    }
}
