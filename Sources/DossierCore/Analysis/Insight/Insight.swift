/// What the dossier learns by reading its articles side by side: shared quotations and
/// who they are attributed to, figures outlets disagree on, a timeline, and coverage.
public struct Insight: Sendable {
    /// Attribution conflicts first, then the most widely carried.
    public var quoteGroups: [QuoteGroup] = []
    /// Disagreements first, then the most reported measures.
    public var figureGroups: [FigureGroup] = []
    /// Oldest first.
    public var timeline: [TimelineEntry] = []
    public var coverage = Coverage()
    /// Hashes of what each part was made from (coverage: of what it found, which most edits
    /// leave alone): the insight pages' dependency keys use them.
    var digests = Digests()

    struct Digests: Sendable, Hashable {
        var quotes = 0, figures = 0, timeline = 0, coverage = 0
    }

    public init() {}

    public var conflictCount: Int {
        quoteGroups.filter(\.hasAttributionConflict).count + figureGroups.filter(\.disagrees).count
            + timeline.filter { $0.isDisputed }.count
    }
}
