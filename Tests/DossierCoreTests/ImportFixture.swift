import Foundation
@testable import DossierCore

/// An empty dossier with the demo's topics, to import into.
struct ImportFixture {
    let site: FixtureSite

    init() throws {
        var topics: [String: String] = [:]
        for name in ["s-400", "caatsa", "aukus", "ak-203"] {
            topics["\(name).md"] = try String(contentsOf: FixtureSite.repository.appendingPathComponent("content/topics/\(name).md"), encoding: .utf8)
        }
        site = try FixtureSite(topics: topics)
    }

    var importer: ClippingImporter {
        ClippingImporter(root: site.root, topics: ContentLoader(root: site.root).loadTopics().topics)
    }

    func run(_ records: [ImportRecord], _ configure: (inout ClippingImporter.Options) -> Void = { _ in })
        -> (outcomes: [ClippingImporter.Outcome], problems: [Diagnostic]) {
        var options = ClippingImporter.Options()
        configure(&options)
        return importer.importAll(records, options: options)
    }

    func entry(_ outcome: ClippingImporter.Outcome) throws -> Article {
        let text = try String(contentsOf: site.root.appendingPathComponent(outcome.file), encoding: .utf8)
        return try Article.parse(text, file: outcome.file, defaultSlug: ContentLoader.stem(of: outcome.file)).get()
    }

    /// Imports files from disk the way the command does.
    func collect(_ paths: [String], manifest: String? = nil) -> (records: [ImportRecord], problems: [Diagnostic]) {
        ImportSource.collect(paths: paths, manifest: manifest, readStandardInput: { Data() })
    }
}
