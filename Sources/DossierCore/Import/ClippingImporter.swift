import Foundation

/// Turns raw clippings into `content/articles/<slug>.md` entries for an editor to review.
///
/// Never invents: a date, outlet or address the text and flags do not give stays empty
/// and is noted for review. Never overwrites an entry that differs from what it would
/// write (an editor may have touched it) unless `force` is set.
public struct ClippingImporter: Sendable {
    public struct Input: Sendable {
        /// The input's file name, recorded as `imported_from`.
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    public struct Options: Sendable {
        public var outlet = ""
        public var date: PublicationDate?
        public var url = ""
        public var dryRun = false
        public var force = false

        public init() {}
    }

    public enum Action: String, Sendable {
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
        /// Front matter fields or body that differ from the existing entry.
        public var changes: [String]
    }

    public let root: URL
    public let topics: [Topic]
    static let articlesFolder = "content/articles"

    public init(root: URL, topics: [Topic]) {
        self.root = root.standardizedFileURL
        self.topics = topics
    }

    public func importClipping(_ input: Input, options: Options) throws -> Outcome {
        let clipping = ClippingCleaner().clean(input.text)
        guard !clipping.paragraphs.isEmpty else {
            throw DossierError([.error(input.name, "nothing to import: the file holds no article text\(clipping.removed.isEmpty ? "" : " once junk is removed")")])
        }
        let entry = makeEntry(from: clipping, input: input, options: options)
        let file = try destination(for: entry, input: input)
        let url = root.appendingPathComponent(file)
        let text = EntryWriter.text(for: entry)
        var outcome = Outcome(input: input.name, file: file, action: .created, removed: clipping.removed,
                              review: entry.review, changes: [])

        if let existing = try? String(contentsOf: url, encoding: .utf8) {
            if existing == text {
                outcome.action = .unchanged
                return outcome
            }
            outcome.changes = Self.changes(from: existing, to: text, file: file)
            guard options.force else {
                outcome.action = .kept
                return outcome
            }
            outcome.action = .overwritten
        }
        if !options.dryRun {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        }
        return outcome
    }

    private func makeEntry(from clipping: ClippingCleaner.Clipping, input: Input, options: Options) -> Article {
        var review: [String] = []
        let title: String
        if let headline = clipping.headline {
            title = headline
        } else {
            title = Self.headlineFromLead(clipping.paragraphs[0])
            review.append("no headline in the clipping: the title is taken from the first sentence")
        }
        let plain = clipping.paragraphs.joined(separator: "\n\n")
        let matcher = TopicMatcher(topics: topics)
        let topicNames = matcher.topicSlugs(in: title + "\n\n" + plain).compactMap { slug in
            topics.first { $0.slug == slug }?.name
        }
        return Article(
            file: "", slug: "", title: title, date: options.date ?? clipping.date,
            source: options.outlet, url: options.url, topics: topicNames,
            summary: Self.summary(of: clipping.paragraphs[0]),
            importedFrom: input.name, importHash: Self.hash(input.text), review: review,
            body: clipping.paragraphs.map(MarkdownEscaper.escape(paragraph:)).joined(separator: "\n\n") + "\n")
    }

    /// `content/articles/<slug>.md`, with "-2", "-3"… when another input owns the name.
    private func destination(for entry: Article, input: Input) throws -> String {
        var base = Slug.make(from: entry.title)
        if base.count > 60 {
            base = String(base.prefix(60))
            if let dash = base.lastIndex(of: "-") { base = String(base[..<dash]) }
        }
        if base.isEmpty { base = Slug.make(from: (input.name as NSString).deletingPathExtension) }
        if base.isEmpty { base = "article" }
        var candidate = base
        var counter = 2
        while true {
            let file = "\(Self.articlesFolder)/\(candidate).md"
            let url = root.appendingPathComponent(file)
            guard let existing = try? String(contentsOf: url, encoding: .utf8) else { return file }
            if case .success(let article) = Article.parse(existing, file: file, defaultSlug: candidate),
               article.importedFrom != input.name {
                candidate = "\(base)-\(counter)"
                counter += 1
                continue
            }
            return file
        }
    }

    /// The first sentence; a long one is cut at its first comma or at a word (~140 characters).
    static func headlineFromLead(_ paragraph: String) -> String {
        var title = firstSentences(of: paragraph, limit: 0)
        if title.hasSuffix(".") { title.removeLast() }
        guard title.count > 160 else { return title }
        if let comma = title.firstIndex(of: ","), (40...140).contains(title.distance(from: title.startIndex, to: comma)) {
            return String(title[..<comma])
        }
        let words = title.prefix(140)
        return String(words[..<(words.lastIndex(of: " ") ?? words.endIndex)]) + "…"
    }

    /// The lead cut at a sentence boundary, at most ~300 characters.
    static func summary(of paragraph: String) -> String {
        let summary = firstSentences(of: paragraph, limit: 300)
        guard summary.count > 300 else { return summary }
        let words = summary.prefix(300)
        return String(words[..<(words.lastIndex(of: " ") ?? words.endIndex)]) + "…"
    }

    /// As many whole sentences as fit in `limit` characters (at least one; limit 0 = one).
    static func firstSentences(of paragraph: String, limit: Int) -> String {
        var result = ""
        var sentenceStart = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let next = paragraph.index(after: index)
            if ".!?".contains(paragraph[index]), next == paragraph.endIndex || paragraph[next] == " " {
                let sentence = String(paragraph[sentenceStart..<next])
                if !result.isEmpty && result.count + sentence.count > limit { return result }
                result += sentence
                if limit == 0 { return result.trimmingSpaces }
                sentenceStart = next
            }
            index = next
        }
        if result.isEmpty || result.count + paragraph[sentenceStart...].count <= limit {
            result += paragraph[sentenceStart...]
        }
        return result.trimmingSpaces
    }

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
        func fields(_ yaml: String) -> [String: String] {
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
        let a = fields(before.yaml), b = fields(after.yaml)
        var changed = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
        if before.body.trimmingSpaces != after.body.trimmingSpaces { changed.append("body") }
        return changed
    }
}
