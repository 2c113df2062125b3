/// What each article's part of a comparison was made from, by position, and its slug: what
/// tells a kept comparison which articles an edit changed.
struct ArticleStamps: Sendable {
    private var slugs: [String]
    private var stamps: [Int]

    /// Past this many changed articles remaking a comparison is no slower than patching it.
    static var patchLimit: Int { 64 }

    init(slugs: [String], stamps: [Int]) {
        (self.slugs, self.stamps) = (slugs, stamps)
    }

    /// The positions whose stamp changed, or nil when articles were added, removed or
    /// reordered, or too many changed.
    func changes(slugs: [String], stamps: [Int]) -> [Int]? {
        guard slugs.count == self.slugs.count else { return nil }
        var changed: [Int] = []
        for index in stamps.indices where stamps[index] != self.stamps[index] {
            // A stamp holds the article's slug: an article moved changes the stamp where it was.
            guard slugs[index] == self.slugs[index], changed.count < Self.patchLimit else { return nil }
            changed.append(index)
        }
        return changed
    }

    mutating func set(_ index: Int, _ stamp: Int) {
        stamps[index] = stamp
    }
}
