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

    public var previous: Int? { page > 1 ? page - 1 : nil }
    public var next: Int? { page < pageCount ? page + 1 : nil }
}
