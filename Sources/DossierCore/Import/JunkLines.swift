/// Recognisers for the lines of a clipping that are not the article: template residue,
/// breadcrumbs, photo captions, advertising slugs, datelines, and the headline.
enum JunkLines {
    static func isTemplateResidue(_ line: String) -> Bool {
        guard line.hasPrefix("{{") else { return false }
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
        guard line.utf8.count < 600, let first = line.first, first == "H" || first == "h" || first == "Ｈ" else { return false }
        let lower = line.prefix(8).lowercased()
        return ["home »", "home >", "home /", "home›", "home ›"].contains { lower.hasPrefix($0) }
    }

    private static let boilerplate: Set<String> = [
        "advertisement", "story continues below advertisement", "continue reading below", "skip advertisement",
        "scroll to continue with content", "advertisement - scroll to continue", "subscribe", "share", "read more",
    ]

    static func isBoilerplate(_ line: String) -> Bool {
        line.utf8.count <= 60 && boilerplate.contains(line.lowercased().trimmingCharacters(in: .punctuationCharacters).trimmingSpaces)
    }

    private static let captionPrefixes = ["photo:", "photo |", "image:", "picture:", "file photo", "file image",
                                          "representational image", "photo credit", "image credit", "image source"]
    private static let captionMarks = ["(file photo)", "(file image)", "(file pic)", "(photo:", "(image:", "(photo credit",
                                       "| photo:", "| photo credit", "| image:", "| file photo", "(pti photo)", "(ap photo",
                                       "(representational image)", "(representative image)", "photo credit:", "image credit:"]

    static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count <= 400 else { return false }
        let start = line.prefix(24).lowercased()
        if captionPrefixes.contains(where: start.hasPrefix) { return true }
        // Every mark has a "(", "|" or ":"; most lines have none, and substring search is not free.
        guard line.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") }) else {
            return false
        }
        let lower = line.lowercased()
        return captionMarks.contains { lower.contains($0) }
    }

    /// "date 2021-12-06 After meeting…": the date, and what follows it on the line.
    static func dateMarker(in line: String) -> (PublicationDate, String)? {
        guard let first = line.utf8.first, first == UInt8(ascii: "d") || first == UInt8(ascii: "D"),
              line.prefix(5).lowercased() == "date " else { return nil }
        let words = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, words[0].lowercased() == "date",
              let date = PublicationDate(iso: String(words[1])) else { return nil }
        return (date, words.count == 3 ? String(words[2]).trimmingSpaces : "")
    }

    private static let publishedPrefixes = ["first published on", "first published:", "first published", "published on",
                                            "published:", "published", "posted on", "posted:", "posted", "date:"]
    private static let updatedPrefixes = ["last updated on", "last updated:", "last updated", "updated on", "updated:", "updated"]
    private static let dateWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "ist", "gmt", "utc", "est", "edt", "bst", "cet", "msk",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "st", "nd", "rd", "th", "t", "z", "hrs",
    ]

    /// A "Published: December 6, 2021" / "Updated: …" line, or a line that is only a date.
    /// Returns the date and whether it is an update time.
    static func dateline(_ line: String) -> (PublicationDate, Bool)? {
        guard line.utf8.count <= 160 else { return nil }
        let lower = line.lowercased()
        for (prefixes, isUpdate) in [(publishedPrefixes, false), (updatedPrefixes, true)] {
            for prefix in prefixes where lower.hasPrefix(prefix) {
                if let date = LooseDate.parse(String(line.dropFirst(prefix.count))) { return (date, isUpdate) }
            }
        }
        guard line.utf8.count <= 80, let date = LooseDate.parse(line) else { return nil }
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.allSatisfy(dateWords.contains) ? (date, false) : nil
    }

    /// Short, and not ending like a sentence or a clause ("." "," ";" ":"), ignoring closing quotes.
    static func looksLikeHeadline(_ line: String) -> Bool {
        guard line.count <= 200, line.split(separator: " ").count <= 30,
              let first = line.first, !first.isLowercase else { return false }
        let last = line.last { !"\"”’'»".contains($0) }
        return last.map { !".,;:".contains($0) } ?? false
    }

    /// Whether `next` continues the paragraph `current` (a hard-wrapped line).
    static func continues(_ current: String, into next: String, blockMode: Bool) -> Bool {
        let last = current.last { !"\"”’')".contains($0) } ?? " "
        if ".!?:".contains(last) { return false }
        if let first = next.first, first.isLowercase { return true }
        if ",;–—-(".contains(current.last!) { return true }
        return blockMode && current.utf8.count >= 40
    }
}
