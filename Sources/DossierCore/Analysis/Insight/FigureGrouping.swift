/// Every article's figures grouped by measure and unit, kept so that an edit regroups only
/// the measures the edited article gave before or gives now (see `ArticlePartition`).
///
/// Groups are ordered by disagreement, then article count, then measure, then where the
/// measure first appears in the articles' order: the order a full grouping makes.
struct FigureGrouping: IncrementalComparison {
    struct Key: Hashable, Sendable { var measure: String, unit: String }

    private var partition: ArticlePartition<Key>
    private var byKey: [Key: FigureGroup] = [:]
    /// Disagreements first, then the most reported measures.
    private(set) var groups: [FigureGroup] = []
    var made: ([FigureGroup], [Diagnostic]) { (groups, partition.diagnostics.flatMap { $0 }) }

    /// Grouped straight from each article's list, in the order measures first appear, then
    /// sorted stably: the same order, without keeping where each figure came from.
    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> ([FigureGroup], [Diagnostic]) {
        let store = FigureStore(articles, readings)
        var members: [(articles: [Int32], positions: [Int32])] = []
        var byMeasure: [Key: Int] = [:]
        for article in store.figures.indices {
            for (position, figure) in store.figures[article].enumerated() {
                let key = key(figure)
                let group: Int
                if let known = byMeasure[key] { group = known } else {
                    group = members.count
                    byMeasure[key] = group
                    members.append(([], []))
                }
                members[group].articles.append(Int32(article))
                members[group].positions.append(Int32(position))
            }
        }
        // Trimmed: the lists grew by doubling, and the groups keep them.
        let groups = Parallel.map(members) { member in
            group(store, member.articles.trimmed(), member.positions.trimmed(), keepingNumbers: false)
        }
        // Listed in the order measures first appear: a stable sort needs no position to break ties.
        return (ordered(groups.map { ($0, (0, 0)) }), store.diagnostics.flatMap { $0 })
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        let store = FigureStore(articles, readings)
        partition = ArticlePartition(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.figures),
                                     key: { figure, _ in Self.key(figure) }, read: { (store.figures[$0], store.diagnostics[$0]) })
        let parts = Array(partition.parts)
        let groups = Parallel.map(parts) { Self.group(store, $0.value.articles, $0.value.positions, keepingNumbers: true) }
        byKey = Dictionary(uniqueKeysWithValues: zip(parts.map(\.key), groups))
        self.groups = Self.ordered(byKey.map { ($0.value, partition.parts[$0.key]!.first) })
    }

    /// Brings the groups up to date with the articles; false (and unchanged) when too much changed.
    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        let store = FigureStore(articles, readings)
        guard let (touched, changed) = partition.refile(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.figures),
                                                        key: { figure, _ in Self.key(figure) }, read: { (store.figures[$0], store.diagnostics[$0]) })
        else { return false }
        // Side by side: an edit's figures often fall in several large groups. Only the edited
        // articles' figures are read; the others' numbers come from the group as it was.
        let keys = Array(touched), partition = partition, byKey = byKey
        let edited = changed.map { Int32($0) }
        let remade = Parallel.map(keys) { key -> FigureGroup? in
            guard let part = partition.parts[key] else { return nil }
            return Self.group(store, part.articles, part.positions, keepingNumbers: true, earlier: byKey[key]?.places, changed: edited)
        }
        for (key, group) in zip(keys, remade) { self.byKey[key] = group }
        groups = Self.ordered(self.byKey.map { ($0.value, partition.parts[$0.key]!.first) })
        return true
    }

    /// Groups with where each measure first appears; sorted stably, so groups listed in that order may give any.
    private static func ordered(_ groups: [(FigureGroup, first: (article: Int32, item: Int32))]) -> [FigureGroup] {
        // Sort keys worked out once per group, not once per comparison.
        let keyed = groups.map { group, first in (group: group, disagrees: group.disagrees, count: group.articleCount, first: first) }
        return keyed.sorted { a, b in
            if a.disagrees != b.disagrees { return a.disagrees }
            if a.count != b.count { return a.count > b.count }
            if a.group.measure != b.group.measure { return a.group.measure < b.group.measure }
            return a.first < b.first
        }.map(\.group)
    }

    private static func key(_ figure: Figure) -> Key {
        Key(measure: figure.measure, unit: figure.unit)
    }

    private static func group(_ store: FigureStore, _ articles: [Int32], _ positions: [Int32], keepingNumbers: Bool,
                              earlier: FigurePlaces? = nil, changed: [Int32] = []) -> FigureGroup {
        let first = store[articles[0], positions[0]]
        let numbers = FigurePlaces.numbers(store: store, articles: articles, positions: positions, earlier: earlier, changed: changed)
        return FigureGroup(measure: first.measure, unit: first.unit, topicSlug: first.topicSlug, store: store, articles: articles,
                           positions: positions, numbers: numbers, keepingNumbers: keepingNumbers)
    }
}
