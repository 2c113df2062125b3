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
    /// Folded word 3-grams of the text, for grouping (see `QuoteGrouper.shingles`).
    var shingles: [UInt64] = []

    /// Compares speakers across spellings: a person by surname ("Sergei" and "Sergey
    /// Lavrov" are one), anyone else by the folded phrase.
    public var speakerKey: String? {
        guard let speaker else { return nil }
        let folded = TextFolding.foldedString(speaker)
        return speakerIsPerson ? PeopleIndex.lastWord(folded) : folded
    }
}
