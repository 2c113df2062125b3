/// Separates a raw clipping into headline, dateline and paragraphs, removing the junk
/// that copying from news sites leaves behind, and saying what it removed.
public struct ClippingCleaner: Sendable {
    public struct Clipping: Sendable, Equatable {
        public var headline: String?
        public var date: PublicationDate?
        public var paragraphs: [String]
        /// Lines dropped as junk, for the report.
        public var removed: [String]
    }

    public init() {}

    public func clean(_ text: String) -> Clipping {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
        var removed: [String] = []
        var headline: String?
        var date: PublicationDate?

        // Template residue such as "{{^userSubscribed}} {{/userSubscribed}}".
        lines.removeAll { line in
            let junk = Self.isTemplateResidue(line)
            if junk { removed.append(line) }
            return junk
        }
        // "Home » Headline" breadcrumbs name the headline; the line itself is navigation.
        if let index = lines.firstIndex(where: Self.isBreadcrumb) {
            let crumb = lines.remove(at: index)
            removed.append(crumb)
            headline = crumb.components(separatedBy: "»").last?.trimmingSpaces
        }
        // A " date 2021-12-06 " marker at the start of a line.
        if let index = lines.firstIndex(where: { Self.dateMarker(in: $0) != nil }),
           let (found, rest) = Self.dateMarker(in: lines[index]) {
            date = found
            removed.append("date \(found.iso)")
            if rest.isEmpty { lines.remove(at: index) } else { lines[index] = rest }
        }
        // A first line that reads like a headline (short, no closing punctuation).
        if headline == nil, let first = lines.first, Self.looksLikeHeadline(first), lines.count > 1 {
            headline = first
        }
        if let headline {
            // The headline line itself moves to the title; later copies are junk.
            var seen = removed.contains { $0.hasSuffix(headline) }
            lines.removeAll { line in
                guard line == headline else { return false }
                if seen { removed.append(line) }
                seen = true
                return true
            }
        }
        return Clipping(headline: headline, date: date, paragraphs: lines, removed: removed)
    }

    static func isTemplateResidue(_ line: String) -> Bool {
        var rest = Substring(line)
        var sawTag = false
        while let open = rest.range(of: "{{") {
            guard rest[..<open.lowerBound].allSatisfy(\.isWhitespace),
                  let close = rest[open.upperBound...].range(of: "}}") else { return false }
            rest = rest[close.upperBound...]
            sawTag = true
        }
        return sawTag && rest.allSatisfy(\.isWhitespace)
    }

    static func isBreadcrumb(_ line: String) -> Bool {
        let lower = line.lowercased()
        return (lower.hasPrefix("home »") || lower.hasPrefix("home >") || lower.hasPrefix("home /")) && line.count < 300
    }

    static func looksLikeHeadline(_ line: String) -> Bool {
        guard line.count <= 200, let last = line.last else { return false }
        return !".!?\"”’:;,".contains(last)
    }

    /// Finds "date YYYY-MM-DD" at a line's start; returns the date and the rest of the line.
    static func dateMarker(in line: String) -> (PublicationDate, String)? {
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, words[0].lowercased() == "date",
              let date = PublicationDate(iso: String(words[1])) else { return nil }
        return (date, words.count == 3 ? String(words[2]).trimmingSpaces : "")
    }
}
