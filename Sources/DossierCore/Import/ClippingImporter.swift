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
        /// Told of every clipping prepared, then of every entry written.
        public var progress: WorkProgress?

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
        // Cleaning, tagging, writing the YAML and reading what is already on disk is
        // independent per record: all cores. Claiming names must see earlier claims: in order.
        options.progress?.begin("import", total: records.count)
        let prepared = Parallel.map(records) { record in
            defer { options.progress?.advance() }
            return Swift.Result { try prepare(record, options: options) }.map { entry, clipping in
                Prepared(entry: entry, clipping: clipping, text: EntryWriter.text(for: entry),
                         base: baseName(for: entry, record: record), existing: nil)
            }.map { prepared in
                var prepared = prepared
                prepared.existing = existingEntry("\(Self.articlesFolder)/\(prepared.base).md")
                return prepared
            }
        }
        var planned: [(outcome: Outcome, text: String)] = []
        var problems: [Diagnostic] = []
        var claimed = Set<String>()
        for (record, result) in zip(records, prepared) {
            switch result {
            case .success(let prepared):
                planned.append((plan(prepared, record: record, options: options, claimed: &claimed), prepared.text))
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
        options.progress?.begin("write", total: planned.count)
        let failures = Parallel.map(Array(planned.indices)) { index -> Diagnostic? in
            defer { options.progress?.advance() }
            let (outcome, text) = planned[index]
            guard outcome.action == .created || outcome.action == .overwritten else { return nil }
            do {
                if outcome.action == .created {
                    // A new name: create it (failing if something appeared there meanwhile).
                    try FileWriter.write(Data(text.utf8), to: path(outcome.file), exclusive: true)
                } else {
                    try FileWriter.replace(Data(text.utf8), at: path(outcome.file))
                }
                return nil
            } catch {
                return .error(outcome.input, "cannot write \(outcome.file): \(error.localizedDescription)")
            }
        }
        let failed = Set(failures.compactMap { $0?.file })
        return (planned.map(\.outcome).filter { !failed.contains($0.input) }, problems + failures.compactMap { $0 })
    }

    /// A record made ready to write, with what already stands at its first-choice name.
    private struct Prepared {
        var entry: Article
        var clipping: ClippingCleaner.Clipping
        var text: String
        /// The slug the title gives, before any "-2" suffix.
        var base: String
        var existing: ExistingEntry?
    }

    /// An entry file already on disk.
    private struct ExistingEntry {
        var file: String
        var text: String

        /// Whether `input` imported this entry. An identical text says so by itself; otherwise
        /// its `imported_from` is read (parsing YAML is the costly part of a re-run).
        func isOwned(by input: String, ifIdenticalTo newText: String) -> Bool {
            if text == newText { return true }
            guard case .success(var (_, fields)) = FrontMatter.read(text, file: file, allowedKeys: Article.keys) else { return false }
            return fields.string("imported_from") == input
        }
    }

    /// Picks the entry's file (`<slug>.md`, or `<slug>-2.md`… when another input owns the name)
    /// and what to do with it, comparing with what is already there.
    /// - Parameter claimed: entry files this run already claimed.
    private func plan(_ prepared: Prepared, record: ImportRecord, options: Options, claimed: inout Set<String>) -> Outcome {
        var candidate = prepared.base
        var existing = prepared.existing
        var counter = 2
        var file = "\(Self.articlesFolder)/\(candidate).md"
        while claimed.contains(file) || (existing.map { !$0.isOwned(by: record.name, ifIdenticalTo: prepared.text) } ?? false) {
            candidate = "\(prepared.base)-\(counter)"
            counter += 1
            file = "\(Self.articlesFolder)/\(candidate).md"
            existing = claimed.contains(file) ? nil : existingEntry(file)
        }
        claimed.insert(file)
        var outcome = Outcome(input: record.name, file: file, action: .created, removed: prepared.clipping.removed,
                              review: prepared.entry.review, changes: [])
        guard let existing else { return outcome }
        if existing.text == prepared.text {
            outcome.action = .unchanged
        } else {
            outcome.changes = Self.changes(from: existing.text, to: prepared.text, file: file)
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

    /// The slug the entry's title gives (or its input's name, when the title has no usable letters).
    private func baseName(for entry: Article, record: ImportRecord) -> String {
        var base = Slug.make(from: entry.title, maxLength: 60)
        if base.isEmpty { base = Slug.make(from: (record.name as NSString).deletingPathExtension, maxLength: 60) }
        return base.isEmpty ? "article" : base
    }

    /// A path below the dossier's root, as a plain string (URL building is costly in bulk).
    private func path(_ file: String) -> String {
        root.path + "/" + file
    }

    /// The entry at `file`, or nil when there is none.
    private func existingEntry(_ file: String) -> ExistingEntry? {
        guard FileManager.default.fileExists(atPath: path(file)),
              let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { return nil }
        return ExistingEntry(file: file, text: text)
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

    /// Enough to tell whether an input changed.
    static func hash(_ text: String) -> String {
        "fnv1a64:" + ContentHash.hex(text.utf8)
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
