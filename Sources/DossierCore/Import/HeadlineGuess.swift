/// Titles and summaries taken from an article's lead when the clipping has no headline.
enum HeadlineGuess {
    /// The first sentence; a long one is cut at its first comma or at a word (~160 characters).
    static func fromLead(_ paragraph: String) -> String {
        var title = firstSentences(of: paragraph, limit: 0)
        if title.hasSuffix(".") { title.removeLast() }
        guard title.count > 160 else { return title }
        if let comma = title.firstIndex(of: ","), (40...160).contains(title.distance(from: title.startIndex, to: comma)) {
            return String(title[..<comma])
        }
        return cut(title, at: 160)
    }

    /// The lead cut at a sentence boundary, at most ~300 characters.
    static func summary(of paragraph: String) -> String {
        let summary = firstSentences(of: paragraph, limit: 300)
        return summary.count > 300 ? cut(summary, at: 300) : summary
    }

    /// Cut at the last word that fits, with an ellipsis.
    private static func cut(_ text: String, at limit: Int) -> String {
        let words = text.prefix(limit)
        return String(words[..<(words.lastIndex(of: " ") ?? words.endIndex)]) + "…"
    }

    /// As many whole sentences as fit in `limit` characters (at least one; limit 0 = one).
    /// Walks Unicode scalars, not Characters: leads are long and this runs once per import.
    static func firstSentences(of paragraph: String, limit: Int) -> String {
        let scalars = paragraph.unicodeScalars
        var end = scalars.startIndex      // end of the sentences taken so far
        var taken = 0                     // their length, in scalars
        var length = 0                    // scalars from the start to `index`
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            scalars.formIndex(after: &index)
            length += 1
            guard scalar == "." || scalar == "!" || scalar == "?" else { continue }
            while index < scalars.endIndex, closingQuotes.contains(scalars[index]) {
                scalars.formIndex(after: &index)
                length += 1
            }
            guard index == scalars.endIndex || scalars[index] == " " else { continue }
            if taken > 0 && length > limit { break }
            end = index
            taken = length
            if limit == 0 { break }
        }
        if taken == 0 || (index == scalars.endIndex && length <= limit) { end = scalars.endIndex }
        return String(paragraph[..<end]).trimmingSpaces
    }

    private static let closingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", "'"]
}
