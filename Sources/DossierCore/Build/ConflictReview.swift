/// Turns the dossier's disagreements into review items for `dossier check`: each article on
/// the side of a conflict gets one, saying what the others say and how to correct it.
enum ConflictReview {
    static func items(_ dossier: Dossier) -> [ReviewItem] {
        let files = Dictionary(dossier.articles.map { ($0.article.slug, $0.article.file) }, uniquingKeysWith: { a, _ in a })
        var items: [ReviewItem] = []
        for group in dossier.insight.quoteGroups where group.hasAttributionConflict {
            let opening = group.text.split(separator: " ").prefix(6).joined(separator: " ")
            for quote in group.quotations {
                guard let file = files[quote.articleSlug], let speaker = quote.speaker else { continue }
                let others = group.quotations.filter { $0.speakerKey != quote.speakerKey && $0.speaker != nil }
                let named = group.speakers.filter { TextFolding.foldedString($0) != TextFolding.foldedString(speaker) && !(quote.speakerIsPerson && PeopleIndex.lastWord(TextFolding.foldedString($0)) == quote.speakerKey) }.joined(separator: ", ")
                items.append(ReviewItem(file: file, reason:
                    "attribution conflict: “\(opening)…” is attributed to \(speaker) here, to \(named) in \(count(others.map(\.articleSlug), "other article")); if this is wrong, add to corrections: - quote: \"\(opening)\" with speaker: NAME"))
            }
        }
        for group in dossier.insight.figureGroups where group.disagrees {
            // Worked out once per group: a large dossier can give one measure thousands of figures.
            let note = group.isReconcilable ? " (their qualifiers could reconcile them)" : ""
            let values = group.values.map { (value: $0.value, texts: Array(Set($0.figures.map(\.text))).sorted()) }
            for figure in group.figures {
                guard let file = files[figure.articleSlug] else { continue }
                let others = values.filter { $0.value != figure.value }.flatMap(\.texts)
                items.append(ReviewItem(file: file, reason:
                    "figure conflict: \(group.measure) is “\(figure.text)” here; other articles give \(listed(others))\(note); hide a wrong figure with corrections: - figure: \"\(figure.text)\" hide: true"))
            }
        }
        for entry in dossier.insight.timeline where !entry.otherDates.isEmpty {
            for event in entry.reports where !event.isRelative {
                guard let file = files[event.articleSlug] else { continue }
                items.append(ReviewItem(file: file, reason:
                    "date conflict: “\(event.phrase)” dates this \(entry.date.readable); other articles date it \(listed(entry.otherDates.map(\.readable))); fix with corrections: - event: \"\(event.phrase)\" date: YYYY-MM"))
            }
        }
        return items
    }

    /// At most five, then how many more.
    private static func listed(_ items: [String]) -> String {
        items.count <= 5 ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }

    private static func count(_ slugs: [String], _ noun: String) -> String {
        let distinct = Set(slugs).count
        return distinct == 1 ? "1 \(noun)" : "\(distinct) \(noun)s"
    }
}
