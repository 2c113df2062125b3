/// Separates a raw clipping into headline, date and paragraphs, removing the junk that
/// copying from news sites leaves behind, and saying what it removed.
public struct ClippingCleaner: Sendable {
    public struct Clipping: Sendable, Equatable {
        public var headline: String?
        public var date: PublicationDate?
        /// Set when the date came from an "Updated" line rather than a publication line.
        public var dateIsUpdate = false
        public var paragraphs: [String]
        /// Lines dropped as junk, for the report.
        public var removed: [String]
    }

    public init() {}

    /// - Parameter knownTitle: a headline given by a record; copies of it in the text are junk.
    public func clean(_ text: String, knownTitle: String? = nil) -> Clipping {
        var lines = text.lines.map(\.trimmingSpaces)
        var removed: [String] = []
        var breadcrumbTitle: String?
        var published: PublicationDate?
        var updated: PublicationDate?

        for index in lines.indices where !lines[index].isEmpty {
            let line = lines[index]
            if let (date, rest) = JunkLines.dateMarker(in: line) {
                published = published ?? date
                removed.append("date \(date.iso)")
                lines[index] = rest
            } else if JunkLines.isBreadcrumb(line) {
                breadcrumbTitle = breadcrumbTitle ?? line.components(separatedBy: "»").last?.trimmingSpaces
                removed.append(line)
                lines[index] = ""
            } else if let (date, isUpdate) = JunkLines.dateline(line) {
                if isUpdate { updated = updated ?? date } else { published = published ?? date }
                removed.append(line)
                lines[index] = ""
            } else if JunkLines.isTemplateResidue(line) || JunkLines.isBoilerplate(line) || JunkLines.isCaption(line) {
                removed.append(line)
                lines[index] = ""
            }
        }

        let content = lines.filter { !$0.isEmpty }
        var headline = knownTitle ?? breadcrumbTitle
        if headline == nil, content.count > 1, let first = content.first, JunkLines.looksLikeHeadline(first) {
            headline = first
        }
        if let headline {
            // The headline's own line moves to the title; later copies are junk.
            var seen = knownTitle != nil || breadcrumbTitle != nil
            for index in lines.indices where lines[index] == headline {
                if seen { removed.append(headline) } else { seen = true }
                lines[index] = ""
            }
        }
        return Clipping(headline: headline, date: published ?? updated, dateIsUpdate: published == nil && updated != nil,
                        paragraphs: Self.paragraphs(lines), removed: removed)
    }

    /// Blank lines separate paragraphs. Within a block, a line that does not end a sentence
    /// continues into the next (a hard wrap); a line that does starts a new paragraph, so
    /// "one paragraph per line" clippings keep their paragraphs.
    static func paragraphs(_ lines: [String]) -> [String] {
        let usesBlankLines = zip(lines, lines.dropFirst()).contains { $0.isEmpty && !$1.isEmpty }
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current) }
                current = ""
            } else if current.isEmpty {
                current = line
            } else if JunkLines.continues(current, into: line, blockMode: usesBlankLines) {
                current += " " + line
            } else {
                paragraphs.append(current)
                current = line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }
}
