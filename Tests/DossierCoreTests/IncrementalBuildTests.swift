import Foundation
import Testing
@testable import DossierCore

/// A build with a `BuildCache` (what the preview server does) writes only what changed, and
/// its output is byte for byte that of a build from scratch.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    static func demoCopy() throws -> FixtureSite {
        let site = try FixtureSite(config: try String(contentsOf: FixtureSite.repository.appendingPathComponent("dossier.yml"), encoding: .utf8))
        for folder in ["content/articles", "content/topics"] {
            let source = FixtureSite.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
                try site.write("\(folder)/\(name)", try Data(contentsOf: source.appendingPathComponent(name)))
            }
        }
        return site
    }

    static func build(_ site: FixtureSite, cache: BuildCache?, output: URL? = nil) throws -> BuildPipeline.Report {
        var options = BuildOptions(source: site.root, output: output ?? site.output, today: PublicationDate(iso: "2026-01-01")!)
        options.cache = cache
        return try BuildPipeline(options: options).build()
    }

    /// Every file but the build stamp, which an in-place preview build does not rewrite.
    static func files(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] where path != BuildStamp.fileName {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func nothingChangedWritesNothing() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = BuildCache()
        let first = try Self.build(site, cache: cache)
        #expect(first.filesWritten > 20)
        let second = try Self.build(site, cache: cache)
        #expect(second.filesWritten == 0)
    }

    @Test func editsGiveTheSameBytesAsABuildFromScratch() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = BuildCache()
        _ = try Self.build(site, cache: cache)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let original = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        // With the most files each edit may write: a new outlet changes every page's footer.
        let edits: [(String, String, Int)] = [
            ("a sentence added", original + "\nThe deal was signed in 2019, an official said on Friday.\n", 12),
            ("the title changed", original.replacingOccurrences(of: "title: US Can’t Arm-Twist India – Russian Media", with: "title: A new headline"), 16),
            ("a date and an outlet given", original.replacingOccurrences(of: "date:\n", with: "date: 2018-09-20\n").replacingOccurrences(of: "source:\n", with: "source: Sputnik\n"), 40),
            ("back as it was", original, 40),
        ]
        for (name, text, most) in edits {
            try site.write(article, text)
            let report = try Self.build(site, cache: cache)
            let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString)")
            _ = try Self.build(site, cache: nil, output: fresh)
            let incremental = try Self.files(site.output), scratch = try Self.files(fresh)
            #expect(Set(incremental.keys) == Set(scratch.keys), "\(name): same files")
            for (path, bytes) in scratch where incremental[path] != bytes { Issue.record("\(name): \(path) differs") }
            #expect(report.filesWritten <= most, "\(name): \(report.filesWritten) files written")
            print("incremental build, \(name): \(report.filesWritten) files written")
            try FileManager.default.removeItem(at: fresh)
        }
        // A deleted article's page goes; a new one appears.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(article))
        _ = try Self.build(site, cache: cache)
        #expect(!site.exists("articles/us-cant-arm-twist-india/index.html"))
    }
}
