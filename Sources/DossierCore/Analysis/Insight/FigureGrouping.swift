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
        var diagnostics: [Diagnostic] = []
        var members: [[Figure]] = []
        var byMeasure: [Key: Int] = [:]
        for index in articles.indices {
            let (found, problems) = figures(articles[index], readings[index])
            diagnostics += problems
            for figure in found {
                let key = key(figure)
                if let group = byMeasure[key] { members[group].append(figure) } else {
                    byMeasure[key] = members.count
                    members.append([figure])
                }
            }
        }
        let groups = Parallel.map(members) { group(key($0[0]), $0) }
        // Listed in the order measures first appear: a stable sort needs no position to break ties.
        return (ordered(groups.map { ($0, (0, 0)) }), diagnostics)
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        var figures: [Key: [Figure]] = [:]
        partition = ArticlePartition(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.figures),
                                     key: { figure, _ in Self.key(figure) }, read: { Self.figures(articles[$0], readings[$0]) },
                                     items: &figures)
        let keys = Array(figures.keys)
        let groups = Parallel.map(keys) { Self.group($0, figures[$0]!) }
        byKey = Dictionary(uniqueKeysWithValues: zip(keys, groups))
        self.groups = Self.ordered(byKey.map { ($0.value, partition.parts[$0.key]!.first) })
    }

    /// Brings the groups up to date with the articles; false (and unchanged) when too much changed.
    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let touched = partition.refile(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.figures),
                                             key: { figure, _ in Self.key(figure) }, read: { Self.figures(articles[$0], readings[$0]) })
        else { return false }
        // Side by side: an edit's figures often fall in several large groups.
        let keys = Array(touched), partition = partition
        let remade = Parallel.map(keys) { key -> FigureGroup? in
            let figures = partition.items(of: key) { Self.figures(articles[$0], readings[$0]).0 }
            return figures.isEmpty ? nil : Self.group(key, figures)
        }
        for (key, group) in zip(keys, remade) { byKey[key] = group }
        groups = Self.ordered(byKey.map { ($0.value, partition.parts[$0.key]!.first) })
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

    private static func group(_ key: Key, _ figures: [Figure]) -> FigureGroup {
        FigureGroup(measure: key.measure, unit: key.unit, topicSlug: figures[0].topicSlug, figures: figures)
    }

    /// An article's figures with its corrections applied.
    private static func figures(_ analyzed: AnalyzedArticle, _ reading: ArticleAnalysis) -> ([Figure], [Diagnostic]) {
        var found = reading.extraction.figures
        guard !analyzed.article.corrections.isEmpty else { return (found, []) }
        let diagnostics = CorrectionApplier.apply(analyzed.article, to: &found)
        return (found, diagnostics)
    }
}
