/// The sentence around a mention, so a topic page can show *how* an article mentions it.
public enum Passage {
    /// At most this many characters; longer sentences are cut at a word with an ellipsis.
    static let limit = 320

    public static func sentence(around range: Range<String.Index>, in text: String) -> String {
        let start = sentenceStart(before: range.lowerBound, in: text)
        let end = sentenceEnd(after: range.upperBound, in: text)
        var sentence = String(text[start..<end]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if sentence.count > limit {
            let cut = sentence.prefix(limit)
            let lastSpace = cut.lastIndex(of: " ") ?? cut.endIndex
            sentence = String(cut[..<lastSpace]) + "…"
        }
        return sentence
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
