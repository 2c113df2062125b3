import Foundation

/// Turns import records into `content/articles/<slug>.md` entries for an editor to review.
///
/// Never invents: a date, outlet or address that the text, record, manifest and flags do
/// not give stays empty and is noted for review. Never overwrites an entry that differs
/// from what it would write (an editor may have touched it) unless `force` is set.
public struct ClippingImporter: Sendable {
    public struct Options: Sendable {
        /// Command-line values; they win over records and manifests.
        public var outlet: String?
        public var date: PublicationDate?
        public var url: String?
        public var dryRun = false
        public var force = false

        public init() {}
    }

    public enum Action: String, Sendable, CaseIterable {
        case created, unchanged, overwritten
        /// The entry differs from this import (edited by hand, or a new version of the input).
        case kept
    }

    public struct Outcome: Sendable {
        public var input: String
        public var file: String
        public var action: Action
        public var removed: [String]
        public var review: [String]
        /// Front matter fields (and "body") that differ from the existing entry.
        public var changes: [String]
    }

    public let root: URL
    public let topics: [Topic]
    private let matcher: TopicMatcher
    static let articlesFolder = "content/articles"

    public init(root: URL, topics: [Topic]) {
        self.root = root.standardizedFileURL
        self.topics = topics
        matcher = TopicMatcher(topics: topics)
    }

    /// Imports every record; a bad record is reported and the rest go on. Entries are made
    /// and files written on all cores; names are claimed one at a time, in input order.
    public func importAll(_ records: [ImportRecord], options: Options) -> (outcomes: [Outcome], problems: [Diagnostic]) {
        let prepared = Parallel.map(records) { record in
            Swift.Result { try prepare(record, options: options) }.map { ($0.0, $0.1, EntryWriter.text(for: $0.0)) }
        }
        var planned: [(outcome: Outcome, text: String)] = []
        var problems: [Diagnostic] = []
        var claimed = Set<String>()
        for (record, result) in zip(records, prepared) {
            switch result {
            case .success(let (entry, clipping, text)):
                planned.append((plan(entry, text: text, clipping: clipping, record: record, options: options, claimed: &claimed), text))
            case .failure(let error as DossierError):
                problems += error.diagnostics
            case .failure(let error):
                problems.append(.error(record.name, "\(error)"))
            }
        }
        guard !options.dryRun else { return (planned.map(\.outcome), problems) }

        let folder = root.appendingPathComponent(Self.articlesFolder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            return ([], problems + [.error(Self.articlesFolder, "cannot create the folder: \(error)")])
        }
        let failures = Parallel.map(Array(planned.indices)) { index -> Diagnostic? in
            let (outcome, text) = planned[index]
            guard outcome.action == .created || outcome.action == .overwritten else { return nil }
            do {
                try FileWriter.replace(Data(text.utf8), at: path(outcome.file))
                return nil
            } catch {
                return .error(outcome.input, "cannot write \(outcome.file): \(error.localizedDescription)")
            }
        }
        let failed = Set(failures.compactMap { $0?.file })
        return (planned.map(\.outcome).filter { !failed.contains($0.input) }, problems + failures.compactMap { $0 })
    }

    /// Picks the entry's file and what to do with it, comparing with what is already there.
    /// - Parameter claimed: entry files this run already claimed.
    private func plan(_ entry: Article, text: String, clipping: ClippingCleaner.Clipping, record: ImportRecord,
                      options: Options, claimed: inout Set<String>) -> Outcome {
        let file = destination(for: entry, record: record, claimed: claimed)
        claimed.insert(file)
        var outcome = Outcome(input: record.name, file: file, action: .created, removed: clipping.removed,
                              review: entry.review, changes: [])
        guard FileManager.default.fileExists(atPath: path(file)),
              let existing = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { return outcome }
        if existing == text {
            outcome.action = .unchanged
        } else {
            outcome.changes = Self.changes(from: existing, to: text, file: file)
            outcome.action = options.force ? .overwritten : .kept
        }
        return outcome
    }

    /// The entry a record becomes, before it has a file: what the quality tests measure.
    func prepare(_ record: ImportRecord, options: Options) throws -> (Article, ClippingCleaner.Clipping) {
        let clipping = ClippingCleaner().clean(record.text, knownTitle: record.title.map(Self.oneLine))
        guard !clipping.paragraphs.isEmpty else {
            let why = clipping.removed.isEmpty ? "" : " once junk is removed (\(clipping.removed.count) lines of it)"
            throw DossierError([.error(record.name, "nothing to import: no article text\(why)")])
        }
        return (makeEntry(from: clipping, record: record, options: options), clipping)
    }

