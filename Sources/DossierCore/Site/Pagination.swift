/// Splits a long list into pages of `pageSize`, and names the neighbours of each page.
public struct Pagination: Sendable, Hashable {
    public var page: Int
    public var pageCount: Int
    /// Indices of the items on this page.
    public var range: Range<Int>

    public static func pages(count: Int, pageSize: Int) -> [Pagination] {
        let size = max(1, pageSize)
        let pageCount = max(1, (count + size - 1) / size)
        return (1...pageCount).map { page in
            let start = (page - 1) * size
            return Pagination(page: page, pageCount: pageCount, range: start..<min(start + size, count))
        }
    }

    /// The page numbers a page links to, as Hugo's and Zola's pagers do: the first, the last
    /// and up to `radius` either side of this one, each saying whether numbers were left out
    /// before it. Linking every page would make each page of a 2,000-page list 2,000 links long.
    public func window(radius: Int = 2) -> [(number: Int, gapBefore: Bool)] {
        let near = max(1, page - radius)...min(pageCount, page + radius)
        var numbers: [(number: Int, gapBefore: Bool)] = []
        for number in Set([1, pageCount] + Array(near)).sorted() {
            let last = numbers.last?.number ?? 0
            // A gap of one page shows that page: "1 2 3", not "1 … 3".
            if number == last + 2 { numbers.append((last + 1, false)) }
            numbers.append((number, number > last + 2))
        }
        return numbers
    }

    public var previous: Int? { page > 1 ? page - 1 : nil }
    public var next: Int? { page < pageCount ? page + 1 : nil }
}
