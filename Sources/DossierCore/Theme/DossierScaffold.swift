import Foundation

/// `dossier new DIR`: a new, empty dossier that builds: settings, one topic to copy from,
/// an empty articles folder and the default theme.
public enum DossierScaffold {
    public static func create(at folder: URL, title: String, baseURL: URL) throws -> [String] {
        let manager = FileManager.default
        let display = folder.path
        if manager.fileExists(atPath: folder.path) {
            let contents = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard contents.isEmpty else {
                throw DossierError([.error(display, "the folder exists and is not empty; choose a new folder so nothing is overwritten")])
            }
        }
        let config = """
        # Settings of this dossier; see the Dossier README for every key.
        title: \(yamlString(title))
        description: ""
        base_url: \(yamlString(baseURL.absoluteString))
        language: en
        raw_html: false
        latest_articles: 10
        page_size: 20

        """
        let topic = """
        ---
        name: Example topic
        slug: example-topic
        # The spellings that identify the topic in article text.
        aliases: [Example topic, example-topic]
        ---

        A short explainer of the topic, in Markdown. Rename or replace this file.

        """
        var written: [(String, Data)] = [
            (SiteConfig.fileName, Data(config.utf8)),
            ("content/topics/example-topic.md", Data(topic.utf8)),
            ("content/articles/.gitkeep", Data()),
            ("public/.gitkeep", Data()),
        ]
        written += DefaultTheme.files.map { ("templates/\($0.path)", $0.data) }
        for (path, data) in written {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileWriter.write(data, to: url.path, exclusive: true)
        }
        return written.map(\.0)
    }

    /// A double-quoted YAML scalar.
    private static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
