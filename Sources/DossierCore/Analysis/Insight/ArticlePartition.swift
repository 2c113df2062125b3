/// Where the items read from every article (figures, dated events) fall when split into
/// parts by a key, each part's items in article order, and what each article's items were
/// made from: what it takes to bring the parts up to date after an edit. Saving one article
/// then touches only the parts it gave items to before or gives to now.
///
/// A part keeps the positions of its items, not the items: they stay in the articles'
/// readings, and a corpus has hundreds of thousands.
struct ArticlePartition<Key: Hashable & Sendable>: Sendable {
    struct Part: Sendable {
        /// For each item, its article's position and its own position among that article's items.
        var articles: [Int32] = []
        var positions: [Int32] = []

        /// Where the part's first item appears in the articles' order: the tie-break that
        /// gives the order of a full pass, which makes parts in that order and sorts stably.
        var first: (article: Int32, item: Int32) { (articles[0], positions[0]) }
    }

    private(set) var parts: [Key: Part] = [:]
    /// What each article's items were made from, and the keys it gives.
    private var stamps: ArticleStamps
    private var keys: [[Key]]
    private(set) var diagnostics: [[Diagnostic]]

    /// Reads every article through `read` (its items and the diagnostics of reading them, by
    /// position) and files its items by `key` (from the item and its article's position).
    /// `items` receives each part's items, for the caller to make its groups from.
    init<Item>(slugs: [String], stamps: [Int], key: (Item, Int) -> Key, read: (Int) -> ([Item], [Diagnostic]),
               items: inout [Key: [Item]]) {
        self.init(slugs: slugs, stamps: stamps, key: key, read: read) { itemKey, item in items[itemKey, default: []].append(item) }
    }

    /// The same without the items, for a caller that reads them back by place.
    init<Item>(slugs: [String], stamps: [Int], key: (Item, Int) -> Key, read: (Int) -> ([Item], [Diagnostic]),
               filed: (Key, Item) -> Void = { _, _ in }) {
        self.stamps = ArticleStamps(slugs: slugs, stamps: stamps)
        keys = Array(repeating: [], count: slugs.count)
        diagnostics = Array(repeating: [], count: slugs.count)
        for index in slugs.indices {
            let (found, problems) = read(index)
            diagnostics[index] = problems
            for (position, item) in found.enumerated() { filed(add(position, of: index, key: key(item, index)), item) }
        }
    }

    /// Files again the items of the articles whose stamp changed; returns the keys of the
    /// parts that changed and the positions of those articles, or nil (and nothing changed)
    /// when too much did (see `ArticleStamps`).
    mutating func refile<Item>(slugs: [String], stamps: [Int], key: (Item, Int) -> Key, read: (Int) -> ([Item], [Diagnostic]))
        -> (touched: Set<Key>, changed: [Int])? {
        guard let changed = self.stamps.changes(slugs: slugs, stamps: stamps) else { return nil }
        var touched: Set<Key> = []
        for index in changed {
            let (items, found) = read(index)
            touched.formUnion(keys[index])
            for old in keys[index] {
                guard var part = parts.removeValue(forKey: old) else { continue }
                let start = part.articles.partitionPoint { $0 < Int32(index) }, end = part.articles.partitionPoint { $0 <= Int32(index) }
                part.articles.removeSubrange(start..<end)
                part.positions.removeSubrange(start..<end)
                if !part.articles.isEmpty { parts[old] = part }
            }
            keys[index] = []
            self.stamps.set(index, stamps[index])
            diagnostics[index] = found
            for (position, item) in items.enumerated() { touched.insert(add(position, of: index, key: key(item, index))) }
        }
        return (touched, changed)
    }

    /// One part's items in order, taken from their articles' items (`read`, by position).
    func items<Item>(of key: Key, read: (Int) -> [Item]) -> [Item] {
        guard let part = parts[key] else { return [] }
        var items: [Item] = []
        items.reserveCapacity(part.articles.count)
        var article = -1
        var found: [Item] = []
        for (owner, position) in zip(part.articles, part.positions) {
            if Int(owner) != article {
                article = Int(owner)
                found = read(article)
            }
            items.append(found[Int(position)])
        }
        return items
    }

    /// Files one item after the items of earlier articles; returns its key.
    private mutating func add(_ position: Int, of index: Int, key itemKey: Key) -> Key {
        Self.insert(article: Int32(index), position: Int32(position), into: &parts[itemKey, default: Part()])
        if keys[index].last != itemKey, !keys[index].contains(itemKey) { keys[index].append(itemKey) }
        return itemKey
    }

    private static func insert(article: Int32, position: Int32, into part: inout Part) {
        // Appending is the common case: a full reading adds articles in order.
        let at = part.articles.last.map { $0 <= article } ?? true ? part.articles.count : part.articles.partitionPoint { $0 <= article }
        part.articles.insert(article, at: at)
        part.positions.insert(position, at: at)
    }
}
