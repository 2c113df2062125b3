/// A direct quotation in one article, with the speaker that article gives it.
public struct Quotation: Sendable, Equatable {
    public var articleSlug: String
    public var text: String
    /// As the article names the speaker, resolved to a full name where it can be:
    /// "Sergey Lavrov", "US state department"; nil when nobody is named.
    public var speaker: String?
    /// Whether the speaker is a person (a name), rather than an organisation or description.
    public var speakerIsPerson: Bool
    /// Set when front matter corrected it.
    public var corrected = false
    /// Folded word 3-grams of the text, for grouping (see `QuoteGrouper`).
    var shingles: Set<UInt64> = []

    /// Compares speakers across spellings: a person by surname ("Sergei" and "Sergey
    /// Lavrov" are one), anyone else by the folded phrase.
    public var speakerKey: String? {
        guard let speaker else { return nil }
        let folded = TextFolding.foldedString(speaker)
        return speakerIsPerson ? PeopleIndex.lastWord(folded) : folded
    }
}

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