    private func makeEntry(from clipping: ClippingCleaner.Clipping, record: ImportRecord, options: Options) -> Article {
        var review: [String] = []
        let title: String
        if let headline = clipping.headline {
            title = Self.oneLine(headline)
        } else {
            title = HeadlineGuess.fromLead(clipping.paragraphs[0])
            review.append("no headline in the clipping: the title is taken from the first sentence")
        }

        var date = options.date
        if date == nil, let written = record.date {
            date = LooseDate.parse(written)
            if date == nil { review.append("the record's date '\(Self.oneLine(written))' is not a date Dossier can read") }
        }
        if date == nil, let found = clipping.date {
            date = found
            if clipping.dateIsUpdate { review.append("the date is from an 'Updated' line; the first publication may be earlier") }
        }

        var url = Self.oneLine(options.url ?? record.url ?? "")
        if !url.isEmpty && !Article.isWebAddress(url) {
            review.append("the address '\(url)' is not an http(s) URL and was left out")
            url = ""
        }

        let plain = clipping.paragraphs.joined(separator: "\n\n")
        let topicNames = matcher.topicSlugs(in: title + "\n\n" + plain).compactMap { slug in
            topics.first { $0.slug == slug }?.name
        }
        return Article(
            file: "", slug: "", title: title, date: date,
            source: Self.oneLine(options.outlet ?? record.source ?? ""), url: url, topics: topicNames,
            summary: Self.oneLine(HeadlineGuess.summary(of: clipping.paragraphs[0])),
            author: Self.oneLine(record.author ?? ""),
            importedFrom: record.name, importHash: Self.hash(record.text), review: review,
            body: clipping.paragraphs.map(MarkdownEscaper.escape(paragraph:)).joined(separator: "\n\n") + "\n")
    }

    /// `content/articles/<slug>.md`, with "-2", "-3"… when another input owns the name.
    private func destination(for entry: Article, record: ImportRecord, claimed: Set<String>) -> String {
        var base = Slug.make(from: entry.title, maxLength: 60)
        if base.isEmpty { base = Slug.make(from: (record.name as NSString).deletingPathExtension, maxLength: 60) }
        if base.isEmpty { base = "article" }
        var candidate = base
        var counter = 2
        while true {
            let file = "\(Self.articlesFolder)/\(candidate).md"
            if !claimed.contains(file), FileManager.default.fileExists(atPath: path(file)),
               importedFrom(file) == record.name { return file }
            if !claimed.contains(file), !FileManager.default.fileExists(atPath: path(file)) { return file }
            candidate = "\(base)-\(counter)"
            counter += 1
        }
    }

    /// A path below the dossier's root, as a plain string (URL building is costly in bulk).
    private func path(_ file: String) -> String {
        root.path + "/" + file
    }

    /// The `imported_from` of an existing entry, without parsing the whole file.
    private func importedFrom(_ file: String) -> String? {
        guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8),
              case .success(let (_, fields)) = FrontMatter.read(text, file: file, allowedKeys: Article.keys) else { return nil }
        var copy = fields
        return copy.string("imported_from")
    }

    /// Front matter values are single lines: newlines and runs of spaces fold to one space, and
    /// invisible format characters (byte order marks, zero-width spaces) that clipping drags along go.
    static func oneLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars where !invisible.contains(scalar) {
            if scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                result.append(scalar)
                pendingSpace = false
            }
        }
        return String(result)
    }

    private static let invisible: Set<Unicode.Scalar> = ["\u{FEFF}", "\u{200B}", "\u{2060}"]

    /// FNV-1a, 64 bit: enough to tell whether an input changed; not a security hash.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Which fields (and whether the body) differ between two entry texts.
    static func changes(from old: String, to new: String, file: String) -> [String] {
        guard case .success(let before) = FrontMatter.split(old, file: file),
              case .success(let after) = FrontMatter.split(new, file: file) else { return ["whole file"] }
        let a = topLevelFields(before.yaml), b = topLevelFields(after.yaml)
        var changed = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
        if before.body.trimmingSpaces != after.body.trimmingSpaces { changed.append("body") }
        return changed
    }

    /// The text of each top-level YAML field, continuation lines included.
    private static func topLevelFields(_ yaml: String) -> [String: String] {
        var result: [String: String] = [:]
        var key = ""
        for line in yaml.split(separator: "\n") {
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("-") {
                key = String(line[..<colon])
                result[key] = String(line[colon...])
            } else {
                result[key, default: ""] += "\n" + line
            }
        }
        return result
    }
}
