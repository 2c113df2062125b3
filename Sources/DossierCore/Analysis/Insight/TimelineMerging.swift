/// The timeline: every article's dated events merged by key (`Timeline.merged`), oldest
/// first. Kept so that an edit merges again only the keys' years the edited article
/// reported before or reports now, and moves only their entries (see `ArticlePartition`):
/// a much-reported event has thousands of entries over the years. Entries of a one-off
/// event list every date its other entries state (`StatedDates`), across years.
///
/// Entries are ordered by date, then sentence, then where their first report appears in the
/// articles' order: the order a full merge makes.
struct TimelineMerging: IncrementalComparison {
    /// Events merge only with events of the same key and year; those without a key stand
    /// alone, and are kept by article.
    enum Key: Hashable, Sendable { case keyed(String, year: Int), unkeyed(article: Int) }

    /// What the merge compares for each entry, kept beside it in plain numbers: a timeline
    /// has a hundred thousand entries, each in its own object, and reaching into them to
    /// compare sentences was most of an edit's merge.
    private struct Origin: Sendable {
        /// The hash of the entry's part (`Key`) and of its event's key: a few parts' and keys'
        /// entries are found by number.
        var keyHash: Int, nameHash: Int
        /// Where its first report appears: article position, then event position in it.
        var first: (article: Int32, item: Int32)
        /// The date packed so that numbers order as `EventDate`s do (months and days start at 1).
        var date: Int
        /// The sentence's number (`Sentences`), ordered through `Sentences.ranks`.
        var sentence: Int32

        init(key: Key, first: (article: Int32, item: Int32), entry: TimelineEntry) {
            (keyHash, nameHash, self.first, sentence) = (key.hashValue, entry.key?.hashValue ?? 0, first, -1)
            date = entry.date.year << 10 | (entry.date.month ?? 0) << 5 | (entry.date.dayOfMonth ?? 0)
        }
    }

    /// A number for each distinct sentence of the entries, and each number's rank in the
    /// sentences' order: entries then compare by two numbers. A sentence keeps its number
    /// while the preview runs (sentences edited away stay numbered: a few per edit).
    private struct Sentences: Sendable {
        private var numbers: [String: Int32] = [:]
        private var texts: [String] = []
        /// Numbers in the sentences' order.
        private var ordered: [Int32] = []
        /// By number: the position in `ordered`.
        private(set) var ranks: [Int32] = []

        /// Numbers the entries' sentences, placing new ones in order: one by one when they are
        /// a few (an edit), all sorted again when they are many (the first build).
        mutating func number(_ placed: inout [Placed]) {
            var fresh: [Int32] = []
            for index in placed.indices {
                let sentence = placed[index].entry.reports[0].sentence
                if let known = numbers[sentence] {
                    placed[index].origin.sentence = known
                    continue
                }
                let number = Int32(texts.count)
                numbers[sentence] = number
                texts.append(sentence)
                fresh.append(number)
                placed[index].origin.sentence = number
            }
            guard !fresh.isEmpty else { return }
            let texts = texts
            if fresh.count > 64 {
                ordered = texts.indices.sorted { texts[$0] < texts[$1] }.map { Int32($0) }
            } else {
                for number in fresh {
                    ordered.insert(number, at: ordered.partitionPoint { texts[Int($0)] < texts[Int(number)] })
                }
            }
            ranks = Array(repeating: 0, count: texts.count)
            for (rank, number) in ordered.enumerated() { ranks[Int(number)] = Int32(rank) }
        }
    }

    private struct Placed: Sendable {
        var entry: TimelineEntry
        var origin: Origin
    }

