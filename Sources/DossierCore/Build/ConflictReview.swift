/// Turns the dossier's disagreements into review items for `dossier check`: each article on
/// the side of a conflict gets one, saying what the others say and how to correct it.
///
/// A large dossier has hundreds of thousands of these, so `dossier build`, which only
/// reports how many there are, counts them without writing their text.
enum ConflictReview {
    static func items(_ dossier: Dossier) -> [ReviewItem] {
        var items: [ReviewItem] = []
        visit(dossier) { file, reason in items.append(ReviewItem(file: file, reason: reason())) }
        return items
    }

    static func count(_ dossier: Dossier) -> Int {
        var count = 0
        visit(dossier) { _, _ in count += 1 }
        return count
    }

    /// Calls `found` with each conflicting item's file and a way to word it. What an item's
    /// text shares with its group (the other speakers, the other values) is worked out once
    /// per group and speaker or value, not once per item: groups can hold thousands. It is
    /// worked out lazily, when an item is first worded: counting words none.
    private static func visit(_ dossier: Dossier, _ found: (String, () -> String) -> Void) {
        let files = Dictionary(dossier.articles.map { ($0.article.slug, $0.article.file) }, uniquingKeysWith: { a, _ in a })
        for group in dossier.insight.quoteGroups where group.hasAttributionConflict {
            lazy var opening = group.text.split(separator: " ").prefix(6).joined(separator: " ")
            lazy var articlesBySpeaker: [String: Set<String>] = group.quotations.reduce(into: [:]) { found, quote in
                if quote.speaker != nil { found[quote.speakerKey!, default: []].insert(quote.articleSlug) }
            }
            lazy var foldedSpeakers = group.speakers.map { (name: $0, folded: TextFolding.foldedString($0)) }
            var otherArticlesBySpeaker: [String: Int] = [:]
            for quote in group.quotations {
                guard let file = files[quote.articleSlug], let speaker = quote.speaker, let key = quote.speakerKey else { continue }
                found(file) {
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
        for group in dossier.insight.figureGroups where group.disagrees {
            let note = group.isReconcilable ? " (their qualifiers could reconcile them)" : ""
            lazy var values = group.values.map { (value: $0.value, texts: Array(Set($0.figures.map(\.text))).sorted()) }
            var othersByValue: [Double: String] = [:]
            for figure in group.figures {
                guard let file = files[figure.articleSlug] else { continue }
                found(file) {
                    let others = othersByValue[figure.value] ?? listed(values.filter { $0.value != figure.value }.flatMap(\.texts))
                    othersByValue[figure.value] = others
                    return "figure conflict: \(group.measure) is “\(figure.text)” here; other articles give \(others)\(note); hide a wrong figure with corrections: - figure: \"\(figure.text)\" hide: true"
                }
            }
        }
        for entry in dossier.insight.timeline where entry.isDisputed {
            var others: String?
            for event in entry.reports where !event.isRelative {
                guard let file = files[event.articleSlug] else { continue }
                found(file) {
                    let dates = others ?? listed(entry.otherDates.map(\.readable))
                    others = dates
                    return "date conflict: “\(event.phrase)” dates this \(entry.date.readable); other articles date it \(dates); fix with corrections: - event: \"\(event.phrase)\" date: YYYY-MM"
                }
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
