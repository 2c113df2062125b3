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

    static func build(_ site: FixtureSite, cache: BuildCache?, output: URL? = nil, changed: Set<String>? = nil) throws -> BuildPipeline.Report {
        var options = BuildOptions(source: site.root, output: output ?? site.output, today: PublicationDate(iso: "2026-01-01")!)
        options.cache = cache
        options.changedPaths = changed
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

    /// A cache that renders every page anyway and fails the build when a page whose
    /// dependency key stayed the same did change.
    static func checkedCache() -> BuildCache {
        let cache = BuildCache()
        cache.checksKeys = true
        return cache
    }

    /// Builds with the cache, then from scratch into another folder, and compares every file.
    /// Returns how many files the incremental build wrote.
    static func expectSameAsScratch(_ site: FixtureSite, cache: BuildCache, _ name: String, changed: Set<String>? = nil) throws -> Int {
        let report = try build(site, cache: cache, changed: changed)
        let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: fresh) }
        _ = try build(site, cache: nil, output: fresh)
        let incremental = try files(site.output), scratch = try files(fresh)
        #expect(Set(incremental.keys) == Set(scratch.keys), "\(name): same files")
        for (path, bytes) in scratch where incremental[path] != bytes { Issue.record("\(name): \(path) differs") }
        print("incremental build, \(name): \(report.filesWritten) files written")
        return report.filesWritten
    }

    @Test func editsGiveTheSameBytesAsABuildFromScratch() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = Self.checkedCache()
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
            let written = try Self.expectSameAsScratch(site, cache: cache, name)
            #expect(written <= most, "\(name): \(written) files written")
        }
        // A deleted article's page goes; a new one appears.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(article))
        _ = try Self.build(site, cache: cache)
        #expect(!site.exists("articles/us-cant-arm-twist-india/index.html"))
    }

    /// What a rebuild finds wrong is what a build from scratch finds, as edits bring in and take
    /// away a topic with no file and a slug two articles share (a rebuild reuses the last
    /// build's topic names and slugs only while neither problem exists).
    @Test func aRebuildReportsTheProblemsABuildFromScratchReports() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = BuildCache()
        _ = try Self.build(site, cache: cache)
        func outcome(_ cache: BuildCache?) -> [String] {
            let output = cache == nil ? site.root.appendingPathComponent("fresh-\(UUID().uuidString)") : nil
            defer { output.map { try? FileManager.default.removeItem(at: $0) } }
            do {
                return try Self.build(site, cache: cache, output: output).diagnostics.map(\.description)
            } catch let error as DossierError {
                return ["failed"] + error.diagnostics.map(\.description)
            } catch {
                return ["\(error)"]
            }
        }
        let article = "content/articles/us-cant-arm-twist-india.md"
        let other = "content/articles/new-report.md"
        let original = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        let edits: [(name: String, path: String, text: String, expected: String?)] = [
            ("a topic with no file named", article,
             original.replacingOccurrences(of: "topics: [S-400, CAATSA]", with: "topics: [S-400, CAATSA, Hypersonic missiles]"), "has no file"),
            ("the topic taken out again", article, original, nil),
            ("a new article", other, FixtureSite.article("Putin arrives in Delhi", date: "2021-12-07", topics: "[S-400]", body: "The visit."), nil),
            ("its slug made the same as another's", other,
             FixtureSite.article("Putin arrives in Delhi", date: "2021-12-07", topics: "[S-400]", body: "The visit.")
                .replacingOccurrences(of: "title:", with: "slug: us-cant-arm-twist-india\ntitle:"), "is already used by"),
            ("its own slug again", other, FixtureSite.article("Putin arrives in Delhi", date: "2021-12-07", topics: "[S-400]", body: "The visit."), nil),
        ]
        for edit in edits {
            try site.write(edit.path, edit.text)
            let incremental = outcome(cache), scratch = outcome(nil)
            #expect(incremental == scratch, "\(edit.name)")
            if let expected = edit.expected {
                #expect(incremental.contains { $0.contains(expected) }, "\(edit.name): \(incremental)")
            } else {
                #expect(!incremental.contains { $0.contains("has no file") || $0.contains("is already used by") }, "\(edit.name): \(incremental)")
            }
        }
    }

    /// Every kind of change an editor makes, one after another on a paginated site: each
    /// incremental build equals a build from scratch, and no page is skipped whose data changed.
    @Test func everyKindOfEditKeepsPagesInStep() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        func source(_ path: String) -> String {
            (try? String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)) ?? ""
        }
        try site.write("dossier.yml", source("dossier.yml") + "\npage_size: 2\n")
        let cache = Self.checkedCache()
        _ = try Self.build(site, cache: cache)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let text = source(article)
        let edits: [(String, String, (String) -> String)] = [
            ("a quote given to a named speaker", article, {
                $0.replacingOccurrences(of: "a retired Indian military officer told the newspaper", with: "Sergey Lavrov told the newspaper")
            }),
            ("a figure added", article, { $0 + "\nThe S-400 deal is worth $6.2 billion, the source said.\n" }),
            ("a date added to the text", article, { $0 + "\nThe contract was signed on 5 October 2018.\n" }),
            ("the summary changed", article, {
                $0.replacingOccurrences(of: "summary: The United States will not", with: "summary: Washington will not")
            }),
            ("a topic named in front matter", article, { $0.replacingOccurrences(of: "topics: [S-400, CAATSA]", with: "topics: [S-400, CAATSA, AUKUS]") }),
            ("a correction", article, {
                $0.replacingOccurrences(of: "import_hash:", with: "corrections:\n  - figure: \"$6.2 billion\"\n    hide: true\nimport_hash:")
            }),
            ("an alias added to a topic", "content/topics/aukus.md", { $0.replacingOccurrences(of: "aliases: [", with: "aliases: [Indian military, ") }),
            ("a topic renamed", "content/topics/ak-203.md", { $0.replacingOccurrences(of: "name: AK-203", with: "name: AK-203 rifles") }),
            ("a new article", "content/articles/new-report.md", { _ in
                FixtureSite.article("Putin arrives in Delhi", date: "2021-12-07", topics: "[S-400]",
                                    body: "“We will deliver the S-400 on time,” Sergey Lavrov said on Monday. The deal is worth $5.4 billion.")
            }),
            ("a partial template edited", "templates/partials/article-card.mustache", { $0 + "\n" }),
            ("the site's title changed", "dossier.yml", { $0.replacingOccurrences(of: "title: \"India's S-400 deal\"", with: "title: \"S-400\"") }),
            ("the site moved under a subpath", "dossier.yml", {
                $0.replacingOccurrences(of: "base_url: \"http://localhost:1313/\"", with: "base_url: \"http://localhost:1313/dossier/\"")
            }),
            ("the page size changed", "dossier.yml", { $0.replacingOccurrences(of: "page_size: 2", with: "page_size: 3") }),
            ("the article back as it was", article, { _ in text }),
        ]
        for (name, path, edit) in edits {
            let before = source(path)
            let after = edit(before)
            #expect(after != before || name.contains("back"), "\(name): the edit applies")
            try site.write(path, after)
            _ = try Self.expectSameAsScratch(site, cache: cache, name)
        }
    }

    /// The cross-source pages are keyed by what they show, not by the whole insight: a figure
    /// no other article gives changes the figures' digest but no topic's first page and no page
    /// of the figures list, while a figure that joins a listed comparison renders the pages
    /// that show it again. Each build still equals one from scratch.
    @Test func insightPagesRenderAgainOnlyWhenWhatTheyShowChanged() throws {
        let site = try InsightRegroupingTests.site()
        defer { site.remove() }
        let cache = BuildCache()
        let first = try Self.build(site, cache: cache)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        let topicPage = site.output.appendingPathComponent("topics/s-400/index.html")

        // Its own measure: one article gives it, so no list shows it. The article's page and
        // the home page (which counts the insight) are all that is rendered.
        try site.write(article, text + "\nThe battery's crews trained for 47 weeks, an officer said.\n")
        _ = try Self.expectSameAsScratch(site, cache: cache, "a figure of its own")
        try site.write(article, text + "\nThe battery's crews trained for 48 weeks, an officer said.\n")
        let alone = try Self.build(site, cache: cache)
        #expect(alone.pagesRendered == 2, "rendered \(alone.pagesRendered) of \(first.pages) pages")

        // The deal's value, which other articles give: the S-400 topic shows the comparison.
        #expect(try !String(contentsOf: topicPage, encoding: .utf8).contains("$9.9 billion"))
        try site.write(article, text + "\nThe S-400 deal is worth $9.9 billion, the source said.\n")
        let joined = try Self.build(site, cache: cache)
        #expect(joined.pagesRendered > alone.pagesRendered)
        #expect(joined.pagesRendered < first.pages / 2)
        #expect(try String(contentsOf: topicPage, encoding: .utf8).contains("$9.9 billion"))
        _ = try Self.expectSameAsScratch(site, cache: cache, "a figure several articles give")
        print("insight edits: \(alone.pagesRendered) and \(joined.pagesRendered) of \(first.pages) pages rendered")
    }

    /// Seeded edits that add, drop and correct figures, quotes and dates across articles whose
    /// lists run over several pages: a checked cache renders every page and fails the build if
    /// one changed while its key did not, and each build equals one from scratch.
    @Test func insightEditsKeepTheKeyedPagesInStep() throws {
        let site = try InsightRegroupingTests.site()
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appendingPathComponent("dossier.yml"), encoding: .utf8)
        try site.write("dossier.yml", config + "\npage_size: 3\n")
        let cache = Self.checkedCache()
        _ = try Self.build(site, cache: cache)
        let folder = site.root.appendingPathComponent("content/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        let quote = "\n“We will not bow to any pressure,” the minister said.\n"
        var random = SplitMix(seed: 11)
        for step in 0..<12 {
            let name = names[random.int(0..<names.count)]
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let paragraphs = text.components(separatedBy: "\n\n")
            let edit = switch random.int(0..<3) {
            case 0: text + "\n" + InsightRegroupingTests.additions[random.int(0..<InsightRegroupingTests.additions.count)] + "\n"
            case 1: text + quote
            default: paragraphs.count > 2 ? paragraphs.dropLast().joined(separator: "\n\n") + "\n" : text + quote
            }
            try site.write("content/articles/\(name)", edit)
            _ = try Self.expectSameAsScratch(site, cache: cache, "step \(step): \(name)")
        }
    }

    /// The preview passes the paths its watcher reported: only those article files are
    /// stamped and read again, new and deleted files included, and anything the report
    /// cannot vouch for (a folder, lost events) makes the build look at every file.
    @Test func reportedChangesGiveTheSameBytesAsABuildFromScratch() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = Self.checkedCache()
        _ = try Self.build(site, cache: cache)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        let added = "content/articles/new-report.md"
        let nested = "content/articles/2021/december.md"
        let steps: [(String, () throws -> Void, Set<String>)] = [
            ("an edit", { try site.write(article, text + "\nThe S-400 deal is worth $6.2 billion, the source said.\n") }, [article]),
            ("a new article", { try site.write(added, FixtureSite.article("Putin arrives in Delhi", topics: "[S-400]")) }, [added]),
            ("an article deleted", { try FileManager.default.removeItem(at: site.root.appendingPathComponent(added)) }, [added]),
            ("a hidden file", { try site.write("content/articles/.draft.md", "not an entry") }, ["content/articles/.draft.md"]),
            ("a folder of articles", { try site.write(nested, FixtureSite.article("Lavrov in Delhi", topics: "[S-400]")) }, ["content/articles/2021"]),
            ("lost events", { try site.write(article, text) }, [BuildOptions.unknownChanges]),
            ("a topic and the settings", {
                try site.write("content/topics/aukus.md", try String(contentsOf: site.root.appendingPathComponent("content/topics/aukus.md"), encoding: .utf8) + "\nMore.\n")
            }, ["content/topics/aukus.md", "dossier.yml"]),
        ]
        for (name, change, reported) in steps {
            try change()
            _ = try Self.expectSameAsScratch(site, cache: cache, name, changed: reported)
        }
        #expect(site.exists("articles/december/index.html"))
    }

    /// The report is trusted: a file it does not name is not even stamped (which is what
    /// keeps a rebuild of a large dossier fast), until a build without a report.
    @Test func anUnreportedEditWaitsForABuildThatChecksEveryFile() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        let cache = BuildCache()
        _ = try Self.build(site, cache: cache)
        let article = "content/articles/us-cant-arm-twist-india.md"
        let page = site.output.appendingPathComponent("articles/us-cant-arm-twist-india/index.html")
        let text = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        try site.write(article, text + "\nA sentence nobody reported.\n")
        _ = try Self.build(site, cache: cache, changed: ["content/articles/some-other-file.md"])
        #expect(try !String(contentsOf: page, encoding: .utf8).contains("nobody reported"))
        _ = try Self.build(site, cache: cache, changed: nil)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("nobody reported"))
    }

    /// An article file that is a symbolic link can change with no event in the folder (its
    /// target lives elsewhere), so it is stamped on every build, reported or not.
    @Test func aLinkedArticleIsCheckedOnEveryBuild() throws {
        let site = try Self.demoCopy()
        defer { site.remove() }
        try site.write("elsewhere/linked.md", FixtureSite.article("Linked report", topics: "[S-400]", body: "First version."))
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/articles/linked.md").path,
                                                   withDestinationPath: site.root.appendingPathComponent("elsewhere/linked.md").path)
        let cache = BuildCache()
        _ = try Self.build(site, cache: cache)
        try site.write("elsewhere/linked.md", FixtureSite.article("Linked report", topics: "[S-400]", body: "Second version."))
        _ = try Self.build(site, cache: cache, changed: ["content/articles/some-other-file.md"])
        let page = try String(contentsOf: site.output.appendingPathComponent("articles/linked/index.html"), encoding: .utf8)
        #expect(page.contains("Second version."))
    }
}
