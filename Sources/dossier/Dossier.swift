import ArgumentParser
import DossierCore
import Foundation
import Logging

/// The command line: parses arguments, calls the engine, prints what it returns.
@main
struct DossierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns news clippings into a static dossier website.",
        subcommands: [Build.self, Check.self, Import.self, New.self, Publish.self, Serve.self]
    )
}

/// Options every command that reads a dossier shares.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The dossier's folder (holds dossier.yml, content/, templates/).")
    var source: String = "."

    var url: URL { URL(fileURLWithPath: source, isDirectory: true) }
}

/// Prints an engine error (every diagnostic) and turns it into a non-zero exit.
func fail(_ error: DossierError, _ logger: Logger, footer: String) -> ExitCode {
    for diagnostic in error.diagnostics {
        logger.log(level: diagnostic.severity == .error ? .error : .warning, "\(diagnostic)")
    }
    let count = error.diagnostics.filter { $0.severity == .error }.count
    logger.error("\(count == 1 ? "1 error" : "\(count) errors"); \(footer)")
    return ExitCode.failure
}

/// Runs a pipeline step, printing its warnings, or every diagnostic and a non-zero exit.
func runReporting(_ logger: Logger, footer: String, _ step: () throws -> BuildPipeline.Report) throws -> BuildPipeline.Report {
    let report: BuildPipeline.Report
    do {
        report = try step()
    } catch let error as DossierError {
        throw fail(error, logger, footer: footer)
    }
    for warning in report.diagnostics { logger.warning("\(warning)") }
    return report
}
