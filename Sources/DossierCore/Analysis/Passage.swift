/// The sentence around a mention, so a topic page can show *how* an article mentions it,
/// with the mention itself set apart for highlighting.
public struct Passage: Sendable, Hashable {
    public var before: String
    public var match: String
    public var after: String

    public var text: String { before + match + after }

    /// At most about this many characters on each side of the mention; longer context is cut
    /// at a word with an ellipsis.
    static let sideLimit = 160

    public static func sentence(around range: Range<String.Index>, in text: String) -> Passage {
        let (start, end) = sentenceBounds(around: range, in: text)
        var before = squash(text[start..<range.lowerBound])
        var after = squash(text[range.upperBound..<end])
        // Keep the space next to the mention that squashing would drop at the edges.
        if let last = text[start..<range.lowerBound].last, last.isWhitespace, !before.isEmpty { before += " " }
        if let first = text[range.upperBound..<end].first, first.isWhitespace, !after.isEmpty { after = " " + after }
        if before.count > sideLimit {
            let cut = before.suffix(sideLimit)
            let wordStart = cut.firstIndex(of: " ").map { cut.index(after: $0) } ?? cut.startIndex
            before = "…" + cut[wordStart...]
        }
        if after.count > sideLimit {
            let cut = after.prefix(sideLimit)
            after = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return Passage(before: before, match: squash(text[range]), after: after)
    }

    private static func squash(_ text: Substring) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The sentence holding the mention, split the way the insight extractors split
    /// (`ArticleText.sentences`: abbreviations such as "Mr." or "Ltd." do not end one),
    /// within its paragraph; the whole paragraph when no sentence holds it.
    private static func sentenceBounds(around range: Range<String.Index>, in text: String) -> (String.Index, String.Index) {
        let paragraphStart = text.range(of: "\n\n", options: .backwards, range: text.startIndex..<range.lowerBound)?.upperBound
            ?? text.startIndex
        let paragraphEnd = text.range(of: "\n\n", range: range.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
        let scalars = text.unicodeScalars
        let offset = scalars.distance(from: paragraphStart, to: range.lowerBound)
        let sentences = ArticleText.sentences(in: Array(scalars[paragraphStart..<paragraphEnd]))
        guard let sentence = sentences.first(where: { $0.contains(offset) }) else { return (paragraphStart, paragraphEnd) }
        let end = max(sentence.upperBound, scalars.distance(from: paragraphStart, to: range.upperBound))
        return (scalars.index(paragraphStart, offsetBy: sentence.lowerBound), scalars.index(paragraphStart, offsetBy: end))
    }
}
