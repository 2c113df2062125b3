/// The sentence around a mention, so a topic page can show *how* an article mentions it,
/// with the mention itself set apart for highlighting.
public struct Passage: Sendable, Equatable {
    public var before: String
    public var match: String
    public var after: String

    public var text: String { before + match + after }

    /// At most about this many characters on each side of the mention; longer context is cut
    /// at a word with an ellipsis.
    static let sideLimit = 160

    public static func sentence(around range: Range<String.Index>, in text: String) -> Passage {
        let start = sentenceStart(before: range.lowerBound, in: text)
        let end = sentenceEnd(after: range.upperBound, in: text)
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

    private static let terminators: Set<Character> = [".", "!", "?"]
    private static let closers: Set<Character> = ["\"", "”", "’", "'", ")"]

    /// Just after the previous sentence's end (terminator, optional closing quote, whitespace),
    /// or the paragraph's start.
    private static func sentenceStart(before position: String.Index, in text: String) -> String.Index {
        var index = position
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if character == "\n", previous > text.startIndex, text[text.index(before: previous)] == "\n" {
                return index
            }
            if character.isWhitespace, previous > text.startIndex {
                var look = text.index(before: previous)
                while closers.contains(text[look]), look > text.startIndex { look = text.index(before: look) }
                if terminators.contains(text[look]) { return index }
            }
            index = previous
        }
        return text.startIndex
    }

    /// Just after this sentence's terminator (and closing quotes), or the paragraph's end.
    private static func sentenceEnd(after position: String.Index, in text: String) -> String.Index {
        var index = position
        while index < text.endIndex {
            let character = text[index]
            if character == "\n", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "\n" {
                return index
            }
            if terminators.contains(character) {
                var next = text.index(after: index)
                while next < text.endIndex, closers.contains(text[next]) { next = text.index(after: next) }
                if next == text.endIndex || text[next].isWhitespace { return next }
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}
