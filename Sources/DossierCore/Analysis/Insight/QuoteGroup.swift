/// The same quotation as carried by several articles, possibly worded and attributed differently.
public struct QuoteGroup: Sendable {
    /// The longest wording: the one that shows the most of what was said.
    public var text: String
    /// Newest article first, as the dossier orders articles.
    public var quotations: [Quotation]
    public var topicSlugs: [String]
    /// Distinct speakers by key, each with the name as first written.
    public let speakers: [String]
    /// How many articles carry it.
    public let articleCount: Int

    init(text: String, quotations: [Quotation], topicSlugs: [String]) {
        self.text = text
        self.quotations = quotations
        self.topicSlugs = topicSlugs
        // Most quotations are carried once: nothing to compare (a speaker's key is nil only without a speaker).
        if quotations.count == 1 {
            speakers = quotations[0].speaker.map { [$0] } ?? []
            articleCount = 1
            return
        }
        var seen: Set<String> = []
        speakers = quotations.compactMap { quote in
            guard let key = quote.speakerKey, let name = quote.speaker, seen.insert(key).inserted else { return nil }
            return name
        }
        articleCount = Set(quotations.map(\.articleSlug)).count
    }

    /// The outlets name different people as the speaker.
    public var hasAttributionConflict: Bool { speakers.count > 1 }
}
