import ArgumentParser
import DossierCore
import Foundation

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new, empty dossier (settings, one topic, the default templates) that builds.")

    @Argument(help: "The folder to create.") var folder: String
    @Option(help: "The dossier's title.") var title: String?
    @Option(name: .customLong("base-url"), help: "Where the site will live.") var baseURL = "http://localhost:1313/"

    func validate() throws {
        if SiteConfig.baseURL(from: baseURL) == nil {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://example.org/dossier/")
        }
    }

    func run() throws {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        let name = title ?? url.lastPathComponent
        do {
            let files = try DossierScaffold.create(at: url, title: name, baseURL: SiteConfig.baseURL(from: baseURL)!)
            print("Created \(files.count) files in \(url.path). Next: cd \(folder) && dossier import CLIPPINGS… && dossier build")
        } catch let error as DossierError {
            throw fail(error, ConsoleLogHandler.logger(verbose: false), footer: "nothing was created")
        }
    }
}
