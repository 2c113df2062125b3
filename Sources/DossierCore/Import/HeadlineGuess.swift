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
    static func firstSentences(of paragraph: String, limit: Int) -> String {
        var result = ""
        var sentenceStart = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            var next = paragraph.index(after: index)
            if ".!?".contains(paragraph[index]) {
                while next < paragraph.endIndex, "\"”’'".contains(paragraph[next]) { next = paragraph.index(after: next) }
                if next == paragraph.endIndex || paragraph[next] == " " {
                    let sentence = String(paragraph[sentenceStart..<next])
                    if !result.isEmpty && result.count + sentence.count > limit { return result.trimmingSpaces }
                    result += sentence
                    if limit == 0 { return result.trimmingSpaces }
                    sentenceStart = next
                }
            }
            index = next
        }
        if result.isEmpty || result.count + paragraph[sentenceStart...].count <= limit {
            result += paragraph[sentenceStart...]
        }
        return result.trimmingSpaces
    }
}
