/// The timeline: every article's dated events merged by key (`Timeline.merged`), oldest
/// first. Kept so that an edit merges again only the keys the edited article reported
/// before or reports now, and moves only their entries (see `ArticlePartition`).
///
/// Entries are ordered by date, then sentence, then where their first report appears in the
/// articles' order: the order a full merge makes.
struct TimelineMerging: IncrementalComparison {
    /// Events merge only with events of the same key; those without one stand alone, and
    /// are kept by article.
    enum Key: Hashable, Sendable { case keyed(String), unkeyed(article: Int) }

    /// What the merge compares for each entry, kept beside it in plain numbers: a timeline
    /// has a hundred thousand entries, each in its own object.
    private struct Origin: Sendable {
        /// The hash of the entry's key (`Key`): a few keys' entries are found by number.
        var keyHash: Int
        /// Where its first report appears: article position, then event position in it.
        var first: (article: Int32, item: Int32)
        /// The date packed so that numbers order as `EventDate`s do (months and days start at 1).
        var date: Int
        /// The sentence's first bytes (`String.asciiSortPrefix`), the second sort key.
        var sentencePrefix: UInt128?
        /// The sentence's number (`Sentences`): equal numbers, equal sentences. Many entries
        /// share a date and a sentence (one report in each of several articles, or under
        /// several keys), and comparing those strings reaches into three objects each time.
        var sentence: Int32

        init(key: Key, first: (article: Int32, item: Int32), entry: TimelineEntry, sentence: Int32) {
            (keyHash, self.first, self.sentence) = (key.hashValue, first, sentence)
            date = entry.date.year << 10 | (entry.date.month ?? 0) << 5 | (entry.date.dayOfMonth ?? 0)
            sentencePrefix = entry.reports[0].sentence.asciiSortPrefix
        }
    }

    /// A number for each distinct sentence of the timeline's entries.
    private struct Sentences: Sendable {
        private var numbers: [String: Int32] = [:]

        mutating func number(_ sentence: String) -> Int32 {
            if let known = numbers[sentence] { return known }
            let number = Int32(numbers.count)
            numbers[sentence] = number
            return number
        }
    }

    private struct Placed: Sendable {
        var entry: TimelineEntry
        var origin: Origin
    }

    private var partition: ArticlePartition<Key>
    private var sentences = Sentences()
    /// Oldest first, and beside each entry where it came from: an edit moves plain numbers,
    /// and touches each entry's object once, to list it.
    private var origins: [Origin] = []
    private(set) var entries: [TimelineEntry] = []
    var made: ([TimelineEntry], [Diagnostic]) { (entries, partition.diagnostics.flatMap { $0 }) }

