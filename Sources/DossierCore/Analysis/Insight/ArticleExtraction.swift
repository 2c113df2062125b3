/// Everything one article says that the dossier compares across articles: its quotations
/// (speakers not yet resolved across the corpus), figures and dated events.
struct ArticleExtraction: Sendable, Hashable {
    struct Quote: Sendable, Hashable {
        var text: String
        var speaker: SpeakerRef
        var topicSlugs: [String]
        /// For grouping across articles, made once with the article.
        /// Sorted, each once (`QuoteGrouper.shingles`).
        var shingles: [UInt64]
    }

    var quotes: [Quote] = []
    var figures: [Figure] = []
    var events: [DatedEvent] = []
    var ties: [PeopleIndex.Tie] = []

    init() {}

    /// Hashes of each part, so the corpus-wide comparisons can tell which parts changed.
    struct Digests: Sendable, Hashable {
        var quotes = 0, figures = 0, events = 0, ties = 0
        /// Of the syndication signature (set by `ArticleAnalysis`, which makes it).
        var signature = 0
    }

    var digests: Digests {
        func hash<T: Hashable>(_ value: T) -> Int {
            var hasher = Hasher()
            hasher.combine(value)
            return hasher.finalize()
        }
        return Digests(quotes: hash(quotes), figures: hash(figures), events: hash(events), ties: hash(ties))
    }

    /// Reads `plainText`, the article's body as plain text. `topicNames` gives display names
    /// for measures; the article's first topic is the fallback when a sentence names none
    /// ("the deal worth $4.5 billion").
    init(_ article: Article, plainText: String, topicSlugs: [String], matcher: TopicMatcher, topicNames: [String: String]) {
        let slug = article.slug
        let text = ArticleText(plainText: plainText)
        let people = PeopleIndex(text: text)
        ties = people.ties.map(\.tie)
        let fallbackTopic = topicSlugs.first
        // Topic mentions per paragraph, by scalar offset.
        let mentions = text.paragraphs.map { matcher.mentions(in: $0.scalars) }
        func topic(paragraph: Int, near offset: Int, in sentence: Range<Int>) -> String? {
            let inSentence = mentions[paragraph].filter { sentence.contains($0.offset) }
            if let nearest = inSentence.min(by: { abs($0.offset - offset) < abs($1.offset - offset) }) { return nearest.slug }
            return fallbackTopic
        }

        for span in QuoteScanner.quotes(in: text) {
            let paragraphs = Set(span.pieces.map(\.paragraph) + [max(0, span.pieces[0].paragraph - 1)])
            var topics: [String] = []
            for paragraph in paragraphs.sorted() {
                for mention in mentions[paragraph] where !topics.contains(mention.slug) { topics.append(mention.slug) }
            }
            if topics.isEmpty, let fallbackTopic { topics = [fallbackTopic] }
            let quoted = QuoteScanner.text(of: span, in: text)
            quotes.append(Quote(text: quoted, speaker: Attribution.speaker(of: span, in: text, people: people), topicSlugs: topics,
                                shingles: QuoteGrouper.shingles(quoted)))
        }

        var dates = EventExtractor(published: article.date)
        // One string per measure the article gives, shared by its figures ("S-400 deal value" is
        // too long to be stored inline, and a dossier keeps hundreds of thousands of figures).
        var measures: Set<String> = []
        for (index, paragraph) in text.paragraphs.enumerated() {
            for range in paragraph.sentences {
                let tokens = paragraph.tokens(in: range)
                // Only sentences with a number (digits or a number word) can hold a figure or a year.
                let hasNumber = tokens.contains { $0.kind == .number || $0.lexicon.contains(.numberWord) }
                let dated = dates.events(in: paragraph.scalars, tokens: tokens)
                // The sentence's text is made only when something in it is kept: most sentences keep nothing.
                let sentence = hasNumber || !dated.isEmpty ? paragraph.text(range) : ""
                if hasNumber {
                    for found in FigureExtractor.figures(in: paragraph.scalars, tokens: tokens) {
                        let topicSlug = topic(paragraph: index, near: found.start, in: range)
                        figures.append(Figure(articleSlug: slug, kind: found.kind, text: found.text, value: found.value,
                                              unit: found.unit, qualifier: found.qualifier,
                                              measure: measures.insert(Self.measure(found, sentence: sentence, topic: topicSlug.flatMap { topicNames[$0] })).memberAfterInsert,
                                              topicSlug: topicSlug, sentence: sentence))
                    }
                }
                for found in dated {
                    let topicSlug = topic(paragraph: index, near: range.lowerBound, in: range)
                    let key = found.action.map { "\(topicSlug ?? "-"): \($0)" }
                    events.append(DatedEvent(articleSlug: slug, date: found.date, phrase: found.phrase, sentence: sentence,
                                             key: key, topicSlug: topicSlug, isRelative: found.isRelative))
                }
            }
        }
        // Kept until the pages are built, for every article at once.
        quotes = quotes.trimmed()
        figures = figures.trimmed()
        events = events.trimmed()
    }

    /// What a figure measures, in words: "S-400 deal value", "AK-203 rifles", "S-400 range".
    static func measure(_ found: FigureExtractor.Found, sentence: String, topic: String?) -> String {
        let subject = topic ?? "Other"
        switch found.kind {
        case .money:
            return subject + (sentence.containsIgnoringASCIICase(anyOf: dealWords) ? " deal value" : " amount")
        case .percentage:
            return subject + " share"
        case .count:
            let noun = countSynonyms[found.unit].map { $0 + "s" } ?? found.noun
            return "\(subject) \(noun)"
        case .quantity:
            switch found.unit {
            case "km", "miles", "m": return subject + " range"
            case "years", "months", "days", "weeks", "hours": return subject + " duration"
            default: return "\(subject) \(found.unit)"
            }
        }
    }

    /// A sentence holding one of these (even inside a word: "ordered") gives a deal's value.
    static let dealWords = ["deal", "contract", "agreement", "order", "purchase", "pact", "sale", "cost", "worth", "price"]

    /// Count nouns outlets use for the same thing: "five units" and "five S-400 systems".
    static let countSynonyms: [String: String] = [
        "system": "unit", "unit": "unit", "battery": "unit", "squadron": "unit", "regiment": "unit",
        "pact": "agreement", "deal": "agreement", "contract": "agreement", "agreement": "agreement",
    ]
}