    private var partition: ArticlePartition<Key>
    private var sentences = Sentences()
    private var stated = StatedDates()
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
        // Sorted by index on keys read once: moving whole entries about costs more than comparing
        // them. Sentences of one date mostly differ in their first bytes (`asciiSortPrefix`).
        let keys = merged.map { item in
            let sentence = item.entry.reports[0].sentence
            return (date: item.entry.date, prefix: sentence.asciiSortPrefix, sentence: sentence)
        }
        let order = merged.indices.sorted { a, b in
            let (x, y) = (keys[a], keys[b])
            if x.date != y.date { return x.date < y.date }
            if let p = x.prefix, let q = y.prefix, p != q { return p < q }
            return x.sentence < y.sentence
        }
        return (order.map { merged[$0].entry }, diagnostics)
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        var events: [Key: [DatedEvent]] = [:]
        partition = ArticlePartition(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.timeline),
                                     key: Self.key, read: { Self.events(articles[$0], readings[$0]) }, items: &events)
        let partition = partition
        let keys = Array(events.keys)
        let parts = Parallel.map(keys) { Self.place($0, events[$0]!, partition.parts[$0]!) }
        var placed = listing(keys, parts).flatMap { $0 }
        sentences.number(&placed)
        // Entries are one reference each: sorting them in place costs less than sorting indices and copying.
        let ranks = sentences.ranks
        placed.sort { Self.precedes($0.origin, $1.origin, ranks) }
        origins = placed.map(\.origin)
        entries = placed.map(\.entry)
    }

    /// Brings the timeline up to date with the articles; false (and unchanged) when too much changed.
    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let touched = partition.refile(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.timeline),
                                             key: Self.key, read: { Self.events(articles[$0], readings[$0]) })?.touched
        else { return false }
        // Their entries made again, then merged in one pass with the others, the touched keys' old entries left out.
        let keys = Array(touched)
        let names = Set(keys.compactMap(StatedDates.name))
        let before = names.map { stated.dates(of: $0) }
        let parts = keys.map { key in
            partition.parts[key].map { Self.place(key, partition.items(of: key) { Self.events(articles[$0], readings[$0]).0 }, $0) } ?? []
        }
        var made = listing(keys, parts).flatMap { $0 }
        // Keys whose dates changed: their other years' stated entries list the new ones.
        var restated: [String: [EventDate]] = [:]
        for (name, dates) in zip(names, before) {
            let now = stated.dates(of: name)
            if now != dates { restated[name] = now }
        }
        sentences.number(&made)
        let ranks = sentences.ranks
        made.sort { Self.precedes($0.origin, $1.origin, ranks) }
        // An edit touches a few keys: a short list beats a set here.
        let hashes = touched.map(\.hashValue)
        // An entry's object is read only when its part's hash matches.
        remove(origins.indices.map { hashes.contains(origins[$0].keyHash) && touched.contains(Self.key(of: entries[$0], origins[$0])) })
        restate(restated)
        merge(made, ranks)
        return true
    }

    // The list is changed in place, by swaps through the buffers, which retain nothing:
    // copying a hundred thousand entries into a new list touched every entry's object, most
    // of what an edit's merge cost. (While the last build's insight still holds the list, it
    // is copied once.)

    /// Drops the entries marked as leaving; the others move up, in order.
    private mutating func remove(_ leaving: [Bool]) {
        var kept = 0
        entries.withUnsafeMutableBufferPointer { entries in
            origins.withUnsafeMutableBufferPointer { origins in
                for index in entries.indices where !leaving[index] {
                    if kept != index {
                        entries.swapAt(kept, index)
                        origins.swapAt(kept, index)
                    }
                    kept += 1
                }
            }
        }
        entries.removeLast(entries.count - kept)
        origins.removeLast(origins.count - kept)
    }

    /// The stated entries of these keys list their keys' new dates.
    private mutating func restate(_ restated: [String: [EventDate]]) {
        guard !restated.isEmpty else { return }
        let hashes = restated.keys.map(\.hashValue)
        for index in origins.indices where hashes.contains(origins[index].nameHash) {
            guard let name = entries[index].key, let dates = restated[name], Timeline.isStated(entries[index].reports) else { continue }
            entries[index] = entries[index].stating(dates)
        }
    }

    /// Merges sorted new entries in from the end: each step places the later of the last old
    /// entry and the last new one (a new entry goes first only if it precedes).
    private mutating func merge(_ made: [Placed], _ ranks: [Int32]) {
        let kept = entries.count
        entries.append(contentsOf: made.map(\.entry))
        origins.append(contentsOf: made.map(\.origin))
        entries.withUnsafeMutableBufferPointer { entries in
            origins.withUnsafeMutableBufferPointer { origins in
                var old = kept - 1, new = made.count - 1, slot = kept + made.count - 1
                while new >= 0 {
                    if old >= 0, Self.precedes(made[new].origin, origins[old], ranks) {
                        entries.swapAt(slot, old)
                        origins.swapAt(slot, old)
                        old -= 1
                    } else {
                        entries[slot] = made[new].entry
                        origins[slot] = made[new].origin
                        new -= 1
                    }
                    slot -= 1
                }
            }
        }
    }

    private static func key(_ event: DatedEvent, _ article: Int) -> Key {
        event.key.map { .keyed($0, year: event.date.year) } ?? .unkeyed(article: article)
    }

    /// An entry's date keeps its year as reports refine it.
    private static func key(of entry: TimelineEntry, _ origin: Origin) -> Key {
        entry.key.map { .keyed($0, year: entry.date.year) } ?? .unkeyed(article: Int(origin.first.article))
    }

    /// Records the parts' stated dates, then gives each part's entries with their key's dates.
    private mutating func listing(_ keys: [Key], _ parts: [[Placed]]) -> [[Placed]] {
        for (key, part) in zip(keys, parts) { stated.record(key, part.map(\.entry)) }
        var dates: [String: [EventDate]] = [:]
        return zip(keys, parts).map { key, part in
            guard let name = StatedDates.name(key) else { return part }
            if dates[name] == nil { dates[name] = stated.dates(of: name) }
            let listed = StatedDates.stating(part.map(\.entry), dates[name]!)
            return zip(part, listed).map { Placed(entry: $1, origin: $0.origin) }
        }
    }

    /// One key's year of entries, each with where its first report came from, without the
    /// dates of the key's other entries (`listing` adds them).
    private static func place(_ key: Key, _ events: [DatedEvent], _ part: ArticlePartition<Key>.Part) -> [Placed] {
        Timeline.merged(events, statingDates: false).map { entry, first in
            // Sentences are numbered once all are made: numbering is not shared between threads.
            Placed(entry: entry, origin: Origin(key: key, first: (part.articles[first], part.positions[first]), entry: entry))
        }
    }

    /// By date, then sentence (by rank), then where the first report appears.
    private static func precedes(_ a: Origin, _ b: Origin, _ ranks: [Int32]) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.sentence != b.sentence { return ranks[Int(a.sentence)] < ranks[Int(b.sentence)] }
        return a.first < b.first
    }

    /// An article's events with its corrections applied.
    private static func events(_ analyzed: AnalyzedArticle, _ reading: ArticleAnalysis) -> ([DatedEvent], [Diagnostic]) {
        var found = reading.extraction.events
        guard !analyzed.article.corrections.isEmpty else { return (found, []) }
        let diagnostics = CorrectionApplier.apply(analyzed.article, to: &found)
        return (found, diagnostics)
    }
}