    /// Every article's events merged at once, in the articles' order, then sorted stably: the
    /// same order, without keeping where each entry came from.
    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> ([TimelineEntry], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var events: [DatedEvent] = []
        events.reserveCapacity(readings.reduce(0) { $0 + $1.extraction.events.count })
        for index in articles.indices {
            let (found, problems) = Self.events(articles[index], readings[index])
            diagnostics += problems
            events += found
        }
        let merged = Timeline.merged(events)
        // Sorted by index on keys read once: moving whole entries about costs more than comparing them.
        let keys = merged.map { (date: $0.entry.date, sentence: $0.entry.reports[0].sentence) }
        let order = merged.indices.sorted { (keys[$0].date, keys[$0].sentence) < (keys[$1].date, keys[$1].sentence) }
        return (order.map { merged[$0].entry }, diagnostics)
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        var events: [Key: [DatedEvent]] = [:]
        partition = ArticlePartition(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.timeline),
                                     key: Self.key, read: { Self.events(articles[$0], readings[$0]) }, items: &events)
        let partition = partition
        var placed = Parallel.map(Array(events.keys)) { Self.place($0, events[$0]!, partition.parts[$0]!) }.flatMap { $0 }
        for index in placed.indices { placed[index].origin.sentence = sentences.number(placed[index].entry.reports[0].sentence) }
        // Entries are one reference each: sorting them in place costs less than sorting indices and copying.
        placed.sort(by: Self.precedes)
        origins = placed.map(\.origin)
        entries = placed.map(\.entry)
    }

    /// Brings the timeline up to date with the articles; false (and unchanged) when too much changed.
    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let touched = partition.refile(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.timeline),
                                             key: Self.key, read: { Self.events(articles[$0], readings[$0]) })
        else { return false }
        // Their entries made again, then merged in one pass with the others, the touched keys' old entries left out.
        var made = touched.flatMap { key in
            partition.parts[key].map { Self.place(key, partition.items(of: key) { Self.events(articles[$0], readings[$0]).0 }, $0) } ?? []
        }
        for index in made.indices { made[index].origin.sentence = sentences.number(made[index].entry.reports[0].sentence) }
        made.sort(by: Self.precedes)
        let hashes = Set(touched.map(\.hashValue))
        var mergedOrigins: [Origin] = [], mergedEntries: [TimelineEntry] = []
        mergedOrigins.reserveCapacity(origins.count + made.count)
        mergedEntries.reserveCapacity(origins.count + made.count)
        var next = 0
        for (origin, entry) in zip(origins, entries) {
            if hashes.contains(origin.keyHash), touched.contains(Self.key(of: entry, origin)) { continue }
            while next < made.count, Self.precedes(made[next].entry, made[next].origin, entry, origin) {
                mergedOrigins.append(made[next].origin); mergedEntries.append(made[next].entry)
                next += 1
            }
            mergedOrigins.append(origin); mergedEntries.append(entry)
        }
        for new in made[next...] { mergedOrigins.append(new.origin); mergedEntries.append(new.entry) }
        (origins, entries) = (mergedOrigins, mergedEntries)
        return true
    }

    private static func key(_ event: DatedEvent, _ article: Int) -> Key {
        event.key.map(Key.keyed) ?? .unkeyed(article: article)
    }

    private static func key(of entry: TimelineEntry, _ origin: Origin) -> Key {
        entry.key.map(Key.keyed) ?? .unkeyed(article: Int(origin.first.article))
    }

    /// One key's entries, each with where its first report came from.
    private static func place(_ key: Key, _ events: [DatedEvent], _ part: ArticlePartition<Key>.Part) -> [Placed] {
        Timeline.merged(events).map { entry, first in
            // Numbered once all are made: numbering is not shared between threads.
            Placed(entry: entry, origin: Origin(key: key, first: (part.articles[first], part.positions[first]), entry: entry, sentence: -1))
        }
    }

    /// By date, then sentence, then where the first report appears.
    private static func precedes(_ a: Placed, _ b: Placed) -> Bool {
        precedes(a.entry, a.origin, b.entry, b.origin)
    }

    private static func precedes(_ a: TimelineEntry, _ aOrigin: Origin, _ b: TimelineEntry, _ bOrigin: Origin) -> Bool {
        if aOrigin.date != bOrigin.date { return aOrigin.date < bOrigin.date }
        if let left = aOrigin.sentencePrefix, let right = bOrigin.sentencePrefix, left != right { return left < right }
        if aOrigin.sentence != bOrigin.sentence {
            let (left, right) = (a.reports[0].sentence, b.reports[0].sentence)
            return left < right
        }
        return aOrigin.first < bOrigin.first
    }

    /// An article's events with its corrections applied.
    private static func events(_ analyzed: AnalyzedArticle, _ reading: ArticleAnalysis) -> ([DatedEvent], [Diagnostic]) {
        var found = reading.extraction.events
        guard !analyzed.article.corrections.isEmpty else { return (found, []) }
        let diagnostics = CorrectionApplier.apply(analyzed.article, to: &found)
        return (found, diagnostics)
    }
}
