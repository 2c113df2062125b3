import ArgumentParser
import DossierCore
import Foundation

/// The same N synthetic news articles written twice: as a dossier's entries (YAML front
/// matter, one topic file per topic) and as a Hugo site with an equivalent page set, for
/// Tests/Benchmarks/hugo-compare.sh. Each has a headline, an outlet, a date, 1–5 of 44
/// topics (the demo's four weighted heavily) and 600–1,000 words with quotes, figures, a
/// list, a table and links.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write N articles as a dossier's content and as a Hugo site.")

    @Option(help: "How many articles.") var count = 10_000
    @Option(help: "Seed for the generator.") var seed: UInt64 = 7
    @Option(help: "A dossier made by 'dossier new': articles and topics are written into its content/.") var dossier: String
    @Option(help: "Folder for the Hugo site (created).") var hugo: String

    func validate() throws {
        guard FileManager.default.fileExists(atPath: URL(fileURLWithPath: dossier).appendingPathComponent(SiteConfig.fileName).path) else {
            throw ValidationError("\(dossier) has no \(SiteConfig.fileName): make the dossier with 'dossier new \(dossier)' first")
        }
    }

    func run() throws {
        let dossierRoot = URL(fileURLWithPath: dossier, isDirectory: true)
        let hugoRoot = URL(fileURLWithPath: hugo, isDirectory: true)
        try HugoSite.writeSkeleton(to: hugoRoot, title: "Benchmark dossier", pageSize: 20)
        let articles = dossierRoot.appendingPathComponent("content/articles")
        let topicsFolder = dossierRoot.appendingPathComponent("content/topics")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for topic in CorpusWriter.mainTopics + CorpusWriter.otherTopics {
            let file = topicsFolder.appendingPathComponent("\(Slug.make(from: topic)).md")
            guard !FileManager.default.fileExists(atPath: file.path) else { continue }
            try HugoSite.write(EntryWriter.topicText(name: topic, aliases: [topic], explainer: "Coverage of \(topic).\n"), to: file)
        }
        var writer = CorpusWriter(seed: seed)
        var bytes = 0
        for index in 0..<count {
            let item = writer.article()
            let slug = Slug.make(from: item.title) + "-\(index)"
            let article = Article(file: "content/articles/\(slug).md", slug: slug, title: item.title,
                                  date: PublicationDate(iso: item.date), source: item.outlet, topics: item.topics,
                                  summary: item.summary, body: item.body)
            let entry = EntryWriter.text(for: article)
            bytes += entry.utf8.count
            try Data(entry.utf8).write(to: articles.appendingPathComponent("\(slug).md"))
            let page = try HugoSite.article(title: item.title, slug: slug, date: item.date, outlet: item.outlet,
                                            topics: item.topics, summary: item.summary, body: item.body)
            try Data(page.utf8).write(to: hugoRoot.appendingPathComponent("content/articles/\(slug).md"))
        }
        print("wrote \(count) articles (\(bytes / 1_048_576) MB of Markdown) to \(articles.path) and \(hugoRoot.path)")
    }
}

extension CorpusWriter {
    struct Article {
        var title: String, date: String, outlet: String, topics: [String], summary: String, body: String
    }

    /// 6–11 paragraphs of 3–6 sentences (about 600–1,000 words), a list, sometimes a table, and links.
    mutating func article() -> Article {
        let topics = topics()
        let title = headline(about: topics)
        let lead = paragraph(about: topics)
        var blocks = [lead]
        for index in 0..<rng.int(6...10) {
            blocks.append(paragraph(about: topics))
            if index == 1 {
                blocks.append((0..<3).map { _ in "- " + sentence(about: topics) }.joined(separator: "\n"))
            }
            if index == 3 && rng.int(0..<2) == 0 {
                blocks.append("| Year | Units | Cost |\n| --- | --- | --- |\n"
                    + (0..<3).map { _ in "| \(rng.int(2016...2021)) | \(rng.int(1...12)) | $\(rng.int(1...9)).\(rng.int(0...9)) billion |" }.joined(separator: "\n"))
            }
        }
        blocks.append("Read the [original report](https://example.org/news/\(rng.int(1...999_999))) and [earlier coverage](https://example.org/archive/\(rng.int(1...999_999))).")
        let summary = String(lead.prefix { $0 != "." }) + "."
        return Article(title: title, date: isoDate(), outlet: rng.pick(Self.outlets), topics: topics, summary: summary,
                       body: blocks.joined(separator: "\n\n") + "\n")
    }
}
