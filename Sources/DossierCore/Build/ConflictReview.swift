/// Turns the dossier's disagreements into review items for `dossier check`: each article on
/// the side of a conflict gets one, saying what the others say and how to correct it.
///
/// A large dossier has hundreds of thousands of these, so `dossier build`, which only
/// reports how many there are, counts them without writing their text.
enum ConflictReview {
    static func items(_ dossier: Dossier) -> [ReviewItem] {
        var items: [ReviewItem] = []
        let files = files(of: dossier), insight = dossier.insight
        let add = { (file: String, reason: () -> String) in items.append(ReviewItem(file: file, reason: reason())) }
        for group in insight.quoteGroups { visit(group, files: files, add) }
        for group in insight.figureGroups { visit(group, files: files, add) }
        for entry in insight.timeline { visit(entry, files: files, add) }
        return items
    }

    /// Group by group on all cores: groups are independent, and counting hundreds of
    /// thousands of items one by one held up a large build's one core.
    static func count(_ dossier: Dossier) -> Int {
        let files = files(of: dossier), insight = dossier.insight
        func counted<T: Sendable>(_ groups: [T], _ visit: (T, [String: String], (String, () -> String) -> Void) -> Void) -> Int {
            Parallel.map(groups) { group in
                var count = 0
                visit(group, files) { _, _ in count += 1 }
                return count
            }.reduce(0, +)
        }
        return counted(insight.quoteGroups, visit) + counted(insight.figureGroups, visit) + counted(insight.timeline, visit)
    }

    private static func files(of dossier: Dossier) -> [String: String] {
        Dictionary(dossier.articles.map { ($0.article.slug, $0.article.file) }, uniquingKeysWith: { a, _ in a })
    }

    // Each `visit` calls `found` with each conflicting item's file (by article slug in
    // `files`) and a way to word it. What an item's text shares with its group (the other
    // speakers, the other values) is worked out once per group and speaker or value, not
    // once per item: groups can hold thousands. It is worked out lazily, when an item is
    // first worded: counting words none.

    private static func visit(_ group: QuoteGroup, files: [String: String], _ found: (String, () -> String) -> Void) {
        guard group.hasAttributionConflict else { return }
        lazy var opening = group.text.split(separator: " ").prefix(6).joined(separator: " ")
        lazy var articlesBySpeaker: [String: Set<String>] = group.quotations.reduce(into: [:]) { found, quote in
            if quote.speaker != nil { found[quote.speakerKey!, default: []].insert(quote.articleSlug) }
        }
        lazy var foldedSpeakers = group.speakers.map { (name: $0, folded: TextFolding.foldedString($0)) }
        var otherArticlesBySpeaker: [String: Int] = [:]
        // By index, reading fields in place: copying each quote (or figure, or event) took a
        // retain of each of its strings.
        for index in group.quotations.indices {
            guard let file = files[group.quotations[index].articleSlug], let speaker = group.quotations[index].speaker,
                  let key = group.quotations[index].speakerKey else { continue }
            found(file) {
                let quote = group.quotations[index]
                let others = otherArticlesBySpeaker[key]
                    ?? articlesBySpeaker.filter { $0.key != key }.values.reduce(into: Set<String>()) { $0.formUnion($1) }.count
                otherArticlesBySpeaker[key] = others
                let folded = TextFolding.foldedString(speaker)
                let named = foldedSpeakers.filter { $0.folded != folded && !(quote.speakerIsPerson && PeopleIndex.lastWord($0.folded) == key) }
                    .map(\.name).joined(separator: ", ")
                return "attribution conflict: “\(opening)…” is attributed to \(speaker) here, to \(named) in \(count(others, "other article")); if this is wrong, add to corrections: - quote: \"\(opening)\" with speaker: NAME"
            }
        }
    }

    private static func visit(_ group: FigureGroup, files: [String: String], _ found: (String, () -> String) -> Void) {
        guard group.disagrees else { return }
        let note = group.isReconcilable ? " (their qualifiers could reconcile them)" : ""
        lazy var values = group.values.map { (value: $0.value, texts: Array(Set($0.figures.map(\.text))).sorted()) }
        var othersByValue: [Double: String] = [:]
        lazy var figures = group.figures
        let slugs = group.articleSlugs
        for index in slugs.indices {
            guard let file = files[slugs[index]] else { continue }
            found(file) {
                let figure = figures[index]
                let others = othersByValue[figure.value] ?? listed(values.filter { $0.value != figure.value }.flatMap(\.texts))
                othersByValue[figure.value] = others
                return "figure conflict: \(group.measure) is “\(figure.text)” here; other articles give \(others)\(note); hide a wrong figure with corrections: - figure: \"\(figure.text)\" hide: true"
            }
        }
    }

    private static func visit(_ entry: TimelineEntry, files: [String: String], _ found: (String, () -> String) -> Void) {
        guard entry.isDisputed else { return }
        var others: String?
        let reports = entry.reports
        for index in reports.indices where !reports[index].isRelative {
            guard let file = files[reports[index].articleSlug] else { continue }
            found(file) {
                let event = reports[index]
                let dates = others ?? listed(entry.otherDates.map(\.readable))
                others = dates
                return "date conflict: “\(event.phrase)” dates this \(entry.date.readable); other articles date it \(dates); fix with corrections: - event: \"\(event.phrase)\" date: YYYY-MM"
            }
        }
    }

    /// At most five, then how many more.
    private static func listed(_ items: [String]) -> String {
        items.count <= 5 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }

    private static func count(_ distinct: Int, _ noun: String) -> String {
        distinct == 1 ? "1 \(noun)" : "\(distinct) \(noun)s"
    }
}
