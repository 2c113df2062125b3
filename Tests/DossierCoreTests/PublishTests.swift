import Foundation
import Testing
@testable import DossierCore

@Suite("Publishing", .serialized)
struct PublishTests {
    func makeBuiltSite() throws -> FixtureSite {
        let site = try FixtureSite(config: FixtureSite.config + "\ncname: dossier.example.org\n", articles: [
            "one.md": FixtureSite.article("One", body: "About the S-400."),
            "two.md": FixtureSite.article("Two", date: "2021-12-07"),
        ], topics: ["s-400.md": FixtureSite.s400Topic])
        _ = try site.build()
        return site
    }

    func git(_ arguments: String..., in folder: URL) throws -> String {
        try GitCommand(gitDirectory: folder).run(arguments)
    }

    @Test func gitPublishCommitsTheSiteThenOnlyTheChanges() throws {
        let site = try makeBuiltSite()
        defer { site.remove() }
        let remote = site.root.appendingPathComponent("remote.git")
        _ = try GitCommand(gitDirectory: remote).run(["init", "-q", "--bare"])
        var publisher = GitPublisher(site: PublishSource(source: site.root, output: site.output), remote: remote.path)
        publisher.cname = "dossier.example.org"

        let dry = try publisher.publish(dryRun: true)
        #expect(dry.commit == nil && dry.changes.added.contains("index.html"))
        #expect((try? git("rev-parse", "refs/heads/gh-pages", in: remote)) == nil, "a dry run pushes nothing")

        let first = try publisher.publish(dryRun: false)
        let files = try git("ls-tree", "-r", "--name-only", "gh-pages", in: remote).split(separator: "\n").map(String.init)
        #expect(files.contains("index.html") && files.contains("articles/one/index.html") && files.contains(".nojekyll"))
        #expect(files.contains("CNAME") && !files.contains(BuildStamp.fileName) && !files.contains(".gitkeep"))
        #expect(try git("show", "gh-pages:CNAME", in: remote) == "dossier.example.org")
        #expect(try git("show", "gh-pages:index.html", in: remote) == (try site.read("index.html")).trimmingSpaces)

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/two.md"))
        #expect(throws: DossierError.self) { try publisher.publish(dryRun: false) }  // stale build refused
        _ = try site.build()
        let second = try publisher.publish(dryRun: false)
        #expect(second.changes.deleted == ["articles/two/index.html"])
        #expect(!second.changes.changed.isEmpty && second.changes.added.isEmpty)
        let log = try git("log", "--format=%H %P", "gh-pages", in: remote).split(separator: "\n")
        #expect(log.count == 2 && log[0].hasSuffix(first.commit!), "the second commit sits on the first")
        let changed = try git("diff-tree", "-r", "--name-only", first.commit!, second.commit!, in: remote)
        #expect(Set(changed.split(separator: "\n").map(String.init)) == Set(second.changes.changed + second.changes.deleted))

        let third = try publisher.publish(dryRun: false)
        #expect(third.commit == nil && third.changes.isEmpty, "nothing new, no commit")
    }

    @Test func folderPublishSwitchesWholeReleasesAndLeavesNoStaleFile() throws {
        let site = try makeBuiltSite()
        defer { site.remove() }
        let target = site.root.appendingPathComponent("www")
        let publisher = FolderPublisher(site: PublishSource(source: site.root, output: site.output), target: target)
        let first = try publisher.publish(dryRun: false)
        #expect(first.added.contains("articles/two/index.html"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: target.path).hasSuffix("releases/1"))
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("articles/two/index.html").path))

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/two.md"))
        _ = try site.build()
        let dry = try publisher.publish(dryRun: true)
        #expect(dry.deleted == ["articles/two/index.html"])
        #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("articles/two/index.html").path), "dry run changes nothing")
        _ = try publisher.publish(dryRun: false)
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("articles/two/index.html").path))
        let release = target.resolvingSymlinksInPath()
        let published = Set((FileManager.default.enumerator(atPath: release.path)?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: release.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        })
        let built = Set(try site.snapshot().keys).subtracting([BuildStamp.fileName])
        #expect(published == built, "exactly the built files: \(published.symmetricDifference(built))")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent(BuildStamp.fileName).path))
    }

    @Test func publishingRefusesDraftsAndFoldersItDidNotMake() throws {
        let site = try makeBuiltSite()
        defer { site.remove() }
        _ = try site.build(drafts: true)
        let source = PublishSource(source: site.root, output: site.output)
        #expect(throws: DossierError.self) { try source.verifiedFiles() }
        _ = try site.build()
        let occupied = site.root.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: occupied.appendingPathComponent("notes.txt"))
        #expect(throws: DossierError.self) { try FolderPublisher(site: source, target: occupied).publish(dryRun: false) }
        #expect(try String(contentsOf: occupied.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }
}
