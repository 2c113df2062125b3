/// The dossier's analysed articles, newest first, made from their analyses.
///
/// With a cache, the last build's list is patched where an article's analysis changed rather
/// than made again: making 10,000 items touches a dozen objects each, scattered through
/// memory, which costs a preview rebuild tens of milliseconds.
enum AnalyzedList {
    /// - Parameters:
    ///   - relations: the key `related` is made under; items whose analysis is unchanged keep
    ///     their related articles while it is the same.
    ///   - related: each item's related articles by position, from the items.
    static func make(_ readings: [ArticleAnalysis], relations: Int, cache: BuildCache?,
                     related: ([AnalyzedArticle]) -> [[Int]]) -> [AnalyzedArticle] {
        var last = cache?.takeAnalyzedList()
        var items: [AnalyzedArticle] = []
        var changed: [Int]?
        if let sources = last?.sources, sources.count == readings.count {
            // Moved out, not copied: the one reference left lets the patches below change it in place.
            swap(&items, &last!.items)
            let stale = readings.indices.filter { sources[$0] !== readings[$0] }
            for index in stale { items[index] = readings[index].item }
            changed = stale
        } else {
            items = readings.map(\.item)
        }
        let lists = related(items)
        let keep = last?.relations == relations ? changed : nil
        for index in keep ?? Array(items.indices) {
            items[index].relatedPositions = lists[index]
            items[index].related = lists[index].map { items[$0].article.slug }
        }
        cache?.rememberAnalyzedList(items, sources: readings, relations: relations)
        return items
    }
}
