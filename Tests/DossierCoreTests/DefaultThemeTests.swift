import Foundation
import Testing
@testable import DossierCore

@Suite("The default theme and new dossiers")
struct DefaultThemeTests {
    @Test func theEmbeddedThemeIsTheRepositorysTemplates() throws {
        let folder = FixtureSite.repository.appendingPathComponent("templates")
        let onDisk = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { path in
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue && !path.split(separator: "/").contains { $0.hasPrefix(".") }
            }.sorted()
        let embedded = DefaultTheme.files
        #expect(embedded.map(\.path) == onDisk, "run `swift run dossier-bench embed-theme` after changing templates/")
        for file in embedded {
            #expect(try Data(contentsOf: folder.appendingPathComponent(file.path)) == file.data,
                    "\(file.path) differs: run `swift run dossier-bench embed-theme`")
        }
    }

    @Test func aNewDossierBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try DossierScaffold.create(at: folder, title: "My \"quoted\" dossier", baseURL: URL(string: "https://example.org/d/")!)
        #expect(files.contains("dossier.yml") && files.contains("templates/base.mustache"))
        let report = try BuildPipeline(options: BuildOptions(source: folder)).build()
        #expect(report.diagnostics.isEmpty)
        let home = try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home.contains("<h1>My &quot;quoted&quot; dossier</h1>"))
        #expect(home.contains("No articles yet"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public/topics/example-topic/index.html").path))
    }

    @Test func newRefusesAFolderThatHasFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: DossierError.self) {
            try DossierScaffold.create(at: folder, title: "X", baseURL: URL(string: "https://example.org/")!)
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }
}
