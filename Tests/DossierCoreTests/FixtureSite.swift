import Foundation
@testable import DossierCore

/// A throwaway dossier in a temporary folder, using the repository's real templates.
struct FixtureSite {
    let root: URL

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's theme, for tests that build page contexts without a whole build.
    static func templates() throws -> TemplateSet {
        try TemplateSet.load(from: repository.appendingPathComponent("templates"), displayFolder: "templates", required: []).get()
    }

    static let config = """
    title: Fixture dossier
    description: A dossier for tests.
    base_url: https://example.org/dossier/
    """

    init(config: String = FixtureSite.config, articles: [String: String] = [:], topics: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"),
                                         to: root.appendingPathComponent("templates"))
        try write("dossier.yml", config)
        for (name, text) in articles { try write("content/articles/\(name)", text) }
        for (name, text) in topics { try write("content/topics/\(name)", text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var output: URL { root.appendingPathComponent("public") }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    func build(strict: Bool = false, drafts: Bool = false, baseURL: URL? = nil) throws -> BuildPipeline.Report {
        try BuildPipeline(options: BuildOptions(source: root, baseURL: baseURL, includeDrafts: drafts, strict: strict)).build()
    }

    func check() throws -> BuildPipeline.Report {
        try BuildPipeline(options: BuildOptions(source: root)).check()
    }

    /// The diagnostics a failing build reports; empty if it succeeded.
    func buildErrors(strict: Bool = false) -> [Diagnostic] {
        do {
            _ = try build(strict: strict)
            return []
        } catch let error as DossierError {
            return error.diagnostics
        } catch {
            return [.error("?", "unexpected error \(error)")]
        }
    }

    /// Every file under the output, with its bytes, for byte-for-byte comparisons.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = output.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    static func article(_ title: String, date: String = "2021-12-06", topics: String = "[]", body: String = "Some text.", extra: String = "") -> String {
        """
        ---
        title: \(title)
        date: \(date)
        source: Test Times
        url: https://example.com/\(Slug.make(from: title))
        topics: \(topics)
        summary: A summary.
        \(extra)
        ---

        \(body)
        """
    }

    static let s400Topic = """
    ---
    name: S-400
    aliases: [S-400, S400, S 400, S-400s]
    ---

    The S-400 is a Russian air defence system.
    """
}

extension FixtureSite {
    /// A page's JSON-LD block, parsed.
    /// Every key a template context holds, however deep: in dictionaries, lists, and the
    /// items that print a kept partial (`FragmentItem`: its value and its fields).
    static func names(in value: Any) -> Set<String> {
        if let dictionary = value as? [String: Any] {
            return dictionary.reduce(into: Set(dictionary.keys)) { $0.formUnion(names(in: $1.value)) }
        } else if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { $0.formUnion(names(in: $1)) }
        } else if let item = value as? FragmentItem {
            return names(in: item.fields).union([item.store.valueName])
        }
        return []
    }

    static func jsonLD(in page: String) -> [String: Any]? {
        guard let start = page.range(of: "<script type=\"application/ld+json\">"),
              let end = page.range(of: "</script>", range: start.upperBound..<page.endIndex) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
    }
}
