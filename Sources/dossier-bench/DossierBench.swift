import ArgumentParser
import Foundation

/// Benchmark tooling; see BENCHMARKS.md for the commands that use it.
@main
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Generate deterministic benchmark corpora for Dossier.",
        subcommands: [Clippings.self, Articles.self, EmbedTheme.self]
    )
}

/// Raw clippings shaped like the seeds (headline or not, breadcrumbs, template residue,
/// date markers, captions), for timing `dossier import`.
struct Clippings: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write N raw clippings into a folder.")

    @Option(help: "How many clippings.") var count = 10_000
    @Option(help: "Seed for the generator.") var seed: UInt64 = 42
    @Argument(help: "Folder to write into (created).") var output: String

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var writer = CorpusWriter(seed: seed)
        var bytes = 0
        for index in 0..<count {
            let text = writer.clipping()
            bytes += text.utf8.count
            let name = String(format: "%05d.txt", index)
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        print("wrote \(count) clippings (\(bytes / 1_048_576) MB) to \(folder.path)")
    }
}

extension CorpusWriter {
    /// One clipping: 6–12 paragraphs (roughly 600–1,000 words) with the seeds' kinds of junk.
    mutating func clipping() -> String {
        let topics = topics()
        let headline = headline(about: topics)
        var lines: [String] = []
        switch rng.int(0..<4) {
        case 0: lines += ["Home » World » \(headline)", "", headline]
        case 1: lines += [headline, ""]
        case 2: lines += [headline, "", headline]
        default: break  // no headline, as in three of the seeds
        }
        lines.append("")
        var lead = paragraph(about: topics)
        if rng.int(0..<3) == 0 { lead = " date \(isoDate()) " + lead }
        lines += [lead, ""]
        for _ in 0..<rng.int(6...11) {
            if rng.int(0..<5) == 0 { lines += ["{{^userSubscribed}} {{/userSubscribed}}", ""] }
            if rng.int(0..<8) == 0 { lines += ["\(rng.pick(Self.people)) in \(rng.pick(Self.places)). (File Photo)", ""] }
            lines += [paragraph(about: topics), ""]
        }
        return lines.joined(separator: "\n")
    }
}
