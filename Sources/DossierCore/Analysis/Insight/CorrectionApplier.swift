/// Applies an article's front matter corrections to what was extracted from it. A
/// correction that matches nothing is an error naming its line: the editor's fix must
/// never be silently lost when the text or the extractor changes.
enum CorrectionApplier {
    /// Each kind of item is compared on its own, so each takes only its own corrections.
    static func apply(_ article: Article, to quotes: inout [Quotation]) -> [Diagnostic] {
        var figures: [Figure] = [], events: [DatedEvent] = []
        return apply(article.corrections.filter { $0.target == .quote }, file: article.file, quotes: &quotes, figures: &figures, events: &events)
    }

    static func apply(_ article: Article, to figures: inout [Figure]) -> [Diagnostic] {
        var quotes: [Quotation] = [], events: [DatedEvent] = []
        return apply(article.corrections.filter { $0.target == .figure }, file: article.file, quotes: &quotes, figures: &figures, events: &events)
    }

    static func apply(_ article: Article, to events: inout [DatedEvent]) -> [Diagnostic] {
        var quotes: [Quotation] = [], figures: [Figure] = []
        return apply(article.corrections.filter { $0.target == .event }, file: article.file, quotes: &quotes, figures: &figures, events: &events)
    }

    static func apply(_ corrections: [Correction], file: String, quotes: inout [Quotation], figures: inout [Figure],
                      events: inout [DatedEvent]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for correction in corrections {
            let words = fold(correction.match)
            var matched = false
            switch correction.target {
            case .quote:
                for index in quotes.indices where fold(quotes[index].text).contains(words) {
                    matched = true
                    if let speaker = correction.speaker {
                        quotes[index].speaker = speaker
                        quotes[index].speakerIsPerson = speaker.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
                    }
                    quotes[index].corrected = true
                }
                if correction.hide { quotes.removeAll { fold($0.text).contains(words) } }
            case .figure:
                for index in figures.indices where fold(figures[index].text).contains(words) || words.contains(fold(figures[index].text)) {
                    matched = true
                    if let measure = correction.measure { figures[index].measure = measure }
                    figures[index].corrected = true
                }
                if correction.hide { figures.removeAll { $0.corrected && (fold($0.text).contains(words) || words.contains(fold($0.text))) } }
            case .event:
                for index in events.indices where fold(events[index].sentence).contains(words) {
                    matched = true
                    if let date = correction.date { events[index].date = date }
                    events[index].corrected = true
                }
                if correction.hide { events.removeAll { fold($0.sentence).contains(words) } }
            }
            if !matched {
                problems.append(.error(file, line: correction.line,
                    "correction '\(correction.target.rawValue): \(correction.match)' matches no \(correction.target.rawValue) found in this article; \(hint(correction.target, quotes: quotes, figures: figures, events: events))"))
            }
        }
        return problems
    }

    private static func fold(_ text: String) -> String {
        QuoteGrouper.normalisedWords(text).joined(separator: " ")
    }

    private static func hint(_ target: Correction.Target, quotes: [Quotation], figures: [Figure], events: [DatedEvent]) -> String {
        let found: [String]
        switch target {
        case .quote: found = quotes.map { "“" + $0.text.split(separator: " ").prefix(6).joined(separator: " ") + "…”" }
        case .figure: found = figures.map(\.text)
        case .event: found = events.map(\.phrase)
        }
        return found.isEmpty ? "none were found" : "found: " + found.prefix(8).joined(separator: ", ")
    }
}
